import {explain} from '../explain/index.js';
import {GoogleApiError, toProblem} from '../google/errors.js';
import type {Context} from '../steps/context.js';
import type {Finding} from '../steps/types.js';

/**
 * A step threw instead of returning a finding. People see the diagnosis of the error (cause and
 * fix with their values), never a stack trace.
 *
 *   findingFromError(new Error('invalid_grant: reauth related error (invalid_rapt)'), ctx)
 *   → {status: 'fail', summary: 'Your Google session has expired…', fix: 'gcloud auth login', …}
 */
export function findingFromError(error: unknown, ctx: Pick<Context, 'facts'>): Finding {
	const text = errorText(error);
	const member = ctx.facts.principal;
	const diagnosis = explain(text, {project: ctx.facts.project?.projectId, region: ctx.facts.region, member});
	if (diagnosis.category === 'other') {
		// Nothing known fits: Google's own words are the most useful line. The knowledge base's
		// generic advice ("run vertex-setup doctor") would point back at this very run.
		const problem = toProblem(error);
		const codes = [problem.httpStatus, problem.status, problem.reason].filter((c) => c !== undefined && c !== '').join(' ');
		return {status: 'fail', summary: firstLine(problem.message.trim() || text), detail: codes ? `Google answered ${codes}.` : undefined};
	}
	return {
		status: 'fail',
		summary: diagnosis.summary,
		detail: diagnosis.why,
		fix: diagnosis.steps.join(' '),
		commands: diagnosis.commands,
	};
}

/** The most informative text of an error: Google's JSON body when there is one, else the message. */
export function errorText(error: unknown): string {
	// The adapters' error keeps only the message; the body it came from names the reason too.
	if (error instanceof GoogleApiError && error.problem.raw !== undefined && error.problem.raw !== error) {
		const raw = errorText(error.problem.raw);
		if (raw.trim()) return raw;
	}
	if (error && typeof error === 'object') {
		const e = error as {message?: unknown; response?: {data?: unknown}};
		const body = e.response?.data;
		if (body && typeof body === 'object') return JSON.stringify(body);
		if (typeof body === 'string' && body) return body;
		if (typeof e.message === 'string') return e.message;
	}
	return String(error);
}

function firstLine(text: string): string {
	const line = text.split('\n', 1)[0] ?? text;
	return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}
