/**
 * Google's error envelope: `{"error": google.rpc.Status}` (AIP-193), plus the v1-style
 * `errors[]` array where the reference shows Google sending one. Plain functions throw
 * `GoogleError`; the HTTP layer turns it into a response.
 */
export class GoogleError extends Error {
	constructor(
		readonly httpStatus: number,
		readonly body: unknown,
		readonly headers: Record<string, string> = {},
	) {
		super(typeof body === 'object' && body && 'error' in body ? JSON.stringify(body) : String(httpStatus));
	}
}

export const CANONICAL: Record<number, string> = {
	400: 'INVALID_ARGUMENT',
	401: 'UNAUTHENTICATED',
	403: 'PERMISSION_DENIED',
	404: 'NOT_FOUND',
	409: 'ABORTED',
	412: 'FAILED_PRECONDITION',
	429: 'RESOURCE_EXHAUSTED',
	499: 'CANCELLED',
	500: 'INTERNAL',
	501: 'UNIMPLEMENTED',
	503: 'UNAVAILABLE',
	504: 'DEADLINE_EXCEEDED',
};

/** Messages Google's front ends use for bare status errors. */
const DEFAULT_MESSAGE: Record<number, string> = {
	400: 'Request contains an invalid argument.',
	401: 'Request had invalid authentication credentials.',
	403: 'The caller does not have permission',
	404: 'Requested entity was not found.',
	409: 'The operation was aborted.',
	429: 'Resource has been exhausted (e.g. check quota).',
	500: 'Internal error encountered.',
	501: 'Operation is not implemented, or supported, or enabled.',
	503: 'The service is currently unavailable.',
	504: 'The request timed out. Please try again.',
};

export interface Detail {
	'@type': string;
	[k: string]: unknown;
}

export function statusBody(code: number, message?: string, details?: Detail[], status?: string): {error: Record<string, unknown>} {
	return {
		error: {
			code,
			message: message ?? DEFAULT_MESSAGE[code] ?? 'Unknown error.',
			status: status ?? CANONICAL[code] ?? 'UNKNOWN',
			...(details && details.length > 0 ? {details} : {}),
		},
	};
}

export function rpcError(code: number, message?: string, details?: Detail[], status?: string): GoogleError {
	return new GoogleError(code, statusBody(code, message, details, status));
}

export const T = {
	errorInfo: 'type.googleapis.com/google.rpc.ErrorInfo',
	localized: 'type.googleapis.com/google.rpc.LocalizedMessage',
	help: 'type.googleapis.com/google.rpc.Help',
	precondition: 'type.googleapis.com/google.rpc.PreconditionFailure',
	resourceInfo: 'type.googleapis.com/google.rpc.ResourceInfo',
	debugInfo: 'type.googleapis.com/google.rpc.DebugInfo',
	badRequest: 'type.googleapis.com/google.rpc.BadRequest',
} as const;

export function errorInfo(reason: string, domain: string, metadata?: Record<string, string>): Detail {
	return {'@type': T.errorInfo, reason, domain, ...(metadata ? {metadata} : {})};
}

export function invalidArgument(message: string): GoogleError {
	return rpcError(400, message, [{'@type': T.badRequest, fieldViolations: [{description: message}]}]);
}

/** `Permission 'p' denied on resource '//host/res' (or it may not exist).` (§8.3 pattern). */
export function iamDenied(permission: string, host: string, resource: string): GoogleError {
	return rpcError(403, `Permission '${permission}' denied on resource '//${host}/${resource}' (or it may not exist).`, [
		errorInfo('IAM_PERMISSION_DENIED', host, {permission, resource}),
	]);
}

/** An OAuth token-endpoint error: RFC 6749 shape, not google.rpc.Status. */
export function oauthError(httpStatus: number, error: string, description?: string, extra: Record<string, string> = {}): GoogleError {
	return new GoogleError(httpStatus, {error, ...(description === undefined ? {} : {error_description: description}), ...extra});
}
