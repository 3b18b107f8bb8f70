import {EventEmitter} from 'node:events';
import {describe, expect, it, vi} from 'vitest';
import type {PromptRequest, RunEvent} from '../../source/flow/events.js';
import type {Fix} from '../../source/steps/types.js';
import {App} from '../../source/ui/App.js';
import {KEYS, renderInk} from '../helpers/ink.js';

/** A runner stand-in: the test emits events by hand, in the order a real run would. */
function scriptedRun() {
	const listeners = new Set<(event: RunEvent) => void>();
	return {
		subscribe(listener: (event: RunEvent) => void) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		emit(...events: RunEvent[]) {
			for (const event of events) for (const listener of listeners) listener(event);
		},
		get listening() {
			return listeners.size;
		},
	};
}

const enable: Fix = {
	id: 'enable',
	title: 'Enable aiplatform.googleapis.com on my-proj',
	commands: ['gcloud services enable aiplatform.googleapis.com --project=my-proj'],
};
const projects = [
	{projectId: 'shop-prod', name: 'Shop Production', projectNumber: '111'},
	{projectId: 'shop-dev', name: 'Shop Dev', projectNumber: '222'},
];
const confirmEnable = (answer: (value: boolean) => void): PromptRequest => ({
	kind: 'confirm',
	id: 'apis.fix',
	message: `${enable.title}?`,
	initial: true,
	answer,
});

