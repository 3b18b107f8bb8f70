import {formatCommand} from '../google/gcloud.js';
import type {Context} from './context.js';
import type {Fix} from './types.js';

export type LoginKind = 'gcloud' | 'adc';

/**
 * No browser can open here: an SSH session, or Linux with no display server. gcloud then
 * prints a URL to open elsewhere and reads the code back from the terminal.
 */
export function withoutBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
	if (env.SSH_CONNECTION || env.SSH_TTY) return true;
	return platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/** `gcloud auth login` / `gcloud auth application-default login`, with --no-launch-browser when needed. */
export function loginArgs(kind: LoginKind, ctx: Pick<Context, 'env' | 'platform'>): string[] {
	const args = kind === 'gcloud' ? ['auth', 'login'] : ['auth', 'application-default', 'login'];
	return withoutBrowser(ctx.env, ctx.platform) ? [...args, '--no-launch-browser'] : args;
}

export function loginCommand(kind: LoginKind, ctx: Pick<Context, 'env' | 'platform'>): string {
	return formatCommand(['gcloud', ...loginArgs(kind, ctx)]);
}

/** A sign-in needs a person at a browser: --yes reports it rather than running it. */
export function loginFix(kind: LoginKind, ctx: Pick<Context, 'env' | 'platform'>, title?: string): Fix {
	return {
		id: `login.${kind}`,
		title: title ?? (kind === 'gcloud' ? 'Sign in to gcloud' : 'Sign in for Application Default Credentials'),
		commands: [loginCommand(kind, ctx)],
		manual: true,
	};
}

/** Hands the terminal to gcloud's sign-in; a non-zero exit becomes an error a person can read. */
export async function runLogin(kind: LoginKind, ctx: Context): Promise<void> {
	const args = loginArgs(kind, ctx);
	ctx.ran(formatCommand(['gcloud', ...args]));
	const code = await ctx.gcloud.interactive(args);
	if (code !== 0) throw new Error(`\`${formatCommand(['gcloud', ...args])}\` exited with code ${code}; the sign-in did not finish`);
}

/** ~/key.json rather than /home/ana/key.json, for messages. */
export function tildify(file: string, home: string): string {
	if (home && (file === home || file.startsWith(`${home}/`) || file.startsWith(`${home}\\`))) return `~${file.slice(home.length)}`;
	return file;
}
