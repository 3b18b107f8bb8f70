import {execa} from 'execa';
import {onTestFinished} from 'vitest';
import type {Scenario} from '../../../source/sandbox/scenario.js';
import {createSandboxEnvironment, type SandboxEnvironment} from '../../../source/sandbox/environment.js';
import {emulatorFor, type Emulator} from '../../helpers/emulator.js';
import {hermeticEnv} from '../../helpers/env.js';

export interface Run {
	stdout: string;
	stderr: string;
	exitCode: number;
}

export interface StandIn {
	emulator: Emulator;
	sandbox: SandboxEnvironment;
	env: NodeJS.ProcessEnv;
	/** Runs the built stand-in through the sandbox's `gcloud` wrapper, found on the sandbox PATH. */
	gcloud(args: string[], opts?: {env?: Record<string, string | undefined>; input?: string}): Promise<Run>;
}

/**
 * An emulator for `scenario`, a sandbox machine for it, and a way to run `gcloud` there; all of it
 * is torn down when the test ends. Needs the build (`npx tsc -p tsconfig.build.json`).
 */
export async function standIn(scenario: string | Scenario = 'healthy'): Promise<StandIn> {
	const emulator = await emulatorFor(scenario);
	const base = hermeticEnv();
	onTestFinished(base.cleanup);
	const sandbox = await createSandboxEnvironment(emulator);
	onTestFinished(sandbox.cleanup);
	const env = {...base.env, ...sandbox.env};
	return {
		emulator,
		sandbox,
		env,
		async gcloud(args, opts = {}) {
			const childEnv: NodeJS.ProcessEnv = {...env};
			for (const [name, value] of Object.entries(opts.env ?? {})) {
				if (value === undefined) delete childEnv[name];
				else childEnv[name] = value;
			}
			const result = await execa('gcloud', args, {
				env: childEnv,
				extendEnv: false,
				reject: false,
				stripFinalNewline: false,
				timeout: 15_000,
				...(opts.input === undefined ? {stdin: 'ignore' as const} : {input: opts.input}),
			});
			return {stdout: String(result.stdout), stderr: String(result.stderr), exitCode: result.exitCode ?? -1};
		},
	};
}

/** The ADC / config files' permission bits. */
export function modeOf(stat: {mode: number}): number {
	return stat.mode & 0o777;
}
