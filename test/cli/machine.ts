import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {TestContext} from 'vitest';
import {startEmulator, type Emulator} from '../../source/sandbox/emulator/index.js';
import {createSandboxEnvironment, type SandboxEnvironment} from '../../source/sandbox/environment.js';
import type {Scenario} from '../../source/sandbox/scenario.js';
import {scenarios} from '../../source/sandbox/scenarios.js';

export const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
export const MAIN = 'vertex-demo-123';
/**
 * A test's time limit. Concurrent tests start several CLI processes each on two cores, so a test
 * can wait for a CPU most of its life; the limit catches a hang, not slowness.
 */
export const SLOW = 90_000;
export const DEV = 'dev@example.com';

/** Variables through which the real machine's Google setup (or a CI flag) would leak in. */
const LEAKY = /^(GOOGLE_|google_|CLOUDSDK_|GCLOUD_|VERTEX_SETUP_|GEMINI_API_KEY$|CI$)/;

export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** A developer's machine for one test: one emulator that lives across several CLI runs. */
export interface Machine {
	emulator: Emulator;
	sandbox: SandboxEnvironment;
	/** The environment every child gets: a clean copy of this one plus the sandbox's variables. */
	env: NodeJS.ProcessEnv;
	/** The working directory of every run (a temp dir of its own). */
	cwd: string;
	/** `node dist/cli.js ARGS`, stdin closed, with a time limit; in `cwd` unless told otherwise. */
	cli(args: string[], extraEnv?: NodeJS.ProcessEnv, dir?: string): Promise<Run>;
	/** `cli` plus the parsed stdout, which must be one JSON document and nothing else. */
	json(args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<Run & {report: Report}>;
	/** The stand-in gcloud, as the person at the keyboard would run it (a sign-in, say). */
	gcloud(args: string[]): Promise<Run>;
}

/** The parts of the JSON report the tests read (the README documents the whole). */
export interface Report {
	schemaVersion: number;
	mode: string;
	exitCode: number;
	steps: {id: string; status: string; summary: string; detail: string | null; fix: string | null; fix_commands: string[]; commands_run: string[]}[];
	manualSteps: {step: string; title: string; commands: string[]}[];
	stopped: null | {reason: string; flag?: string};
	identities: Record<string, unknown> & {warnings: string[]};
	project: string | null;
	region: string | null;
	model: string | null;
	smokeTest: null | {reply: string; latencyMs: number; region: string; model: string};
}

/**
 * A scenario without Google's propagation delays: a repair's smoke test then passes at once
 * instead of waiting out the 15-second retry (the wait itself is tested with the smoke test step).
 */
export function instant(name: string): Scenario {
	return {...structuredClone(scenarios[name]!), propagationMs: 0, operationMs: 0};
}

/**
 * `t` is the test's own context: with concurrent tests, only its onTestFinished is sure to
 * clean up after this test and not a neighbour.
 *
 *   it.concurrent('…', async (t) => { const m = await machine(t, 'api-disabled'); … });
 */
export async function machine(t: Pick<TestContext, 'onTestFinished'>, scenario: string | Scenario): Promise<Machine> {
	const emulator = await startEmulator({scenario});
	const sandbox = await createSandboxEnvironment(emulator);
	const cwd = mkdtempSync(path.join(os.tmpdir(), 'vertex-setup-cwd-'));
	t.onTestFinished(async () => {
		await emulator.close();
		await sandbox.cleanup();
		rmSync(cwd, {recursive: true, force: true});
	});
	const env: NodeJS.ProcessEnv = {};
	for (const [k, v] of Object.entries(process.env)) if (!LEAKY.test(k)) env[k] = v;
	Object.assign(env, sandbox.env);
	const cli = (args: string[], extraEnv: NodeJS.ProcessEnv = {}, dir = cwd) => run(process.execPath, [CLI, ...args], {...env, ...extraEnv}, dir);
	return {
		emulator,
		sandbox,
		env,
		cwd,
		cli,
		async json(args, extraEnv) {
			const r = await cli(args, extraEnv);
			let report: Report;
			try {
				report = JSON.parse(r.stdout) as Report;
			} catch {
				throw new Error(`stdout is not one JSON document (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
			}
			return {...r, report};
		},
		gcloud: (args) => {
			if (!sandbox.gcloudPath) throw new Error('this scenario has no gcloud');
			return run(sandbox.gcloudPath, args, env, cwd);
		},
	};
}

/** A child with an argument array, stdin closed (so a prompt could never be answered), killed after `timeoutMs`. */
export function run(file: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, timeoutMs = 45_000): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(file, args, {env, cwd, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${path.basename(file)} ${args.join(' ')} did not finish within ${timeoutMs / 1000}s (a prompt or a hang)\n${stdout}\n${stderr}`));
		}, timeoutMs);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({code, stdout, stderr});
		});
	});
}

/** The step of a report, by id. */
export function step(report: Report, id: string) {
	const found = report.steps.find((s) => s.id === id);
	if (!found) throw new Error(`no step ${id} in the report`);
	return found;
}

/** Steps that are not ok, as "id:status", for readable failure messages. */
export function notOk(report: Report): string[] {
	return report.steps.filter((s) => s.status !== 'ok' && s.status !== 'skipped').map((s) => `${s.id}:${s.status}${s.status === 'warn' ? '' : ` (${s.summary})`}`);
}
