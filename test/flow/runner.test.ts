import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {gaxios} from 'google-auth-library';
import {describe, expect, it, onTestFinished} from 'vitest';
import type {RunEvent} from '../../source/flow/events.js';
import {exitCodeFor} from '../../source/flow/outcome.js';
import {interactivePrompter, unattendedPrompter} from '../../source/flow/prompts.js';
import {dependencyOrder, runSteps, type RunMode} from '../../source/flow/runner.js';
import {call} from '../../source/google/errors.js';
import type {Context, Facts, Step} from '../../source/steps/context.js';
import type {Finding, Fix, Prompter, StepId} from '../../source/steps/types.js';

// Orchestration only: plain Step objects and a Context with just what the runner touches.
// The real steps are tested against the emulator in test/steps.

const WIZARD: RunMode = {fix: true, concurrent: false};
const DOCTOR: RunMode = {fix: false, concurrent: true};

function context(ask: Prompter, signal: AbortSignal = new AbortController().signal): Context {
	const facts: Facts = {};
	return {ask, facts, signal} as unknown as Context;
}

const ok = (summary = 'Done'): Finding => ({status: 'ok', summary});
const fail = (summary = 'Broken'): Finding => ({status: 'fail', summary});
const fix = (id: string, extra: Partial<Fix> = {}): Fix => ({id, title: `Apply ${id}`, commands: [`gcloud ${id}`], ...extra});

/** A step whose check answers from a list (the last answer repeats), counting its calls. */
function scripted(id: StepId, needs: StepId[], findings: Finding[], fixes: Fix[] = []) {
	const calls = {check: 0, apply: [] as string[]};
	const step: Step = {
		id,
		title: `T-${id}`,
		needs,
		async check() {
			return findings[Math.min(calls.check++, findings.length - 1)]!;
		},
	};
	if (fixes.length > 0) {
		step.fixes = async () => fixes;
		step.apply = async (f) => void calls.apply.push(f.id);
	}
	return {step, calls};
}

/** Answers every confirm with `confirm` (default: its initial) and every select with `pick`. */
function scriptedPrompter(answers: {confirm?: boolean; pick?: (fixIds: (string | undefined)[]) => number} = {}) {
	const asked: string[] = [];
	const prompter: Prompter = {
		interactive: true,
		async confirm(q) {
			asked.push(`confirm ${q.id}`);
			return answers.confirm ?? q.initial;
		},
		async select(q) {
			asked.push(`select ${q.id}`);
			const ids = q.choices.map((c) => (c.value as Fix | undefined)?.id);
			return q.choices[answers.pick ? answers.pick(ids) : 0]!.value;
		},
		async pickProject() {
			asked.push('project');
			return 'my-proj-123';
		},
	};
	return {prompter, asked};
}

/** Counts what an unattended prompter is asked, without changing its answers. */
function counted(inner: Prompter) {
	const asked: string[] = [];
	const prompter: Prompter = {
		interactive: inner.interactive,
		confirm: (q) => (asked.push(q.id), inner.confirm(q)),
		select: (q) => (asked.push(q.id), inner.select(q)),
		pickProject: (q) => (asked.push('project'), inner.pickProject(q)),
	};
	return {prompter, asked};
}

/** Collects events; `next(type)` resolves at the first event of that type. */
function recorder() {
	const events: RunEvent[] = [];
	const waiting: {type: string; resolve: (e: RunEvent) => void}[] = [];
	const emit = (event: RunEvent) => {
		events.push(event);
		for (const w of waiting.filter((x) => x.type === event.type)) (waiting.splice(waiting.indexOf(w), 1), w.resolve(event));
	};
	const next = (type: RunEvent['type']) => new Promise<RunEvent>((resolve) => waiting.push({type, resolve}));
	const of = (id: StepId) => events.filter((e) => 'id' in e && e.id === id).map((e) => e.type);
	return {events, emit, next, of};
}

