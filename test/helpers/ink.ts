import {cleanup, render} from 'ink-testing-library';
import {createElement, Fragment, type ReactElement} from 'react';
import {stripVTControlCharacters} from 'node:util';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {afterEach} from 'vitest';
import {ThemeProvider} from '../../source/ui/theme-context.js';
import {themeFor} from '../../source/ui/theme.js';

/** What a terminal sends for each key (Backspace sends DEL, as most terminals do). */
export const KEYS = {
	enter: '\r',
	up: '\u001B[A',
	down: '\u001B[B',
	left: '\u001B[D',
	right: '\u001B[C',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	escape: '\u001B',
	backspace: '\u007F',
	tab: '\t',
	space: ' ',
	ctrlC: '\u0003',
} as const;
export type KeyName = keyof typeof KEYS;

export interface InkOptions {
	/** The environment the theme is built from (default: none, so colours are on). */
	env?: NodeJS.ProcessEnv;
	/** Terminal size; ink-testing-library's default is 100 columns and no known height. */
	columns?: number;
	rows?: number;
}

// Every test file that renders gets its trees unmounted after each test.
afterEach(() => {
	cleanup();
});

/**
 * Renders an Ink element the way the tests need it: spinners frozen (identical frames), the theme
 * chosen by `env`, an optional terminal size, and ANSI-stripped frames.
 */
export function renderInk(element: ReactElement, options: InkOptions = {}) {
	const theme = {...themeFor(options.env ?? {}), animate: false};
	const wrap = (child: ReactElement) => createElement(ThemeProvider, {theme, children: child});
	const sized = options.columns !== undefined || options.rows !== undefined;
	// The size must be in place before the first real render, so a sized run starts from an empty tree.
	const ink = render(sized ? createElement(Fragment) : wrap(element));
	if (options.columns !== undefined) Object.defineProperty(ink.stdout, 'columns', {value: options.columns});
	if (options.rows !== undefined) Object.defineProperty(ink.stdout, 'rows', {value: options.rows});
	const firstFrame = sized ? ink.frames.length : 0;
	if (sized) ink.rerender(wrap(element));

	/** The last frame as written, with escape codes. Ink writes a bare newline on unmount in CI: skipped. */
	const rawFrame = (): string => {
		for (let index = ink.frames.length - 1; index >= firstFrame; index--) {
			const frame = ink.frames[index]!;
			if (frame !== '\n') return frame;
		}
		return '';
	};
	// Static output ends in a newline when nothing is live below it; a person sees no difference.
	const frame = () => stripVTControlCharacters(rawFrame()).replace(/\n+$/, '');

	/** Polls until `predicate` holds for the current frame; fails showing the last frame. */
	const waitForFrame = async (predicate: (frame: string) => boolean, {timeout = 3000} = {}): Promise<string> => {
		const deadline = Date.now() + timeout;
		for (;;) {
			const current = frame();
			if (predicate(current)) return current;
			if (Date.now() > deadline) throw new Error(`No matching frame within ${timeout} ms. Last frame:\n${current}`);
			await new Promise(resolve => setTimeout(resolve, 5));
		}
	};

	/** Waits until some component reads input (useInput attaches in an effect, after the frame). */
	const reading = async () => {
		const deadline = Date.now() + 1500;
		while (ink.stdin.listenerCount('readable') === 0) {
			if (Date.now() > deadline) throw new Error('Nothing on screen is reading keys');
			await nextTurn();
		}
	};

	/** Presses keys one after another, like a person: named keys (`enter`, `down`, `ctrlC`…) or text. */
	const press = async (...keys: Array<KeyName | (string & {})>) => {
		for (const key of keys) {
			await reading();
			await nextTurn();
			ink.stdin.write(Object.hasOwn(KEYS, key) ? KEYS[key as KeyName] : key);
			// Ink flushes a lone Esc on the next turn; React renders the result on the turn after.
			await nextTurn();
			await nextTurn();
		}
	};

	return {
		frame,
		rawFrame,
		/** Every real frame so far, stripped. */
		frames: () => ink.frames.slice(firstFrame).filter(f => f !== '\n').map(f => stripVTControlCharacters(f)),
		waitForFrame,
		press,
		rerender: (next: ReactElement) => ink.rerender(wrap(next)),
		unmount: () => ink.unmount(),
		stdin: ink.stdin,
		stdout: ink.stdout,
	};
}
