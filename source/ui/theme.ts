import type {Status} from '../steps/types.js';

/**
 * The one place colours and icons are chosen. Components ask for a meaning (success, warning…),
 * never for a colour, so NO_COLOR turns every colour off in one place.
 */
export interface Theme {
	/** Ink colour names, or undefined when colour is off (Ink then writes no colour codes). */
	success?: string;
	warning?: string;
	error?: string;
	muted?: string;
	accent?: string;
	/** Bold and dim are escape codes too; NO_COLOR users get none. */
	emphasis: boolean;
	/** Spinners move; off when the output must be stable (tests, screen recordings). */
	animate: boolean;
}

export const ICONS: Record<Status, string> = {ok: '✔', warn: '⚠', fail: '✖', blocked: '○', skipped: '–'};

/** https://no-color.org: present and non-empty turns colour off; FORCE_COLOR=0 does too. */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
	return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
}

export function themeFor(env: NodeJS.ProcessEnv, options: {animate?: boolean} = {}): Theme {
	const animate = options.animate ?? true;
	if (!colorEnabled(env)) return {emphasis: false, animate};
	return {success: 'green', warning: 'yellow', error: 'red', muted: 'gray', accent: 'cyan', emphasis: true, animate};
}

/** Icon and colour for a step's status: ✔ green, ⚠ yellow, ✖ red, ○ and – gray. */
export function statusStyle(theme: Theme, status: Status): {icon: string; color?: string} {
	const color = {ok: theme.success, warn: theme.warning, fail: theme.error, blocked: theme.muted, skipped: theme.muted}[
		status
	];
	return {icon: ICONS[status], color};
}