describe('runSteps: order and blocking', () => {
	it('checks in order, blocks what needs a failing step (transitively), and runs the rest', async () => {
		const a = scripted('gcloud', [], [ok()]);
		const b = scripted('account', ['gcloud'], [fail('Not signed in')]);
		const c = scripted('project', ['account'], [ok()]);
		const d = scripted('billing', ['project'], [ok()]);
		const e = scripted('adc', ['gcloud'], [ok()]);
		const rec = recorder();
		const result = await runSteps([a, b, c, d, e].map((s) => s.step), context(scriptedPrompter().prompter), rec.emit, WIZARD);

		expect(result.steps.map((s) => [s.id, s.finding.status])).toEqual([
			['gcloud', 'ok'],
			['account', 'fail'],
			['project', 'blocked'],
			['billing', 'blocked'],
			['adc', 'ok'],
		]);
		expect(result.steps[2]!.finding.summary).toBe('Blocked: T-account must pass first');
		expect(result.steps[3]!.finding.summary).toBe('Blocked: T-project must pass first');
		expect([c.calls.check, d.calls.check, e.calls.check]).toEqual([0, 0, 1]);
		// A blocked step never starts; it only gets its final word.
		expect(rec.of('project')).toEqual(['step-done']);
		expect(rec.events.filter((x) => x.type === 'step-start').map((x) => 'id' in x && x.id)).toEqual(['gcloud', 'account', 'adc']);
		expect(result.stopped).toBeUndefined();
		expect(exitCodeFor(result)).toBe(1);
	});

	it('runs a step after the steps it needs even when the list puts it first', async () => {
		const order: string[] = [];
		const step = (id: StepId, needs: StepId[]): Step => ({id, title: id, needs, check: async () => (order.push(id), ok())});
		const steps = [step('billing', ['project']), step('project', ['account']), step('account', [])];
		for (const mode of [WIZARD, DOCTOR]) {
			order.length = 0;
			const result = await runSteps(steps, context(scriptedPrompter().prompter), () => {}, mode);
			expect(order).toEqual(['account', 'project', 'billing']);
			// Results keep the order the caller gave.
			expect(result.steps.map((s) => s.id)).toEqual(['billing', 'project', 'account']);
		}
	});

	it('ignores needs outside the list (a partial run) and refuses a cycle', () => {
		const step = (id: StepId, needs: StepId[]): Step => ({id, title: id, needs, check: async () => ok()});
		expect(dependencyOrder([step('iam', ['project', 'adc'])]).map((s) => s.id)).toEqual(['iam']);
		expect(() => dependencyOrder([step('iam', ['adc']), step('adc', ['iam'])])).toThrow(/cycle: iam, adc/);
	});
});

describe('runSteps: fixes', () => {
	it('applies a confirmed fix and checks again', async () => {
		const enable = fix('enable');
		const s = scripted('apis', [], [fail('Vertex AI API is disabled'), ok('Vertex AI API enabled')], [enable]);
		const {prompter, asked} = scriptedPrompter();
		const rec = recorder();
		const result = await runSteps([s.step], context(prompter), rec.emit, WIZARD);

		expect(asked).toEqual(['confirm apis.fix']);
		expect(s.calls).toEqual({check: 2, apply: ['enable']});
		expect(result.steps[0]).toMatchObject({finding: ok('Vertex AI API enabled'), applied: [enable], pending: []});
		expect(rec.of('apis')).toEqual(['step-start', 'step-problem', 'step-fixing', 'step-done']);
		expect(exitCodeFor(result)).toBe(0);
	});

	it('leaves a declined fix pending and the step failing, without applying it', async () => {
		const enable = fix('enable');
		const s = scripted('apis', [], [fail('Vertex AI API is disabled')], [enable]);
		const result = await runSteps([s.step], context(scriptedPrompter({confirm: false}).prompter), () => {}, WIZARD);
		expect(s.calls).toEqual({check: 1, apply: []});
		expect(result.steps[0]).toMatchObject({finding: {status: 'fail'}, applied: [], pending: [enable]});
	});

	it('offers several fixes as a choice with a way to skip', async () => {
		const fixes = [fix('switch'), fix('login')];
		const picked = scripted('account', [], [fail(), ok()], fixes);
		const {prompter, asked} = scriptedPrompter({pick: (ids) => ids.indexOf('login')});
		const result = await runSteps([picked.step], context(prompter), () => {}, WIZARD);
		expect(asked).toEqual(['select account.fix']);
		expect(picked.calls.apply).toEqual(['login']);
		expect(result.steps[0]!.applied.map((f) => f.id)).toEqual(['login']);

		const skipped = scripted('account', [], [fail()], fixes);
		const skip = await runSteps([skipped.step], context(scriptedPrompter({pick: (ids) => ids.indexOf(undefined)}).prompter), () => {}, WIZARD);
		expect(skipped.calls.apply).toEqual([]);
		expect(skip.steps[0]).toMatchObject({finding: {status: 'fail'}, pending: fixes});
	});

	it('keeps the other fixes pending when the re-check still fails', async () => {
		const fixes = [fix('switch'), fix('login', {manual: true})];
		const s = scripted('account', [], [fail()], fixes);
		const result = await runSteps([s.step], context(scriptedPrompter().prompter), () => {}, WIZARD);
		expect(result.steps[0]).toMatchObject({finding: {status: 'fail'}, applied: [fixes[0]], pending: [fixes[1]]});
	});

	it('diagnoses only without fix mode: fixes are pending, nothing is asked or applied', async () => {
		const s = scripted('apis', [], [fail()], [fix('enable')]);
		const {prompter, asked} = scriptedPrompter();
		const rec = recorder();
		const result = await runSteps([s.step], context(prompter), rec.emit, DOCTOR);
		expect(asked).toEqual([]);
		expect(s.calls.apply).toEqual([]);
		expect(result.steps[0]!.pending.map((f) => f.id)).toEqual(['enable']);
		expect(rec.of('apis')).toEqual(['step-start', 'step-done']);
	});

	it('with --yes applies the first fix that needs no person', async () => {
		const fixes = [fix('login', {manual: true}), fix('switch'), fix('other')];
		const s = scripted('account', [], [fail(), ok()], fixes);
		const result = await runSteps([s.step], context(unattendedPrompter({yes: true})), () => {}, WIZARD);
		expect(s.calls.apply).toEqual(['switch']);
		expect(result.steps[0]!.finding.status).toBe('ok');
	});
});

