import {explain, type Hints} from '../explain/index.js';
import type {Problem} from '../google/errors.js';
import type {Context} from './context.js';
import type {Finding, Status} from './types.js';

/**
 * A failure that has no step-specific wording: the knowledge base names the cause and the fix,
 * with this run's project, region and member filled in.
 *
 *   diagnosed(problem, ctx, 'Gemini call failed')
 *   → {status: 'fail', summary: 'Gemini call failed: The Agent Platform API (aiplatform.googleapis.com) is not enabled…',
 *      fix: 'Enable aiplatform.googleapis.com in project …', commands: ['gcloud services enable …']}
 */
export function diagnosed(problem: Problem, ctx: Pick<Context, 'facts'>, prefix: string, status: Status = 'fail', hints: Hints = {}): Finding {
	const diagnosis = explain(problemText(problem), {
		project: ctx.facts.project?.projectId,
		region: ctx.facts.region,
		member: ctx.facts.principal,
		...hints,
	});
	if (diagnosis.category === 'other') {
		// Nothing known fits: show Google's own words and where they came from, not a guess.
		const code = [problem.status, problem.httpStatus && `HTTP ${problem.httpStatus}`, problem.reason, problem.code].filter(Boolean).join(', ');
		return {status, summary: `${prefix}: ${firstLine(problem.message)}`, detail: code || undefined, fix: 'Run this again in a minute.'};
	}
	return {
		status,
		summary: `${prefix}: ${diagnosis.summary}`,
		detail: diagnosis.why || undefined,
		fix: diagnosis.steps.join(' ') || undefined,
		commands: diagnosis.commands.length > 0 ? diagnosis.commands : undefined,
	};
}

/** Google's whole error body reads best (ErrorInfo, metadata); else the message. */
function problemText(problem: Problem): string {
	const raw = problem.raw as {response?: {data?: unknown}} | undefined;
	const body = raw && typeof raw === 'object' ? raw.response?.data : undefined;
	if (body && typeof body === 'object') return JSON.stringify(body);
	return problem.status && !problem.message.includes(problem.status) ? `${problem.status}: ${problem.message}` : problem.message;
}

function firstLine(text: string): string {
	const line = text.split('\n', 1)[0] ?? text;
	return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}
