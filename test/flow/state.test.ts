import {describe, expect, it} from 'vitest';
import type {PromptRequest, RunEvent} from '../../source/flow/events.js';
import {initialState, pendingPrompt, reduce, type WizardState} from '../../source/flow/state.js';
import type {Fix} from '../../source/steps/types.js';

const run = (events: RunEvent[], from: WizardState = initialState) => events.reduce(reduce, from);
const start = (id: 'apis' | 'billing' | 'iam', label = `Checking ${id}…`): RunEvent => ({type: 'step-start', id, title: id, label});
const enable: Fix = {id: 'enable', title: 'Enable aiplatform.googleapis.com on my-proj', commands: ['gcloud services enable aiplatform.googleapis.com']};
const confirm = (id: string, answer: (value: boolean) => void = () => {}): PromptRequest => ({
	kind: 'confirm',
	id,
	message: `${id}?`,
	initial: true,
	answer,
});

describe('wizard state reducer', () => {
	it('starts empty', () => {
		expect(initialState).toEqual({finished: [], running: [], prompts: [], commands: [], handoff: false});
		expect(pendingPrompt(initialState)).toBeUndefined();
	});

	it('moves a step from running to finished, in the order steps finish', () => {
		const state = run([
			start('billing'),
			start('apis'),
			{type: 'step-done', id: 'apis', title: 'APIs', finding: {status: 'ok', summary: 'Vertex AI API enabled'}},
		]);
		expect(state.running.map(step => step.id)).toEqual(['billing']);
		expect(state.finished).toEqual([{id: 'apis', title: 'APIs', finding: {status: 'ok', summary: 'Vertex AI API enabled'}}]);
	});

	it('records a step that finishes without starting (blocked or skipped)', () => {
		const state = run([{type: 'step-done', id: 'iam', title: 'IAM', finding: {status: 'blocked', summary: 'Blocked: Project must pass first'}}]);
		expect(state.finished).toEqual([{id: 'iam', title: 'IAM', finding: {status: 'blocked', summary: 'Blocked: Project must pass first'}}]);
		expect(state.running).toEqual([]);
	});

	it('keeps one progress item per key, updated in place and in first-seen order', () => {
		const state = run([
			start('apis'),
			{type: 'step-progress', id: 'apis', item: {key: 'aiplatform', label: 'Vertex AI API', state: 'running'}},
			{type: 'step-progress', id: 'apis', item: {key: 'iam', label: 'IAM API', state: 'running'}},
			{type: 'step-progress', id: 'apis', item: {key: 'aiplatform', label: 'Vertex AI API', state: 'done'}},
		]);
		expect(state.running[0]!.progress.map(item => `${item.key}:${item.state}`)).toEqual(['aiplatform:done', 'iam:running']);
	});

	it('ignores events about a step that is not running', () => {
		const before = run([start('apis')]);
		const after = run(
			[
				{type: 'step-progress', id: 'billing', item: {key: 'k', label: 'x', state: 'running'}},
				{type: 'countdown', id: 'iam', label: 'Waiting…', secondsLeft: 3},
			],
			before,
		);
		expect(after).toBe(before);
	});

	it('shows a problem, then the fix being applied, then a countdown; a new problem clears the old fix and wait', () => {
		const finding = {status: 'fail' as const, summary: 'Vertex AI API is not enabled on my-proj'};
		let state = run([start('apis'), {type: 'step-problem', id: 'apis', finding, fixes: [enable]}]);
		expect(state.running[0]!.problem).toEqual({finding, fixes: [enable]});
		expect(state.running[0]!.fixing).toBeUndefined();

		state = run([{type: 'step-fixing', id: 'apis', fix: enable}, {type: 'countdown', id: 'apis', label: 'Waiting for the API…', secondsLeft: 12}], state);
		expect(state.running[0]!.fixing).toBe(enable);
		expect(state.running[0]!.countdown).toEqual({label: 'Waiting for the API…', secondsLeft: 12});

		state = run([{type: 'step-problem', id: 'apis', finding: {status: 'fail', summary: 'Still off'}, fixes: []}], state);
		expect(state.running[0]!.problem?.finding.summary).toBe('Still off');
		expect(state.running[0]!.fixing).toBeUndefined();
		expect(state.running[0]!.countdown).toBeUndefined();
	});

	it('restarts a step in place, clean', () => {
		const state = run([
			start('billing'),
			start('apis'),
			{type: 'step-progress', id: 'billing', item: {key: 'k', label: 'x', state: 'done'}},
			start('billing', 'Checking billing again…'),
		]);
		expect(state.running.map(step => [step.id, step.label, step.progress.length])).toEqual([
			['billing', 'Checking billing again…', 0],
			['apis', 'Checking apis…', 0],
		]);
	});

	it('queues prompts, shows the first, and drops one when it is answered', () => {
		const first = confirm('apis.fix');
		const second = confirm('dotenv');
		let state = run([{type: 'prompt', prompt: first}, {type: 'prompt', prompt: second}]);
		expect(pendingPrompt(state)).toBe(first);
		state = run([{type: 'prompt-done', id: 'apis.fix'}], state);
		expect(pendingPrompt(state)).toBe(second);
		// A second prompt-done for the same question (renderer and runner both say so) changes nothing.
		expect(reduce(state, {type: 'prompt-done', id: 'apis.fix'})).toBe(state);
	});

	it('replaces a question asked again with the same id, so the live answer callback is used', () => {
		const stale = confirm('apis.fix');
		const fresh = confirm('apis.fix');
		const state = run([{type: 'prompt', prompt: stale}, {type: 'prompt', prompt: fresh}]);
		expect(state.prompts).toEqual([fresh]);
		expect(pendingPrompt(state)).toBe(fresh);
	});

	it('lists each command run once, in order', () => {
		const state = run([
			{type: 'command-run', command: 'gcloud config set project my-proj'},
			{type: 'command-run', command: 'gcloud services enable aiplatform.googleapis.com'},
			{type: 'command-run', command: 'gcloud config set project my-proj'},
		]);
		expect(state.commands).toEqual(['gcloud config set project my-proj', 'gcloud services enable aiplatform.googleapis.com']);
	});

	it('tracks whether a child process holds the terminal', () => {
		const on = run([{type: 'handoff', active: true}]);
		expect(on.handoff).toBe(true);
		expect(run([{type: 'handoff', active: false}], on).handoff).toBe(false);
	});

	it('never mutates the state it was given', () => {
		const before = run([start('apis'), {type: 'prompt', prompt: confirm('x')}]);
		const snapshot = structuredClone({...before, prompts: before.prompts.map(p => p.id)});
		run(
			[
				{type: 'step-progress', id: 'apis', item: {key: 'k', label: 'x', state: 'running'}},
				{type: 'step-done', id: 'apis', title: 'APIs', finding: {status: 'ok', summary: 'ok'}},
				{type: 'prompt-done', id: 'x'},
				{type: 'command-run', command: 'c'},
			],
			before,
		);
		expect({...before, prompts: before.prompts.map(p => p.id)}).toEqual(snapshot);
	});
});

describe('answers in the scrollback', () => {
	it('keeps each answered question, in order, between the steps; a withdrawn one leaves nothing', () => {
		const ask: PromptRequest = {kind: 'confirm', id: 'apis.fix', message: 'Enable aiplatform.googleapis.com?', initial: true, answer() {}};
		const project: PromptRequest = {kind: 'project', id: 'project.pick', projects: [], answer() {}};
		const state = run([
			{type: 'prompt', prompt: ask},
			{type: 'prompt-done', id: 'apis.fix', answer: 'Yes'},
			{type: 'step-done', id: 'apis', title: 'APIs', finding: {status: 'ok', summary: 'APIs enabled'}},
			{type: 'prompt', prompt: project},
			{type: 'prompt-done', id: 'project.pick'},
		]);
		expect(state.finished).toEqual([
			{question: 'Enable aiplatform.googleapis.com?', answer: 'Yes'},
			{id: 'apis', title: 'APIs', finding: {status: 'ok', summary: 'APIs enabled'}},
		]);
		expect(state.prompts).toEqual([]);
	});
});