describe('runSteps: manual fixes with nobody to ask', () => {
	it('reports sign-ins as pending without prompting, with or without --yes', async () => {
		for (const yes of [true, false]) {
			const login = fix('login', {title: 'Sign in to gcloud', commands: ['gcloud auth login'], manual: true});
			const s = scripted('account', [], [fail('Not signed in')], [login]);
			const after = scripted('adc', [], [ok()]);
			const {prompter, asked} = counted(unattendedPrompter({yes}));
			const rec = recorder();
			const result = await runSteps([s.step, after.step], context(prompter), rec.emit, WIZARD);
			expect(asked).toEqual([]);
			expect(s.calls.apply).toEqual([]);
			expect(result.stopped).toBeUndefined();
			expect(result.steps[0]).toMatchObject({finding: {status: 'fail', summary: 'Not signed in'}, applied: [], pending: [login]});
			expect(rec.of('account')).toEqual(['step-start', 'step-done']);
			// The run goes on: a missing sign-in is reported, not a reason to stop.
			expect(result.steps[1]!.finding.status).toBe('ok');
		}
	});

	it('offers the sign-in when a person is there', async () => {
		const login = fix('login', {manual: true});
		const s = scripted('account', [], [fail(), ok()], [login]);
		const {prompter, asked} = scriptedPrompter();
		await runSteps([s.step], context(prompter), () => {}, WIZARD);
		expect(asked).toEqual(['confirm account.fix']);
		expect(s.calls.apply).toEqual(['login']);
	});
});

