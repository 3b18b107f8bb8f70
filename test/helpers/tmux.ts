import {execFile} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {promisify} from 'node:util';

const run = promisify(execFile);

export function hasTmux(): Promise<boolean> {
	return run('tmux', ['-V']).then(
		() => true,
		() => false,
	);
}

export interface Terminal {
	/** The visible screen, as a person would see it. */
	screen(): Promise<string>;
	/** tmux key names: 'Enter', 'Escape', 'Down', 'C-c', or literal text. */
	press(...keys: string[]): Promise<void>;
	type(text: string): Promise<void>;
	waitFor(predicate: (screen: string) => boolean, timeoutMs?: number): Promise<string>;
	close(): Promise<void>;
}

/**
 * Runs a command in a real pseudo-terminal (a private tmux server), so Ink sees a TTY with raw
 * mode, exactly as in a person's terminal. The command line ends by printing `[exit N]`.
 */
export async function openTerminal(command: string, env: NodeJS.ProcessEnv, size = {cols: 80, rows: 24}): Promise<Terminal> {
	const socket = `vs-${randomBytes(4).toString('hex')}`;
	const tmux = (...args: string[]) => run('tmux', ['-L', socket, ...args], {env});
	await tmux('new-session', '-d', '-s', 'main', '-x', String(size.cols), '-y', String(size.rows), `${command}; echo "[exit $?]"; sleep 600`);
	const screen = async () => (await tmux('capture-pane', '-p', '-t', 'main')).stdout;
	return {
		screen,
		async press(...keys) {
			for (const key of keys) await tmux('send-keys', '-t', 'main', key);
		},
		async type(text) {
			await tmux('send-keys', '-t', 'main', '-l', text);
		},
		async waitFor(predicate, timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			let last = '';
			while (Date.now() < deadline) {
				last = await screen();
				if (predicate(last)) return last;
				await new Promise((r) => setTimeout(r, 100));
			}
			throw new Error(`Timed out waiting for the terminal. Last screen:\n${last}`);
		},
		async close() {
			await tmux('kill-server').catch(() => undefined);
		},
	};
}
