import {describe, expect, it} from 'vitest';
import type {RunEvent} from '../../source/flow/events.js';
import {findingLines, plainRenderer} from '../../source/report/plain.js';

function render(events: RunEvent[]): string[] {
	const lines: string[] = [];
	const renderer = plainRenderer((line) => lines.push(line));
	for (const event of events) renderer(event);
	return lines;
}

const BILLING = {
	status: 'fail' as const,
	summary: 'Billing is not enabled on vertex-demo-123',
	detail: 'Vertex AI needs a billing account linked to the project, even for free-tier use.',
	fix: 'link a billing account: https://console.cloud.google.com/billing/linkedaccount?project=vertex-demo-123',
	commands: ['gcloud billing projects link vertex-demo-123 --billing-account=ACCOUNT_ID'],
};

describe('plain renderer', () => {
	it('prints one line per finished step, with the why, the fix and the commands of a failure', () => {
		expect(
			render([
				{type: 'step-start', id: 'gcloud', title: 'gcloud CLI', label: 'Checking gcloud CLI…'},
				{type: 'step-done', id: 'gcloud', title: 'gcloud CLI', finding: {status: 'ok', summary: 'Google Cloud SDK 528.0.0', detail: 'not shown'}},
				{type: 'step-done', id: 'billing', title: 'Billing', finding: BILLING},
				{type: 'step-done', id: 'apis', title: 'APIs', finding: {status: 'blocked', summary: 'Blocked: Billing must pass first'}},
				{type: 'step-done', id: 'keyFile', title: 'Key file', finding: {status: 'skipped', summary: 'No key file in use'}},
			]),
		).toEqual([
			'✔ gcloud CLI  Google Cloud SDK 528.0.0',
			'✖ Billing  Billing is not enabled on vertex-demo-123',
			'    Vertex AI needs a billing account linked to the project, even for free-tier use.',
			'    Fix: link a billing account: https://console.cloud.google.com/billing/linkedaccount?project=vertex-demo-123',
			'      $ gcloud billing projects link vertex-demo-123 --billing-account=ACCOUNT_ID',
			'○ APIs  Blocked: Billing must pass first',
			'– Key file  No key file in use',
		]);
	});

	it('shows warnings with their detail', () => {
		expect(findingLines('ADC', {status: 'warn', summary: 'ADC and gcloud differ', detail: 'Your code runs as another identity.'})).toEqual([
			'⚠ ADC  ADC and gcloud differ',
			'    Your code runs as another identity.',
		]);
	});

	it('prints fixes being applied and commands run', () => {
		expect(
			render([
				{type: 'step-fixing', id: 'apis', fix: {id: 'enable', title: 'Enable aiplatform.googleapis.com on vertex-demo-123', commands: []}},
				{type: 'command-run', command: 'gcloud services enable aiplatform.googleapis.com --project=vertex-demo-123'},
			]),
		).toEqual(['  → Enable aiplatform.googleapis.com on vertex-demo-123', '  $ gcloud services enable aiplatform.googleapis.com --project=vertex-demo-123']);
	});

	it('prints a progress item only when its state changes', () => {
		const item = (state: 'running' | 'done' | 'failed' | 'waiting', note?: string): RunEvent => ({
			type: 'step-progress',
			id: 'apis',
			item: {key: 'aiplatform', label: 'aiplatform.googleapis.com', state, note},
		});
		expect(render([item('running'), item('running', 'still going'), item('done', '12s'), item('done')])).toEqual([
			'  … aiplatform.googleapis.com',
			'  ✔ aiplatform.googleapis.com (12s)',
		]);
	});

	it('says what a countdown waits for at once, then every 15 seconds', () => {
		const tick = (secondsLeft: number | null): RunEvent => ({type: 'countdown', id: 'smokeTest', label: 'Waiting for the IAM grant to propagate', secondsLeft});
		expect(render([37, 36, 31, 30, 29, 15, 1, 0].map(tick))).toEqual([
			'  … Waiting for the IAM grant to propagate (37s left)',
			'  … Waiting for the IAM grant to propagate (30s left)',
			'  … Waiting for the IAM grant to propagate (15s left)',
			'  … Waiting for the IAM grant to propagate (0s left)',
		]);
		expect(render([tick(null), tick(null)])).toEqual(['  … Waiting for the IAM grant to propagate']);
	});

	it('never prints prompts or hand-offs (nobody answers a pipe)', () => {
		expect(
			render([
				{type: 'prompt', prompt: {kind: 'confirm', id: 'x', message: 'x?', initial: true, answer: () => {}}},
				{type: 'prompt-done', id: 'x'},
				{type: 'handoff', active: true},
			]),
		).toEqual([]);
	});
});
