import {canonicalFromHttp} from './status-codes.js';

/**
 * Every failure from Google, whatever client raised it, becomes one typed `Problem`.
 * Steps decide on `status` / `reason` / `violations`, never on the shape of a library's error.
 */
export interface Violation {
	type: string;
	subject?: string;
	description?: string;
}

export interface Problem {
	/** HTTP status, when the failure came over HTTP (or was mapped from a canonical code). */
	httpStatus?: number;
	/** Canonical code name: PERMISSION_DENIED, ABORTED, FAILED_PRECONDITION… */
	status?: string;
	/** `ErrorInfo.reason` (SERVICE_DISABLED, IAM_PERMISSION_DENIED…) or the OAuth `error` (invalid_grant). */
	reason?: string;
	domain?: string;
	message: string;
	/** `ErrorInfo.metadata`: permission, resource, service, consumer, activationUrl… */
	metadata: Record<string, string>;
	/** `PreconditionFailure.violations`: billing-enabled, org-policy constraints. */
	violations: Violation[];
	/** Network failures: ECONNREFUSED, ENOTFOUND, ETIMEDOUT… */
	code?: string;
	/** The original error or body, for --debug only. */
	raw: unknown;
}

/** Thrown by the adapters so callers catch one type that already carries the Problem. */
export class GoogleApiError extends Error {
	constructor(readonly problem: Problem) {
		super(problem.message);
		this.name = 'GoogleApiError';
	}
}

/** Runs one API call and rethrows any failure as a GoogleApiError. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (error) {
		throw error instanceof GoogleApiError ? error : new GoogleApiError(toProblem(error));
	}
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * GaxiosError (googleapis, AuthClient.request, token refresh), @google/genai's ApiError
 * (the body as a JSON string in `message`), a plain Error, or a string → Problem.
 */
export function toProblem(error: unknown): Problem {
	if (error instanceof GoogleApiError) return error.problem;
	if (typeof error === 'string') return {message: error, metadata: {}, violations: [], raw: error};
	const e = isObject(error) ? error : {};
	const response = isObject(e['response']) ? e['response'] : undefined;
	const httpStatus = typeof response?.['status'] === 'number' ? response['status'] : typeof e['status'] === 'number' ? e['status'] : undefined;
	const body = bodyOf(response?.['data']) ?? bodyOf(parseJson(e['message']));
	if (body) return fromBody(body, httpStatus, error);
	// gaxios merges the rpc Status into `cause` too; use it when the body is gone.
	if (isObject(e['cause']) && (Array.isArray(e['cause']['details']) || str(e['cause']['status']))) {
		return fromBody({error: e['cause']}, httpStatus, error);
	}
	const message = str(e['message']) ?? String(error);
	const code = typeof e['code'] === 'string' ? e['code'] : undefined;
	return {httpStatus, status: httpStatus ? canonicalFromHttp(httpStatus) : undefined, message, metadata: {}, violations: [], code, raw: error};
}

/** Streaming answers wrap the error in an array: `[{"error": {...}}]`. */
function bodyOf(data: unknown): Json | undefined {
	const first = Array.isArray(data) ? data[0] : data;
	return isObject(first) && first['error'] !== undefined ? first : undefined;
}

function parseJson(text: unknown): unknown {
	if (typeof text !== 'string' || !/^\s*[[{]/.test(text)) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function fromBody(body: Json, httpStatus: number | undefined, raw: unknown): Problem {
	const err = body['error'];
	if (typeof err === 'string') {
		// OAuth token endpoint (RFC 6749): {"error": "invalid_grant", "error_description": "..."}
		const description = str(body['error_description']);
		const subtype = str(body['error_subtype']);
		return {
			httpStatus,
			status: httpStatus ? canonicalFromHttp(httpStatus) : undefined,
			reason: err,
			message: description ? `${err}: ${description}` : err,
			metadata: subtype ? {error_subtype: subtype} : {},
			violations: [],
			raw,
		};
	}
	const status = isObject(err) ? err : {};
	const problem: Problem = {
		httpStatus: httpStatus ?? (typeof status['code'] === 'number' && status['code'] >= 100 ? status['code'] : undefined),
		status: str(status['status']),
		message: cleanMessage(str(status['message']) ?? 'The request failed'),
		metadata: {},
		violations: [],
		raw,
	};
	problem.status ??= problem.httpStatus ? canonicalFromHttp(problem.httpStatus) : undefined;
	for (const detail of Array.isArray(status['details']) ? status['details'] : []) {
		if (!isObject(detail)) continue;
		const type = String(detail['@type'] ?? '');
		if (type.endsWith('google.rpc.ErrorInfo')) {
			problem.reason = str(detail['reason']);
			problem.domain = str(detail['domain']);
			if (isObject(detail['metadata'])) {
				for (const [k, v] of Object.entries(detail['metadata'])) if (typeof v === 'string') problem.metadata[k] = v;
			}
		} else if (type.endsWith('google.rpc.PreconditionFailure') && Array.isArray(detail['violations'])) {
			for (const v of detail['violations']) {
				if (isObject(v) && str(v['type'])) problem.violations.push({type: String(v['type']), subject: str(v['subject']), description: str(v['description'])});
			}
		}
	}
	return problem;
}

/** "…\nHelp Token: ARD_…" is an opaque support token: noise on a terminal. */
function cleanMessage(message: string): string {
	return message.replace(/\s*Help Token: \S+\s*$/, '').trim();
}
