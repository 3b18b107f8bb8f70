import {execa} from 'execa';

/**
 * The product's one way to start a child process (gcloud, git). Arguments are always an array,
 * never a shell string; the environment is passed whole; stdin is closed, so a child that
 * prompts fails instead of waiting forever.
 */
export interface ChildResult {
	stdout: string;
	stderr: string;
	exitCode: number;
	/** Set when the child could not start at all, e.g. ENOENT. */
	spawnError?: string;
	timedOut: boolean;
	/** Stopped by the run's signal (Ctrl-C). */
	aborted: boolean;
}

const GROUPS = process.platform !== 'win32';

export async function runChild(
	file: string,
	args: string[],
	options: {env: NodeJS.ProcessEnv; timeoutMs: number; signal?: AbortSignal; cwd?: string},
): Promise<ChildResult> {
	const {signal, timeoutMs} = options;
	// gcloud is a shell script that starts Python: killing only the script would leave Python
	// holding the output pipes open. A process group of its own lets us stop both.
	const child = execa(file, args, {
		env: options.env,
		extendEnv: false,
		cwd: options.cwd,
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
	return {
		stdout: String(result.stdout ?? ''),
		stderr: String(result.stderr ?? ''),
		exitCode: result.exitCode ?? 1,
		spawnError: result.code,
		timedOut: timedOut || Boolean(result.timedOut),
		aborted: Boolean(signal?.aborted),
	};
}

/** A child that owns the terminal (gcloud auth login): inherited stdio, ended by the signal. */
export async function runChildInteractive(file: string, args: string[], options: {env: NodeJS.ProcessEnv; signal?: AbortSignal}): Promise<{exitCode: number; spawnError?: string}> {
	const result = await execa(file, args, {env: options.env, extendEnv: false, stdio: 'inherit', reject: false, cancelSignal: options.signal});
	return {exitCode: result.exitCode ?? 1, spawnError: result.code};
}

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