describe('App', () => {
	it('walks a run: finished steps stay above, the running step animates, prompts are answered with keys', async () => {
		const run = scriptedRun();
		const ink = renderInk(<App subscribe={run.subscribe} onCancel={() => {}} />);
		expect(run.listening).toBe(1);

		run.emit({type: 'step-start', id: 'gcloud', title: 'gcloud', label: 'Checking gcloud…'});
		await ink.waitForFrame(f => f === '⠋ Checking gcloud…');
		run.emit(
			{type: 'step-done', id: 'gcloud', title: 'gcloud', finding: {status: 'ok', summary: 'gcloud 528.0.0 installed'}},
			{type: 'step-start', id: 'project', title: 'Project', label: 'Listing your projects…'},
		);
		await ink.waitForFrame(f => f === '✔ gcloud: gcloud 528.0.0 installed\n⠋ Listing your projects…');

		const picked = vi.fn();
		run.emit({type: 'prompt', prompt: {kind: 'project', id: 'project.pick', projects, current: 'shop-prod', answer: picked}});
		await ink.waitForFrame(f => f.includes('❯ shop-prod (current)'));
		await ink.press('dev');
		await ink.waitForFrame(f => f.includes('1 of 2 projects'));
		await ink.press('enter');
		expect(picked).toHaveBeenCalledWith('shop-dev');
		// The question goes away at once, even before the runner says so.
		await ink.waitForFrame(f => !f.includes('Pick the Google Cloud project'));
		run.emit(
			{type: 'prompt-done', id: 'project.pick'},
			{type: 'command-run', command: 'gcloud config set project shop-dev'},
			{type: 'step-done', id: 'project', title: 'Project', finding: {status: 'ok', summary: 'Using shop-dev'}},
			{type: 'step-start', id: 'apis', title: 'APIs', label: 'Checking APIs…'},
			{type: 'step-problem', id: 'apis', finding: {status: 'fail', summary: 'Vertex AI API is not enabled on my-proj'}, fixes: [enable]},
		);
		const answered = vi.fn();
		run.emit({type: 'prompt', prompt: confirmEnable(answered)});
		const asking = await ink.waitForFrame(f => f.includes('❯ Yes'));
		expect(asking).toBe(
			[
				'✔ gcloud: gcloud 528.0.0 installed',
				// The answer stays in the scrollback, as in a transcript.
				'? Project shop-dev',
				'✔ Project: Using shop-dev',
				'⠋ Checking APIs…',
				'  ✖ Vertex AI API is not enabled on my-proj',
				'    I can do this for you:',
				'    • Enable aiplatform.googleapis.com on my-proj',
				'      gcloud services enable aiplatform.googleapis.com --project=my-proj',
				'? Enable aiplatform.googleapis.com on my-proj?',
				'❯ Yes',
				'  No',
			].join('\n'),
		);
		await ink.press('enter');
		expect(answered).toHaveBeenCalledWith(true);

		run.emit(
			{type: 'step-fixing', id: 'apis', fix: enable},
			{type: 'step-progress', id: 'apis', item: {key: 'aiplatform', label: 'aiplatform.googleapis.com', state: 'running'}},
		);
		await ink.waitForFrame(f => f.endsWith('⠋ Applying: Enable aiplatform.googleapis.com on my-proj…\n  ⠋ aiplatform.googleapis.com'));
		run.emit(
			{type: 'step-progress', id: 'apis', item: {key: 'aiplatform', label: 'aiplatform.googleapis.com', state: 'done'}},
			{type: 'countdown', id: 'apis', label: 'Waiting for the API to be ready…', secondsLeft: 12},
		);
		await ink.waitForFrame(f => f.includes('  ✔ aiplatform.googleapis.com\n  Waiting for the API to be ready… retrying in 12s (Esc to stop)'));
		run.emit({type: 'step-done', id: 'apis', title: 'APIs', finding: {status: 'ok', summary: 'Vertex AI API enabled'}});
		await ink.waitForFrame(
			f => f === '✔ gcloud: gcloud 528.0.0 installed\n? Project shop-dev\n✔ Project: Using shop-dev\n? Enable aiplatform.googleapis.com on my-proj? Yes\n✔ APIs: Vertex AI API enabled',
		);
		ink.unmount();
		expect(run.listening).toBe(0);
		// The last thing on screen stays, whatever Ink writes on unmount.
		expect(ink.frame()).toContain('✔ APIs: Vertex AI API enabled');
	});

	it('answers a select prompt with arrows and hands back the chosen value', async () => {
		const run = scriptedRun();
		const ink = renderInk(<App subscribe={run.subscribe} />);
		const answer = vi.fn();
		run.emit({
			type: 'prompt',
			prompt: {
				kind: 'select',
				id: 'region',
				message: 'Which region?',
				choices: [
					{label: 'global', value: 'global', hint: 'newest models'},
					{label: 'europe-west4', value: 'europe-west4'},
				],
				initial: 'global',
				answer,
			},
		});
		await ink.waitForFrame(f => f.includes('❯ global · newest models'));
		await ink.press('down', 'enter');
		expect(answer).toHaveBeenCalledWith('europe-west4');
	});

	it('answers once when two Enters arrive in one read', async () => {
		const run = scriptedRun();
		const ink = renderInk(<App subscribe={run.subscribe} />);
		const answer = vi.fn();
		run.emit({type: 'prompt', prompt: confirmEnable(answer)});
		await ink.waitForFrame(f => f.includes('❯ Yes'));
		// Both keys land before React renders again, as they can when a person double-taps Enter.
		ink.stdin.write(KEYS.enter);
		ink.stdin.write(KEYS.enter);
		await ink.waitForFrame(f => !f.includes('❯ Yes'));
		expect(answer).toHaveBeenCalledTimes(1);
		expect(answer).toHaveBeenCalledWith(true);
	});

	it('gets out of the way while a child process owns the terminal, then comes back', async () => {
		const run = scriptedRun();
		const ink = renderInk(<App subscribe={run.subscribe} onCancel={() => {}} />);
		run.emit(
			{type: 'step-done', id: 'gcloud', title: 'gcloud', finding: {status: 'ok', summary: 'gcloud 528.0.0 installed'}},
			{type: 'step-start', id: 'account', title: 'Account', label: 'Logging in…'},
			{type: 'handoff', active: true},
		);
		await ink.waitForFrame(f => f === '✔ gcloud: gcloud 528.0.0 installed');
		// No component reads keys, so Ink leaves raw mode and the child gets the keyboard.
		expect(ink.stdin.listenerCount('readable')).toBe(0);
		run.emit({type: 'handoff', active: false});
		await ink.waitForFrame(f => f === '✔ gcloud: gcloud 528.0.0 installed\n⠋ Logging in…');
		// Nothing finished was printed twice.
		expect(ink.frame().match(/gcloud 528/g)).toHaveLength(1);
	});

	it('leaves stopping to the caller: Ctrl-C and Esc call onCancel', async () => {
		const run = scriptedRun();
		const onCancel = vi.fn();
		const ink = renderInk(<App subscribe={run.subscribe} onCancel={onCancel} />);
		run.emit({type: 'step-start', id: 'iam', title: 'IAM', label: 'Checking IAM…'});
		await ink.waitForFrame(f => f.includes('Checking IAM…'));
		await ink.press('ctrlC');
		expect(onCancel).toHaveBeenLastCalledWith('interrupt');
		await ink.press('escape');
		expect(onCancel).toHaveBeenLastCalledWith('escape');
		expect(onCancel).toHaveBeenCalledTimes(2);
	});

	it('lets the project picker use Esc to clear its filter before it cancels', async () => {
		const run = scriptedRun();
		const onCancel = vi.fn();
		const ink = renderInk(<App subscribe={run.subscribe} onCancel={onCancel} />);
		run.emit({type: 'prompt', prompt: {kind: 'project', id: 'project.pick', projects, answer: () => {}}});
		await ink.waitForFrame(f => f.includes('2 projects'));
		await ink.press('prod');
		await ink.waitForFrame(f => f.includes('1 of 2 projects'));
		await ink.press('escape');
		await ink.waitForFrame(f => f.includes('  2 projects'));
		expect(onCancel).not.toHaveBeenCalled();
		await ink.press('escape');
		expect(onCancel).toHaveBeenCalledWith('escape');
	});

	it('shows steps checked at the same time each with its own spinner', async () => {
		const emitter = new EventEmitter();
		const ink = renderInk(<App events={emitter} />);
		emitter.emit('event', {type: 'step-start', id: 'billing', title: 'Billing', label: 'Checking billing…'} satisfies RunEvent);
		emitter.emit('event', {type: 'step-start', id: 'apis', title: 'APIs', label: 'Checking APIs…'} satisfies RunEvent);
		await ink.waitForFrame(f => f === '⠋ Checking billing…\n⠋ Checking APIs…');
		expect(emitter.listenerCount('event')).toBe(1);
	});

	it('fits a narrow terminal: prose wraps, finished commands stay whole', async () => {
		const run = scriptedRun();
		const ink = renderInk(<App subscribe={run.subscribe} />, {columns: 40, rows: 24});
		const command = 'gcloud billing projects link my-proj --billing-account=0X0X0X-0X0X0X-0X0X0X';
		run.emit(
			{
				type: 'step-done',
				id: 'billing',
				title: 'Billing',
				finding: {
					status: 'fail',
					summary: 'Billing is not enabled on my-proj',
					detail: 'Vertex AI refuses requests from a project that has no billing account linked.',
					commands: [command],
				},
			},
			{type: 'step-start', id: 'apis', title: 'APIs', label: 'Checking which APIs are enabled on my-proj…'},
		);
		const frame = await ink.waitForFrame(f => f.includes('Checking which'));
		const lines = frame.split('\n');
		expect(lines).toContain(`    ${command}`);
		expect(lines.filter(line => line.trim() !== command).every(line => line.length <= 40)).toBe(true);
	});
});