describe('runSteps: stopping', () => {
	it('stops when a question has no answer, naming the flag; later steps are not checked', async () => {
		const s = scripted('apis', [], [fail()], [fix('enable')]);
		const later = scripted('iam', [], [ok()]);
		const result = await runSteps([s.step, later.step], context(unattendedPrompter({yes: false})), () => {}, WIZARD);
		expect(result.stopped).toEqual({reason: 'needs-answer', flag: '--yes', question: 'Apply enable?'});
		// The problem stays on record, with why the run stopped and the fix still to do.
		expect(result.steps[0]!.finding).toMatchObject({...fail(), detail: expect.stringContaining('"Apply enable?" needs --yes')});
		expect(result.steps[0]!.pending.map((f) => f.id)).toEqual(['enable']);
		expect(result.steps[1]!.finding).toEqual({status: 'blocked', summary: 'Not checked: the run stopped before this step'});
		expect(later.calls.check).toBe(0);
		expect(exitCodeFor(result)).toBe(2);
	});

	it('names the flag a step asks with', async () => {
		const step: Step = {
			id: 'iam',
			title: 'IAM role',
			needs: [],
			check: async (ctx) => {
				await ctx.ask.select({id: 'iam.principal', message: 'Who should get roles/aiplatform.user?', choices: [], flag: '--principal'});
				return ok();
			},
		};
		const result = await runSteps([step], context(unattendedPrompter({yes: true})), () => {}, WIZARD);
		expect(result.stopped).toEqual({reason: 'needs-answer', flag: '--principal', question: 'Who should get roles/aiplatform.user?'});
		expect(result.steps[0]!.finding.fix).toBe('Run again with --principal');
	});

	it('stops as cancelled when Ctrl-C comes while a prompt is waiting', async () => {
		const controller = new AbortController();
		const rec = recorder();
		const s = scripted('apis', [], [fail()], [fix('enable')]);
		const later = scripted('iam', [], [ok()]);
		const run = runSteps([s.step, later.step], context(interactivePrompter(rec.emit, controller.signal), controller.signal), rec.emit, WIZARD);
		const prompt = await rec.next('prompt');
		expect(prompt).toMatchObject({prompt: {kind: 'confirm', id: 'apis.fix'}});
		controller.abort();
		const result = await run;

		expect(result.stopped).toEqual({reason: 'cancelled'});
		expect(s.calls.apply).toEqual([]);
		expect(result.steps.map((x) => x.finding)).toEqual([
			{...fail(), detail: 'Cancelled here, before anything was changed.'},
			{status: 'blocked', summary: 'Not checked: the run stopped before this step'},
		]);
		expect(result.steps[0]!.pending.map((f) => f.id)).toEqual(['enable']);
		expect(later.calls.check).toBe(0);
		// The question leaves the screen.
		expect(rec.events).toContainEqual({type: 'prompt-done', id: 'apis.fix'});
		expect(exitCodeFor(result)).toBe(130);
	});

	it('stops as cancelled when Ctrl-C cuts a check short', async () => {
		const controller = new AbortController();
		const rec = recorder();
		const slow: Step = {
			id: 'smokeTest',
			title: 'Gemini smoke test',
			needs: [],
			// What fetch and gaxios do with an aborted signal: an AbortError, not a Cancelled.
			check: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new DOMException('This operation was aborted', 'AbortError')))),
		};
		const later = scripted('keyFile', [], [ok()]);
		const run = runSteps([slow, later.step], context(scriptedPrompter().prompter, controller.signal), rec.emit, WIZARD);
		await rec.next('step-start');
		controller.abort();
		const result = await run;
		expect(result.stopped).toEqual({reason: 'cancelled'});
		expect(result.steps[0]!.finding.summary).toBe('Cancelled');
		expect(later.calls.check).toBe(0);
	});
});

