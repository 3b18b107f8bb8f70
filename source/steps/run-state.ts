import type {Context} from './context.js';

/**
 * State a step keeps between its check, fixes and apply within one run (what apply learned,
 * a list fetched once). Keyed by the run's Context, so runs and tests never share it.
 *
 *   const state = perRun(() => ({failure: undefined as Problem | undefined}));
 *   state(ctx).failure = problem;
 */
export function perRun<T extends object>(init: () => T): (ctx: Context) => T {
	const states = new WeakMap<Context, T>();
	return (ctx) => {
		let state = states.get(ctx);
		if (!state) states.set(ctx, (state = init()));
		return state;
	};
}
