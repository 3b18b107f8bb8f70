import {createEventBus, type EventBus} from '../flow/bus.js';
import {createContext} from '../flow/context.js';
import {identities} from '../flow/identities.js';
import {exitCodeFor} from '../flow/outcome.js';
import {findProfile, ProfileError} from '../flow/profile.js';
import {Cancelled, interactivePrompter, NeedsAnswer, unattendedPrompter} from '../flow/prompts.js';
import {runSteps, type RunResult} from '../flow/runner.js';
import {endpointsFromEnv} from '../google/endpoints.js';
import {commandRecorder, jsonReport} from '../report/json.js';
import {inStepOrder} from '../report/ordered.js';
import {plainRenderer} from '../report/plain.js';
import type {Context} from '../steps/context.js';
import {steps} from '../steps/index.js';
import {UsageError, type Cli} from './args.js';
import {afterSteps, finishSetup} from './finish.js';
import {profileLine} from './profile-line.js';

/** The wizard, repair (`--yes`), `doctor` and `--dry-run`: one runner, different drivers. */
export async function runSetup(cli: Cli): Promise<number> {
	// Loaded only when asked for: the emulator is no part of a normal run.
	const sandbox = cli.sandbox === undefined ? undefined : await (await import('./sandbox-session.js')).enterSandbox(cli.sandbox);
	try {
		return await drive(await withProfile(cli));
	} finally {
		await sandbox?.close();
	}
}

async function drive(cli: Cli): Promise<number> {
	const diagnoseOnly = cli.mode === 'doctor' || cli.mode === 'init-profile' || cli.dryRun;
	const interactive = !diagnoseOnly && !cli.options.yes && !cli.json && !cli.plain && isTerminal() && !process.env.CI;
	const controller = new AbortController();
	const bus = createEventBus();
	const recorder = commandRecorder();
	bus.subscribe(recorder.listener);
	const onSignal = () => controller.abort();
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);

	const ink = interactive ? (await import('./ink-screens.js')).mountApp(bus, onSignal) : undefined;
	// Piped output: plain lines; with --json or --dry-run, stdout is reserved for the result.
	if (!interactive) {
		const plain = plainRenderer((line) => (cli.json || cli.dryRun ? process.stderr : process.stdout).write(`${line}\n`));
		bus.subscribe(diagnoseOnly ? inStepOrder(steps.map((s) => s.id), plain) : plain);
	}

	const ctx: Context = createContext({
		endpoints: endpointsFromEnv(process.env),
		env: process.env,
		cwd: process.cwd(),
		options: cli.options,
		ask: interactive ? interactivePrompter(bus.emit, controller.signal) : unattendedPrompter(cli.options),
		// The runner gives each step its own progress and command reporting (tagged with its id).
		progress: () => undefined,
		ran: () => undefined,
		signal: controller.signal,
		handOff: (run) => handOff(bus, run),
		prefetchReads: diagnoseOnly,
	});
	const startedAt = new Date();
	let result: RunResult;
	let envPath: string | undefined;
	try {
		result = await runSteps(steps, ctx, bus.emit, {fix: !diagnoseOnly, concurrent: diagnoseOnly, plan: cli.dryRun});
		envPath = await afterSteps(cli, ctx, result, exitCodeFor(result)).catch((error: unknown) => {
			if (!(error instanceof Cancelled) && !(error instanceof NeedsAnswer)) {
				process.stderr.write(`vertex-setup: could not write the .env file: ${(error as Error).message}\n`);
			}
			return undefined;
		});
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		ink?.unmount();
		await ink?.waitUntilExit();
	}
	const exitCode = exitCodeFor(result);
	if (cli.json) {
		const report = jsonReport({
			mode: cli.dryRun ? 'dry-run' : diagnoseOnly ? 'doctor' : 'repair',
			startedAt,
			finishedAt: new Date(),
			result,
			facts: ctx.facts,
			identities: identities(ctx.facts, process.env),
			commandsRun: recorder.byStep,
			exitCode,
		});
		process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
		return exitCode;
	}
	return finishSetup({cli, ctx, result, exitCode, interactive, envPath, commandsRun: [...recorder.byStep.values()].flat()});
}

/** A child process takes the terminal: the Ink app steps aside until it is done. */
async function handOff(bus: EventBus, run: () => Promise<number>): Promise<number> {
	bus.emit({type: 'handoff', active: true});
	try {
		return await run();
	} finally {
		// Ink erases its last (empty) live line when it resumes: give it a blank one to take,
		// so the child's last line of output stays on screen.
		process.stdout.write('\n');
		bus.emit({type: 'handoff', active: false});
	}
}

/** Flags win; a team profile fills in what they leave open, and says so. */
async function withProfile(cli: Cli): Promise<Cli> {
	let loaded;
	try {
		loaded = await findProfile(process.cwd());
	} catch (error) {
		if (error instanceof ProfileError) throw new UsageError(error.message);
		throw error;
	}
	if (!loaded) return cli;
	const {profile, path} = loaded;
	// Said before anything else runs, so it stands above the steps on a terminal too. stderr:
	// stdout may be reserved for --json or a --dry-run plan.
	process.stderr.write(`${profileLine(path, profile, cli.options)}\n`);
	const o = cli.options;
	return {
		...cli,
		options: {
			...o,
			project: o.project ?? profile.project,
			region: o.region ?? profile.region,
			model: o.model ?? profile.model,
			apis: o.apis ?? profile.apis,
			roles: profile.roles,
			principalKind: profile.principalKind,
		},
	};
}

function isTerminal(): boolean {
	return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}
