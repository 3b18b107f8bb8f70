import {afterAll, afterEach, beforeAll, beforeEach, onTestFinished} from 'vitest';
import {type Emulator, type StartOptions, startEmulator} from '../../source/sandbox/emulator/index.js';

export type {Emulator} from '../../source/sandbox/emulator/index.js';

/**
 * Starts an emulator for the current test and closes it when the test ends.
 *
 *   const emulator = await emulatorFor('api-disabled');
 */
export async function emulatorFor(scenario: StartOptions['scenario'] = 'healthy', opts: Omit<StartOptions, 'scenario'> = {}): Promise<Emulator> {
	const emulator = await startEmulator({...opts, scenario});
	onTestFinished(() => emulator.close());
	return emulator;
}

/**
 * A fresh emulator for every test in the enclosing describe block (so no test sees another's
 * changes). Read it through the returned getter inside tests.
 *
 *   const emu = useEmulator('healthy');
 *   it('lists', async () => { const e = emu(); … });
 */
export function useEmulator(scenario: StartOptions['scenario'] = 'healthy', opts: Omit<StartOptions, 'scenario'> = {}): () => Emulator {
	let current: Emulator | undefined;
	beforeEach(async () => {
		current = await startEmulator({...opts, scenario});
	});
	afterEach(async () => {
		await current?.close();
		current = undefined;
	});
	return () => {
		if (!current) throw new Error('useEmulator(): the emulator only exists inside a test');
		return current;
	};
}

/**
 * One emulator shared by every test in the enclosing describe block: for read-only tests
 * (cheaper with big scenarios such as many-projects). Tests that change state use `useEmulator`.
 */
export function useSharedEmulator(scenario: StartOptions['scenario'] = 'healthy', opts: Omit<StartOptions, 'scenario'> = {}): () => Emulator {
	let current: Emulator | undefined;
	beforeAll(async () => {
		current = await startEmulator({...opts, scenario});
	});
	afterAll(async () => {
		await current?.close();
		current = undefined;
	});
	return () => {
		if (!current) throw new Error('useSharedEmulator(): the emulator only exists inside a test');
		return current;
	};
}

/** A controllable clock for propagation and expiry tests: `clock.advance(ms)` moves time on. */
export function fakeClock(start = Date.parse('2026-11-26T12:00:00Z')): {now: () => number; advance(ms: number): void} {
	let t = start;
	return {
		now: () => t,
		advance(ms) {
			t += ms;
		},
	};
}
