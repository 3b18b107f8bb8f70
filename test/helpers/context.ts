import {onTestFinished} from 'vitest';
import {createContext} from '../../source/flow/context.js';
import {endpointsFromEnv, type Endpoints} from '../../source/google/endpoints.js';
import type {Context} from '../../source/steps/context.js';
import type {Choice, Options, ProgressItem, Prompter} from '../../source/steps/types.js';
import type {Scenario} from '../../source/sandbox/scenario.js';
import {emulatorFor, type Emulator} from './emulator.js';

export interface TestContext {
	ctx: Context;
	/** Progress items the steps reported, in order. */
	events: ProgressItem[];
	/** Commands the steps recorded as run on the person's behalf (ctx.ran). */
	commands: string[];
	/** Ids of the questions asked, in order. */
	asked: string[];
	/** Aborts the context's signal (Ctrl-C). */
	abort(): void;
}

export interface TestContextInput {
	/** The sandbox environment (createSandboxEnvironment(...).env or hermeticEnv()). */
	env: NodeJS.ProcessEnv;
	endpoints?: Endpoints;
	options?: Partial<Options>;
	/**
	 * Answers by question id (e.g. `account.fix`, `project.pick`). A select answer may be a
	 * choice's value, its label, or the `id` of an object value (a Fix). Unanswered questions
	 * take their initial value (select: the first choice; confirm: `initial`).
	 */
	answers?: Record<string, unknown>;
	cwd?: string;
	/** false: behave like a piped run (manual fixes are reported, not run). Default true. */
	interactive?: boolean;
	platform?: NodeJS.Platform;
}

/**
 * A real Context over a sandbox environment, with a scripted Prompter. Children run directly
 * (no renderer to pause), so the stand-in's `gcloud auth login` completes without input.
 */
export function makeTestContext(input: TestContextInput): TestContext {
	const events: ProgressItem[] = [];
	const commands: string[] = [];
	const asked: string[] = [];
	const controller = new AbortController();
	const answers = input.answers ?? {};
	const options: Options = {smokeTest: true, yes: false, ...input.options};
	const ask: Prompter = {
		interactive: input.interactive ?? true,
		async select<T>(q: {id: string; message: string; choices: Choice<T>[]; initial?: T}): Promise<T> {
			asked.push(q.id);
			if (q.id in answers) return pickChoice(q.choices, answers[q.id], q.id);
			if (q.initial !== undefined) return q.initial;
			if (q.choices.length === 0) throw new Error(`select ${q.id} has no choices`);
			return q.choices[0]!.value;
		},
		async confirm(q) {
			asked.push(q.id);
			return q.id in answers ? Boolean(answers[q.id]) : q.initial;
		},
		async pickProject(q) {
			asked.push('project.pick');
			if ('project.pick' in answers) return String(answers['project.pick']);
			const chosen = q.current ?? q.projects[0]?.projectId;
			if (!chosen) throw new Error('pickProject: no projects to pick from');
			return chosen;
		},
	};
	const ctx = createContext({
		endpoints: input.endpoints ?? endpointsFromEnv(input.env),
		env: input.env,
		cwd: input.cwd ?? input.env.HOME ?? process.cwd(),
		options,
		ask,
		progress: item => events.push(item),
		ran: command => commands.push(command),
		signal: controller.signal,
		platform: input.platform,
	});
	return {ctx, events, commands, asked, abort: () => controller.abort()};
}

function pickChoice<T>(choices: Choice<T>[], answer: unknown, id: string): T {
	const hit = choices.find(
		c => c.value === answer || c.label === answer || (typeof c.value === 'object' && c.value !== null && (c.value as {id?: unknown}).id === answer),
	);
	if (!hit) throw new Error(`No choice for ${id} matches ${JSON.stringify(answer)}: ${choices.map(c => c.label).join(', ')}`);
	return hit.value;
}

/**
 * An emulator for `scenario`, the sandbox machine around it (temp HOME, the stand-in gcloud
 * first on PATH, the scenario's client files) and a test context over both; all torn down
 * when the test ends. `env` adds or (with undefined) removes variables.
 *
 *   const {ctx, emulator} = await sandboxContext('adc-missing');
 */
export async function sandboxContext(
	scenario: string | Scenario,
	input: Omit<TestContextInput, 'env'> & {env?: Record<string, string | undefined>} = {},
): Promise<TestContext & {emulator: Emulator; sandbox: {env: NodeJS.ProcessEnv; home: string; configDir: string}}> {
	const emulator = await emulatorFor(scenario);
	// Loaded lazily so that files which only need makeTestContext don't depend on the sandbox.
	const {createSandboxEnvironment} = await import('../../source/sandbox/environment.js');
	const sandbox = await createSandboxEnvironment(emulator);
	onTestFinished(() => sandbox.cleanup());
	const env: NodeJS.ProcessEnv = {...sandbox.env};
	for (const [name, value] of Object.entries(input.env ?? {})) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	return {...makeTestContext({...input, env, cwd: input.cwd ?? sandbox.home}), emulator, sandbox: {...sandbox, env}};
}
