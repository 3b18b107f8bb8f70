import type {AuthClient} from 'google-auth-library';
import {GoogleApiError, toProblem, type Problem} from '../google/errors.js';
import {batchEnable, enableOne, pollOperation, type Operation} from '../google/service-usage.js';
import type {Context} from './context.js';

/** Names people know the services by. */
const TITLES: Record<string, string> = {
	'aiplatform.googleapis.com': 'Vertex AI API',
	'generativelanguage.googleapis.com': 'Generative Language API',
};
export const apiLabel = (id: string) => (TITLES[id] ? `${TITLES[id]} (${id})` : id);

/**
 * Enables `ids` in one batch, with a spinner per API. batchEnable is all-or-nothing, so when it
 * fails each API is tried alone and reported on its own. Returns the problem of each API that
 * could not be enabled.
 */
export async function enableApis(ctx: Context, auth: AuthClient, project: string, ids: string[]): Promise<Map<string, Problem>> {
	const failures = new Map<string, Problem>();
	for (const id of ids) ctx.progress({key: id, label: apiLabel(id), state: 'running', note: 'enabling'});
	try {
		await finish(ctx, auth, await batchEnable(auth, ctx.endpoints, project, ids, ctx.signal));
		for (const id of ids) ctx.progress({key: id, label: apiLabel(id), state: 'done', note: 'enabled'});
		return failures;
	} catch (error) {
		if (!(error instanceof GoogleApiError)) throw error;
		if (ids.length === 1) {
			failures.set(ids[0]!, error.problem);
			ctx.progress({key: ids[0]!, label: apiLabel(ids[0]!), state: 'failed', note: error.problem.message});
			return failures;
		}
	}
	for (const id of ids) {
		try {
			await finish(ctx, auth, await enableOne(auth, ctx.endpoints, project, id, ctx.signal));
			ctx.progress({key: id, label: apiLabel(id), state: 'done', note: 'enabled'});
		} catch (error) {
			if (!(error instanceof GoogleApiError)) throw error;
			failures.set(id, toProblem(error));
			ctx.progress({key: id, label: apiLabel(id), state: 'failed', note: error.problem.message});
		}
	}
	return failures;
}

function finish(ctx: Context, auth: AuthClient, op: Operation): Promise<Operation> {
	return pollOperation(auth, ctx.endpoints, op, {sleep: (ms) => ctx.sleep(ms), signal: ctx.signal, now: () => ctx.now()});
}
