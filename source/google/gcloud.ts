import {execa} from 'execa';
import type {Endpoints} from './endpoints.js';
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

const GROUPS = process.platform !== 'win32';

/** SIGTERM to the child's whole process group, SIGKILL if it is still there shortly after. */
function killTree(pid: number | undefined, fallback: (signal?: NodeJS.Signals) => boolean): void {
	const send = (sig: NodeJS.Signals) => {
		try {
			if (GROUPS && pid) process.kill(-pid, sig);
			else fallback(sig);
		} catch {
			// Already gone.
		}
	};
	send('SIGTERM');
	setTimeout(() => send('SIGKILL'), 3000).unref();
}

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
			// gcloud is a shell script that starts Python: killing only the script would leave
			// Python holding the output pipes open. Its own process group lets us stop both.
			const child = execa(executable, args, {
				env: quietEnv,
				extendEnv: false,
				stdin: 'ignore',
				reject: false,
				detached: GROUPS,
				timeout: GROUPS ? undefined : timeoutMs,
				stripFinalNewline: false,
				windowsHide: true,
			});
			let timedOut = false;
			const stop = () => killTree(child.pid, child.kill.bind(child));
			const timer = setTimeout(() => {
				timedOut = true;
				stop();
			}, timeoutMs);
			signal?.addEventListener('abort', stop, {once: true});
			const result = await child.finally(() => {
				clearTimeout(timer);
				signal?.removeEventListener('abort', stop);
			});
			if (result.code === 'ENOENT') throw missing();
			if (timedOut || result.timedOut) throw new GcloudTimeout(formatCommand(['gcloud', ...args]), timeoutMs);
			if (signal?.aborted) throw abortReason(signal);
			return {
				stdout: String(result.stdout ?? ''),
				stderr: String(result.stderr ?? ''),
				exitCode: result.exitCode ?? 1,
			};
		},
		async interactive(args) {
			if (!executable) throw missing();
			const start = async () => {
				const result = await execa(executable, args, {env, extendEnv: false, stdio: 'inherit', reject: false, cancelSignal: signal});
				if (result.code === 'ENOENT') throw missing();
				return result.exitCode ?? 1;
			};
			return handOff ? handOff(start) : start();
		},
	};
}
