import type {GenerateResult} from '../google/vertex.js';
import {deniedPermission, disabledService, isPermissionDenied, isServiceDisabled} from '../google/problems.js';
import type {Context} from './context.js';
import {adcMember} from './iam-principal.js';

export interface SmokeTiming {
	/** A 403 this soon after an enable or a grant is Google still catching up. */
	recentMs: number;
	/** Stop waiting this long after the first such 403. */
	maxWaitMs: number;
	/** Longest time between attempts, counted down on screen. */
	retryEveryMs: number;
	/** The first retry comes this soon; each next one waits twice as long, up to retryEveryMs. */
	firstRetryMs?: number;
	/** How often the countdown is redrawn. */
	tickMs: number;
}

// Propagation usually takes seconds to a couple of minutes: retry soon, then back off to 15 s.
export const DEFAULT_TIMING: SmokeTiming = {recentMs: 15 * 60_000, maxWaitMs: 4 * 60_000, retryEveryMs: 15_000, firstRetryMs: 2_000, tickMs: 1000};

const KEY = 'propagation';

/**
 * The 403s that an enable or a grant fixes once Google has propagated it. A denial only counts
 * when the role went to the identity the call runs as (ADC): waiting for someone else's grant
 * would be minutes for nothing.
 */
export function isPropagationDenial(result: GenerateResult, ctx: Context): boolean {
	if (result.ok) return false;
	const p = result.problem;
	if (isServiceDisabled(p)) return disabledService(p) === 'aiplatform.googleapis.com' || disabledService(p) === undefined;
	const predict = isPermissionDenied(p) && (p.reason === 'IAM_PERMISSION_DENIED' || deniedPermission(p) === 'aiplatform.endpoints.predict');
	const granted = ctx.facts.principal?.toLowerCase();
	return predict && (granted === undefined || granted === adcMember(ctx)?.toLowerCase());
}

/**
 * Calls `attempt` and, while it answers a propagation 403 soon after a change, waits with a
 * visible countdown and tries again, up to `maxWaitMs`. Returns the last result and how long it waited.
 */
export async function withPropagationWait(
	ctx: Context,
	timing: SmokeTiming,
	attempt: () => Promise<GenerateResult>,
): Promise<{result: GenerateResult; waitedMs: number}> {
	let result = await attempt();
	const changedAt = ctx.facts.changedAt;
	if (!isPropagationDenial(result, ctx) || changedAt === undefined || ctx.now() - changedAt > timing.recentMs) return {result, waitedMs: 0};
	const started = ctx.now();
	const label = 'Waiting for Google to apply the recent change';
	let delay = Math.min(timing.firstRetryMs ?? timing.retryEveryMs, timing.retryEveryMs);
	while (isPropagationDenial(result, ctx) && ctx.now() - started < timing.maxWaitMs) {
		const wait = delay;
		delay = Math.min(delay * 2, timing.retryEveryMs);
		for (let left = wait; left > 0; left -= timing.tickMs) {
			ctx.progress({key: KEY, label, state: 'waiting', note: `retrying in ${Math.ceil(left / 1000)}s`});
			await ctx.sleep(Math.min(timing.tickMs, left));
		}
		ctx.progress({key: KEY, label, state: 'running', note: 'retrying now'});
		result = await attempt();
	}
	const waitedMs = ctx.now() - started;
	ctx.progress({key: KEY, label, state: result.ok || !isPropagationDenial(result, ctx) ? 'done' : 'failed', note: `waited ${Math.round(waitedMs / 1000)}s`});
	return {result, waitedMs};
}
