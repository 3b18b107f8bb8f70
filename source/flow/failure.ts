import {explain} from '../explain/index.js';
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
		return {status: 'fail', summary: firstLine(text), detail: diagnosis.why, fix: diagnosis.steps.join(' '), commands: diagnosis.commands};
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
