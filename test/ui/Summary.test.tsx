import {describe, expect, it} from 'vitest';
import {Summary, type SummaryData} from '../../source/ui/Summary.js';
import {exportLine, formatLatency, shortReply, verdict} from '../../source/ui/summary-format.js';
import {renderInk} from '../helpers/ink.js';

const healthy: SummaryData = {
	steps: [
		{id: 'gcloud', title: 'gcloud', status: 'ok', summary: 'gcloud 528.0.0 installed'},
		{id: 'keyFile', title: 'Key file', status: 'skipped', summary: 'No key file in use'},
		{id: 'quotaProject', title: 'Quota project', status: 'warn', summary: 'ADC quota project is other-proj'},
		{id: 'smokeTest', title: 'Gemini', status: 'ok', summary: 'Gemini answered'},
	],
	env: {GOOGLE_CLOUD_PROJECT: 'my-proj', GOOGLE_CLOUD_LOCATION: 'global', GOOGLE_GENAI_USE_VERTEXAI: 'true'},
	reply: {text: 'Hello from Vertex AI!', modelVersion: 'gemini-2.5-flash-001', latencyMs: 840, model: 'gemini-2.5-flash', region: 'global'},
	commandsRun: ['gcloud config set project my-proj', 'gcloud services enable aiplatform.googleapis.com --project=my-proj'],
	todo: [],
};

describe('Summary', () => {
	it('lists every step with its mark, the verdict, the env block, the reply and the commands run', () => {
		const ink = renderInk(<Summary data={healthy} />);
		expect(ink.frame()).toBe(
			[
				'',
				'Summary',
				'✔ gcloud: gcloud 528.0.0 installed',
				'– Key file: No key file in use',
				'⚠ Quota project: ADC quota project is other-proj',
				'✔ Gemini: Gemini answered',
				'⚠ Ready, with warnings (⚠ above): Gemini answered through Vertex AI.',
				'',
				'Use Vertex AI from your code:',
				'  export GOOGLE_CLOUD_PROJECT=my-proj',
				'  export GOOGLE_CLOUD_LOCATION=global',
				'  export GOOGLE_GENAI_USE_VERTEXAI=true',
				'',
				'Gemini replied (gemini-2.5-flash-001, 840 ms, global):',
				'  Hello from Vertex AI!',
				'',
				'Commands run for you:',
				'  gcloud config set project my-proj',
				'  gcloud services enable aiplatform.googleapis.com --project=my-proj',
			].join('\n'),
		);
	});

	it('says what is left to do when a step failed, and leaves out what did not happen', () => {
		const ink = renderInk(
			<Summary
				data={{
					steps: [
						{id: 'billing', title: 'Billing', status: 'fail', summary: 'Billing is not enabled on my-proj'},
						{id: 'apis', title: 'APIs', status: 'blocked', summary: 'Blocked: Billing must pass first'},
					],
					commandsRun: [],
					todo: [{title: 'Link a billing account to my-proj', commands: ['gcloud billing projects link my-proj --billing-account=ACCOUNT_ID']}],
				}}
			/>,
		);
		const frame = ink.frame();
		expect(frame).toContain('○ APIs: Blocked: Billing must pass first');
		expect(frame).toContain('✖ Not ready yet: 1 step needs fixing (✖ above). Fix it, then run vertex-setup again.');
		expect(frame).toContain('Still to do:\n  • Link a billing account to my-proj\n    gcloud billing projects link my-proj --billing-account=ACCOUNT_ID');
		expect(frame).not.toContain('export ');
		expect(frame).not.toContain('Gemini replied');
		expect(frame).not.toContain('Commands run');
	});

	it('says why the run stopped instead of a verdict', () => {
		const ink = renderInk(
			<Summary data={{steps: [], commandsRun: [], stopped: 'Cancelled. Steps marked ✔ were done; nothing after them was changed.'}} />,
		);
		expect(ink.frame()).toContain('Cancelled. Steps marked ✔ were done');
		expect(ink.frame()).not.toContain('Ready');
	});

	it('prints export lines whole even on a narrow terminal', () => {
		const ink = renderInk(<Summary data={{...healthy, env: {GOOGLE_CLOUD_PROJECT: 'a-rather-long-project-id-4242'}}} />, {columns: 30});
		expect(ink.frame().split('\n')).toContain('  export GOOGLE_CLOUD_PROJECT=a-rather-long-project-id-4242');
	});
});

describe('summary text', () => {
	it('quotes an export value only when a shell would need it', () => {
		expect(exportLine('GOOGLE_CLOUD_LOCATION', 'us-central1')).toBe('export GOOGLE_CLOUD_LOCATION=us-central1');
		expect(exportLine('X', "it's $HOME")).toBe(`export X='it'\\''s $HOME'`);
	});

	it('formats latency and cuts a long reply', () => {
		expect(formatLatency(840.4)).toBe('840 ms');
		expect(formatLatency(2345)).toBe('2.3 s');
		expect(shortReply(`  ${'a'.repeat(500)}  `, 10)).toBe('aaaaaaaaa…');
		expect(shortReply(' hi ')).toBe('hi');
	});

	it('does not call a run ready unless Gemini answered', () => {
		expect(verdict(['ok', 'ok'], true)).toEqual({status: 'ok', text: 'Ready: Gemini answered through Vertex AI.'});
		expect(verdict(['ok', 'skipped'], false).text).toBe('Set up. Gemini was not called, so the setup is not proven yet.');
		expect(verdict(['fail', 'fail', 'ok'], true).text).toContain('2 steps need fixing');
	});
});