describe('runSteps: a step that throws', () => {
	// §7.3.2 of the wire reference: Vertex AI's SERVICE_DISABLED body.
	const MESSAGE =
		'Agent Platform API has not been used in project my-proj-123 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=my-proj-123 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.';
	const BODY = {
		error: {
			code: 403,
			message: MESSAGE,
			status: 'PERMISSION_DENIED',
			details: [
				{
					'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
					reason: 'SERVICE_DISABLED',
					domain: 'googleapis.com',
					metadata: {service: 'aiplatform.googleapis.com', consumer: 'projects/my-proj-123', containerInfo: 'my-proj-123', serviceTitle: 'Agent Platform API'},
				},
			],
		},
	};

	/** A real HTTP server answering every request with `status` and `body`, and its URL. */
	async function google(status: number, body: unknown): Promise<string> {
		const server = http.createServer((_, res) => {
			res.writeHead(status, {'content-type': 'application/json'});
			res.end(JSON.stringify(body));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/projects/my-proj-123/locations/global/publishers/google/models/gemini-2.5-flash:generateContent`;
	}

	it('becomes a failing finding that names the cause and the fix, and the run goes on', async () => {
		const url = await google(403, BODY);
		// Straight from the client library, and wrapped by our adapters: the same diagnosis.
		for (const request of [() => new gaxios.Gaxios().request({url}), () => call(() => new gaxios.Gaxios().request({url}))]) {
			const step: Step = {id: 'smokeTest', title: 'Gemini smoke test', needs: [], check: async () => (await request(), ok())};
			const after = scripted('keyFile', [], [ok()]);
			const result = await runSteps([step, after.step], context(scriptedPrompter().prompter), () => {}, WIZARD);
			const finding = result.steps[0]!.finding;
			expect(finding.status).toBe('fail');
			expect(finding.summary).toMatch(/aiplatform\.googleapis\.com.*not enabled.*my-proj-123/);
			expect(finding.commands).toContain('gcloud services enable aiplatform.googleapis.com --project=my-proj-123');
			expect(JSON.stringify(finding)).not.toMatch(/at .*\.ts:\d+|GaxiosError/);
			expect(result.stopped).toBeUndefined();
			expect(result.steps[1]!.finding.status).toBe('ok');
		}
	});

	it('shows Google\'s own message, not its JSON, for an error nothing known explains', async () => {
		const url = await google(500, {error: {code: 500, message: 'Internal error encountered.', status: 'INTERNAL'}});
		const step: Step = {id: 'billing', title: 'Billing', needs: [], check: async () => (await new gaxios.Gaxios().request({url}), ok())};
		const result = await runSteps([step], context(scriptedPrompter().prompter), () => {}, WIZARD);
		expect(result.steps[0]!.finding).toEqual({status: 'fail', summary: 'Internal error encountered.', detail: 'Google answered 500 INTERNAL.'});
	});

	it('turns a failing fix into a failing finding too', async () => {
		const step: Step = {
			id: 'apis',
			title: 'APIs',
			needs: [],
			check: async () => fail(),
			fixes: async () => [fix('enable')],
			apply: async () => {
				throw new Error('gcloud exited with code 1');
			},
		};
		const result = await runSteps([step], context(scriptedPrompter().prompter), () => {}, WIZARD);
		expect(result.steps[0]!.finding).toMatchObject({status: 'fail', summary: 'gcloud exited with code 1'});
	});
});

describe('runSteps: concurrent checks', () => {
	/** Steps that count how many checks are in flight at once, and what had finished when each began. */
	function counting(graph: [StepId, StepId[], Finding?][]) {
		let active = 0;
		let most = 0;
		const finished = new Set<StepId>();
		const sawFinished = new Map<StepId, StepId[]>();
		const steps: Step[] = graph.map(([id, needs, finding]) => ({
			id,
			title: id,
			needs,
			async check() {
				sawFinished.set(id, [...finished]);
				most = Math.max(most, ++active);
				// Give the other checks several turns of the event loop to start.
				for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
				active--;
				finished.add(id);
				return finding ?? ok();
			},
		}));
		return {steps, most: () => most, sawFinished};
	}

	const GRAPH: [StepId, StepId[], Finding?][] = [
		['gcloud', []],
		['adc', []],
		['keyFile', []],
		['quotaProject', ['gcloud', 'adc']],
	];

	it('overlaps independent checks, yet starts a step only after everything it needs', async () => {
		const c = counting(GRAPH);
		const result = await runSteps(c.steps, context(scriptedPrompter().prompter), () => {}, DOCTOR);
		expect(c.most()).toBe(3);
		expect(c.sawFinished.get('quotaProject')).toEqual(expect.arrayContaining(['gcloud', 'adc']));
		expect(result.steps.map((s) => s.finding.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
	});

	it('runs one check at a time without concurrency', async () => {
		const c = counting(GRAPH);
		await runSteps(c.steps, context(scriptedPrompter().prompter), () => {}, {fix: false, concurrent: false});
		expect(c.most()).toBe(1);
	});

	it('still blocks a step whose need failed', async () => {
		const c = counting([['gcloud', []], ['adc', [], fail()], ['quotaProject', ['gcloud', 'adc']]]);
		const result = await runSteps(c.steps, context(scriptedPrompter().prompter), () => {}, DOCTOR);
		expect(result.steps[2]!.finding).toEqual({status: 'blocked', summary: 'Blocked: adc must pass first'});
		expect(c.sawFinished.has('quotaProject')).toBe(false);
	});
});

describe('runSteps: a fix that is itself a question', () => {
	it('goes straight to its own question (the project picker) without a yes/no first', async () => {
		const s = scripted('project', [], [fail('No project'), ok()], [fix('choose', {asks: true})]);
		const {prompter, asked} = scriptedPrompter();
		const result = await runSteps([s.step], context(prompter), () => {}, WIZARD);
		expect(asked).toEqual([]);
		expect(s.calls.apply).toEqual(['choose']);
		expect(result.steps[0]!.finding.status).toBe('ok');
	});

	it('still needs --yes when nobody can be asked', async () => {
		const s = scripted('project', [], [fail('No project')], [fix('choose', {asks: true})]);
		const result = await runSteps([s.step], context(unattendedPrompter({yes: false})), () => {}, WIZARD);
		expect(result.stopped).toMatchObject({reason: 'needs-answer', flag: '--yes'});
		expect(s.calls.apply).toEqual([]);
	});
});
