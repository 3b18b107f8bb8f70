import type {Endpoints} from './endpoints.js';
import {runChild, runChildInteractive} from './process.js';
import {findExecutable} from './which.js';
import {formatCommand} from './shell-quote.js';

export {formatCommand} from './shell-quote.js';

/** Result of a finished gcloud child process. A non-zero exit is data here, not an exception. */
export interface GcloudResult {
	stdout: string;
	stderr: string;
	exitCode: number;
}

/**
 * The one way the product starts gcloud. Arguments are always an array, never a shell string.
 */
export interface Gcloud {
	/** The executable in use, or null when gcloud is not installed. */
	readonly executable: string | null;
	run(args: string[], options?: {timeoutMs?: number}): Promise<GcloudResult>;
	/** Gives the child the real terminal (gcloud auth login); resolves with its exit code. */
	interactive(args: string[]): Promise<number>;
}

/** gcloud is not installed (or the configured path does not exist). */
export class GcloudMissing extends Error {
	override readonly name = 'GcloudMissing';
	constructor(readonly executable: string | null) {
		super(executable ? `gcloud was not found at ${executable}` : 'gcloud is not installed');
	}
}

/** A gcloud command ran past its time limit and was stopped. */
export class GcloudTimeout extends Error {
	override readonly name = 'GcloudTimeout';
	constructor(readonly command: string, readonly timeoutMs: number) {
		super(`\`${command}\` did not finish within ${Number((timeoutMs / 1000).toFixed(1))}s and was stopped`);
	}
}

/** Wraps a child that takes the terminal, so the renderer can step aside while it runs. */
export type HandOff = (run: () => Promise<number>) => Promise<number>;

function abortReason(signal: AbortSignal): Error {
	return signal.reason instanceof Error ? signal.reason : new Error('Cancelled');
}

// Long enough for a slow `services enable`, short enough that a wedged child is noticed.
export const DEFAULT_TIMEOUT_MS = 120_000;

export function createGcloud(endpoints: Endpoints, env: NodeJS.ProcessEnv, handOff?: HandOff, signal?: AbortSignal): Gcloud {
	const executable = endpoints.gcloud === null ? null : findExecutable(endpoints.gcloud, env);
	const missing = () => new GcloudMissing(endpoints.gcloud);
	// A prompt in a non-interactive child would wait forever on stdin; gcloud must answer or fail.
	const quietEnv = {...env, CLOUDSDK_CORE_DISABLE_PROMPTS: '1'};
	return {
		executable,
		async run(args, options = {}) {
			if (!executable) throw missing();
			const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
			if (signal?.aborted) throw abortReason(signal);
			const result = await runChild(executable, args, {env: quietEnv, timeoutMs, signal});
			if (result.spawnError === 'ENOENT') throw missing();
			if (result.timedOut) throw new GcloudTimeout(formatCommand(['gcloud', ...args]), timeoutMs);
			if (result.aborted && signal) throw abortReason(signal);
			return {stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode};
		},
		async interactive(args) {
			if (!executable) throw missing();
			const start = async () => {
				const result = await runChildInteractive(executable, args, {env, signal});
				if (result.spawnError === 'ENOENT') throw missing();
				return result.exitCode;
			};
			return handOff ? handOff(start) : start();
		},
	};
}
