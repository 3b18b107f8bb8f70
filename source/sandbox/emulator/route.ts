import type {FaultController} from './faults.js';
import type {Principal} from './permissions.js';
import type {EmulatorState} from './state.js';

/** Everything a route handler may use; handlers are thin calls into plain functions. */
export interface Call {
	state: EmulatorState;
	now: number;
	who: Principal;
	query: URLSearchParams;
	body: Record<string, unknown>;
	faults: FaultController;
	/** `x-goog-user-project`, already checked by the server. */
	quotaProject?: string;
}

export interface Api {
	host: string;
	/** Scopes besides cloud-platform that this API accepts. */
	scopes: string[];
}

export interface Route {
	method: 'GET' | 'POST' | 'PUT';
	pattern: RegExp;
	api: Api;
	/** The RPC name Google puts in error metadata, e.g. `google.iam.admin.v1.IAM.ListServiceAccounts`. */
	rpc: string;
	/** Top-level request fields; anything else is a 400 like Google's JSON parser gives. Undefined: not checked. */
	fields?: string[];
	handle(call: Call, params: string[]): unknown;
}

const AUTH = 'https://www.googleapis.com/auth/';

export const APIS = {
	crm: {host: 'cloudresourcemanager.googleapis.com', scopes: [`${AUTH}cloudplatformprojects`, `${AUTH}cloudplatformprojects.readonly`]},
	serviceUsage: {host: 'serviceusage.googleapis.com', scopes: [`${AUTH}service.management`]},
	billing: {host: 'cloudbilling.googleapis.com', scopes: [`${AUTH}cloud-billing`, `${AUTH}cloud-billing.readonly`]},
	iam: {host: 'iam.googleapis.com', scopes: [`${AUTH}iam`]},
	vertex: {host: 'aiplatform.googleapis.com', scopes: []},
} satisfies Record<string, Api>;

export function route(
	method: Route['method'],
	pattern: RegExp,
	api: Api,
	rpc: string,
	handle: Route['handle'],
	fields?: string[],
): Route {
	return {method, pattern, api, rpc, handle, ...(fields ? {fields} : {})};
}

/** A handler result sent as is (not JSON-encoded), e.g. a server-sent-event stream. */
export class RawBody {
	constructor(
		readonly text: string,
		readonly contentType: string,
	) {}
}

export function str(v: unknown): string | undefined {
	return typeof v === 'string' ? v : undefined;
}
