import {describe, expect, it} from 'vitest';
import type {PromptRequest, RunEvent} from '../../source/flow/events.js';
import {Cancelled, interactivePrompter, NeedsAnswer, unattendedPrompter} from '../../source/flow/prompts.js';

function renderer() {
	const events: RunEvent[] = [];
	const prompts = () => events.flatMap((e) => (e.type === 'prompt' ? [e.prompt] : []));
	const last = (): PromptRequest => prompts().at(-1)!;
	return {events, emit: (e: RunEvent) => void events.push(e), prompts, last};
}

describe('interactivePrompter', () => {
	it('turns each question into a prompt event that its answer resolves', async () => {
		const r = renderer();
		const ask = interactivePrompter(r.emit, new AbortController().signal);
		expect(ask.interactive).toBe(true);

		const confirmed = ask.confirm({id: 'apis.fix', message: 'Enable aiplatform.googleapis.com?', initial: true});
		expect(r.last()).toMatchObject({kind: 'confirm', id: 'apis.fix', message: 'Enable aiplatform.googleapis.com?', initial: true});
		(r.last() as Extract<PromptRequest, {kind: 'confirm'}>).answer(false);
		expect(await confirmed).toBe(false);

		const choices = [{label: 'us-central1', value: 'us-central1'}, {label: 'global', value: 'global'}];
		const selected = ask.select({id: 'region', message: 'Which region?', choices, initial: 'global'});
		expect(r.last()).toMatchObject({kind: 'select', id: 'region', choices, initial: 'global'});
		r.last().answer('us-central1' as never);
		expect(await selected).toBe('us-central1');

		const projects = [{projectId: 'my-proj-123', name: 'Mine', projectNumber: '123456789012'}];
		const picked = ask.pickProject({projects, current: 'my-proj-123'});
		expect(r.last()).toMatchObject({kind: 'project', id: 'project.pick', projects, current: 'my-proj-123'});
		r.last().answer('my-proj-123' as never);
		expect(await picked).toBe('my-proj-123');

		expect(r.events.filter((e) => e.type === 'prompt-done')).toEqual([
			{type: 'prompt-done', id: 'apis.fix'},
			{type: 'prompt-done', id: 'region'},
			{type: 'prompt-done', id: 'project.pick'},
		]);
	});

	it('takes only the first answer to a question', async () => {
		const r = renderer();
		const ask = interactivePrompter(r.emit, new AbortController().signal);
		const answer = ask.confirm({id: 'dotenv', message: 'Write .env?', initial: true});
		const prompt = r.last() as Extract<PromptRequest, {kind: 'confirm'}>;
		prompt.answer(true);
		prompt.answer(false);
		expect(await answer).toBe(true);
		expect(r.events.filter((e) => e.type === 'prompt-done')).toHaveLength(1);
	});

	it('rejects a waiting question with Cancelled on Ctrl-C, and takes it off the screen', async () => {
		const r = renderer();
		const controller = new AbortController();
		const ask = interactivePrompter(r.emit, controller.signal);
		const answer = ask.confirm({id: 'iam.fix', message: 'Grant roles/aiplatform.user?', initial: true});
		controller.abort();
		await expect(answer).rejects.toBeInstanceOf(Cancelled);
		expect(r.events.map((e) => e.type)).toEqual(['prompt', 'prompt-done']);
		// A late key press changes nothing.
		(r.last() as Extract<PromptRequest, {kind: 'confirm'}>).answer(true);
		expect(r.events).toHaveLength(2);
	});

	it('does not ask at all once the run is cancelled', async () => {
		const r = renderer();
		const controller = new AbortController();
		controller.abort();
		await expect(interactivePrompter(r.emit, controller.signal).select({id: 'x', message: 'x?', choices: []})).rejects.toBeInstanceOf(Cancelled);
		expect(r.events).toEqual([]);
	});

	it('does not cancel a question already answered', async () => {
		const r = renderer();
		const controller = new AbortController();
		const answer = interactivePrompter(r.emit, controller.signal).confirm({id: 'a', message: 'a?', initial: true});
		(r.last() as Extract<PromptRequest, {kind: 'confirm'}>).answer(true);
		controller.abort();
		expect(await answer).toBe(true);
	});
});

describe('unattendedPrompter', () => {
	const choices = [{label: 'A', value: 'a'}, {label: 'B', value: 'b'}];

	it('with --yes: confirms everything and takes each safe default', async () => {
		const ask = unattendedPrompter({yes: true});
		expect(ask.interactive).toBe(false);
		expect(await ask.confirm({id: 'c', message: 'Enable?', initial: true})).toBe(true);
		expect(await ask.confirm({id: 'c', message: 'Enable?', initial: false})).toBe(true);
		expect(await ask.select({id: 's', message: 'Which?', choices, initial: 'b'})).toBe('b');
	});

	it('with --yes: a question without a safe default names its flag', async () => {
		const ask = unattendedPrompter({yes: true});
		const error = await ask.select({id: 'iam.principal', message: 'Who gets the role?', choices, flag: '--principal'}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NeedsAnswer);
		expect(error).toMatchObject({flag: '--principal', question: 'Who gets the role?', message: 'Who gets the role? (pass --principal)'});
	});

	it('without --yes: every question is a NeedsAnswer naming the flag (default --yes)', async () => {
		const ask = unattendedPrompter({yes: false});
		await expect(ask.confirm({id: 'c', message: 'Enable the API?', initial: true})).rejects.toMatchObject({flag: '--yes', question: 'Enable the API?'});
		await expect(ask.confirm({id: 'c', message: 'Write .env?', initial: true, flag: '--write-env'})).rejects.toMatchObject({flag: '--write-env'});
		await expect(ask.select({id: 's', message: 'Which?', choices, initial: 'a'})).rejects.toMatchObject({flag: '--yes'});
	});

	it('never picks a project by itself', async () => {
		for (const yes of [true, false]) {
			const error = await unattendedPrompter({yes})
				.pickProject({projects: [{projectId: 'my-proj-123', name: 'Mine', projectNumber: '1'}], current: 'my-proj-123'})
				.catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NeedsAnswer);
			expect((error as NeedsAnswer).flag).toBe('--project PROJECT_ID');
		}
	});
});
