import type {RunResult} from './runner.js';

/** 0 all good (warnings allowed), 1 something failing, 2 a question needs a flag, 130 cancelled. */
export function exitCodeFor(result: RunResult): number {
	if (result.stopped?.reason === 'cancelled') return 130;
	if (result.stopped?.reason === 'needs-answer') return 2;
	return result.steps.some((s) => s.finding.status === 'fail' || s.finding.status === 'blocked') ? 1 : 0;
}
