import type {serviceusage_v1} from '@googleapis/serviceusage';
import type {AuthClient} from 'google-auth-library';
import {at, serviceUsageV1} from './clients.js';
import type {Endpoints} from './endpoints.js';
import {call, GoogleApiError} from './errors.js';
import {operationProblem} from './operation-error.js';
import {projectId, serviceName} from './ids.js';
import {valid} from './validate.js';

export type Operation = serviceusage_v1.Schema$Operation;

/** Google's sentinel for "already enabled": done at once, and GET on it fails. */
export const NOOP_OPERATION = 'operations/noop.DONE_OPERATION';
/** services:batchEnable refuses more than 20 ids (and changes nothing). */
export const BATCH_LIMIT = 20;

/** Names of the services enabled on the project, e.g. ['aiplatform.googleapis.com', …]. */
export async function listEnabled(auth: AuthClient, endpoints: Endpoints, project: string, signal?: AbortSignal): Promise<string[]> {
	const parent = `projects/${valid(projectId, project)}`;
	const su = serviceUsageV1(auth);
	const names: string[] = [];
	let pageToken: string | undefined;
	do {
		const res = await call(() => su.services.list({parent, filter: 'state:ENABLED', pageSize: 200, pageToken}, at(endpoints.serviceUsage, signal)));
		for (const s of res.data.services ?? []) {
			const name = s.config?.name ?? s.name?.split('/').pop();
			if (name) names.push(name);
		}
		pageToken = res.data.nextPageToken || undefined;
	} while (pageToken);
	return names;
}

/** One request for all of `ids` (atomic: if one fails, none is enabled). Returns the operation. */
export async function batchEnable(auth: AuthClient, endpoints: Endpoints, project: string, ids: string[], signal?: AbortSignal): Promise<Operation> {
	const parent = `projects/${valid(projectId, project)}`;
	const serviceIds = ids.map((id) => valid(serviceName, id));
	if (serviceIds.length === 0 || serviceIds.length > BATCH_LIMIT) {
		throw new GoogleApiError({status: 'INVALID_ARGUMENT', message: `batchEnable takes 1 to ${BATCH_LIMIT} services, got ${serviceIds.length}`, metadata: {}, violations: [], raw: ids});
	}
	const res = await call(() => serviceUsageV1(auth).services.batchEnable({parent, requestBody: {serviceIds}}, at(endpoints.serviceUsage, signal)));
	return res.data;
}

export async function enableOne(auth: AuthClient, endpoints: Endpoints, project: string, id: string, signal?: AbortSignal): Promise<Operation> {
	const name = `projects/${valid(projectId, project)}/services/${valid(serviceName, id)}`;
	const res = await call(() => serviceUsageV1(auth).services.enable({name, requestBody: {}}, at(endpoints.serviceUsage, signal)));
	return res.data;
}

export interface PollOptions {
	/** Waits between polls; pass ctx.sleep so tests and Ctrl-C can cut it short. */
	sleep?: (ms: number) => Promise<void>;
	signal?: AbortSignal;
	/** First wait; then ×1.5 each time up to maxDelayMs (gcloud: 2 s ×1.1 to 10 s). */
	initialDelayMs?: number;
	maxDelayMs?: number;
	/** Give up after this long (gcloud waits 30 min; a wizard should say so much sooner). */
	timeoutMs?: number;
	now?: () => number;
}

/**
 * Waits for a Service Usage operation to finish and returns it. A failed operation throws a
 * GoogleApiError built from its `error` (e.g. billing not enabled). Never polls the noop sentinel.
 */
export async function pollOperation(auth: AuthClient, endpoints: Endpoints, op: Operation | string, options: PollOptions = {}): Promise<Operation> {
	const {signal, initialDelayMs = 1000, maxDelayMs = 10_000, timeoutMs = 5 * 60_000, now = Date.now} = options;
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const su = serviceUsageV1(auth);
	const started = now();
	let current: Operation = typeof op === 'string' ? {name: op} : op;
	let delay = initialDelayMs;
	while (!current.done && current.name !== NOOP_OPERATION) {
		if (!current.name?.startsWith('operations/')) throw new GoogleApiError({message: `Unexpected operation name: ${current.name}`, metadata: {}, violations: [], raw: current});
		if (now() - started > timeoutMs) {
			throw new GoogleApiError({status: 'DEADLINE_EXCEEDED', message: `${current.name} did not finish within ${Math.round(timeoutMs / 1000)}s`, metadata: {}, violations: [], raw: current});
		}
		signal?.throwIfAborted();
		await sleep(delay);
		signal?.throwIfAborted();
		delay = Math.min(maxDelayMs, Math.round(delay * 1.5));
		const name = current.name;
		current = (await call(() => su.operations.get({name}, at(endpoints.serviceUsage, signal)))).data;
	}
	if (current.error) throw new GoogleApiError(operationProblem(current.error));
	return current;
}
