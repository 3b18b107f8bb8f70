import {CANONICAL} from './walk.js';

/**
 * Structure that is not JSON: the Python protobuf text form (`reason: "X"`, `metadata { key: …
 * value: … }`), gcloud's YAML details (`reason: X`, `metadata:\n    consumer: …`), Go's
 * `reason = X` / `metadata = map[k:v …]`, Python dict reprs, gRPC status lines, exception names.
 * Every pattern is linear: bounded repeats, no nested quantifiers.
 */
export interface TextForms {
	http: number[];
	/** Canonical gRPC/REST status names (PERMISSION_DENIED, …) from any rendering. */
	statuses: string[];
	/** ErrorInfo reasons and v1 `errors[].reason` values. */
	reasons: string[];
	/** ErrorInfo metadata and similar key/values (consumer, service, activationUrl, …). */
	meta: Record<string, string>;
	/** RFC 6749 `error` / `error_description`. */
	oauth: {error: string; description: string} | null;
	/** `gcloud.services.enable` from `ERROR: (gcloud.services.enable) …`. */
	gcloudCommand: string | null;
	/** Exception and error class names (DefaultCredentialsError, GaxiosError, PermissionDenied, …). */
	exceptions: string[];
}

const META_KEYS = 'consumer|service|services|containerInfo|activationUrl|permission|resource|serviceTitle|method';
// The value must end where values end: a value cut off by the end of a paste is not trusted.
const KV = new RegExp(`["']?\\b(reason|${META_KEYS})["']?[ \\t]*[:=][ \\t]*["']?([^"'\\s,}\\]\\u0000]{1,300})(?=["'\\s,}\\]])`, 'g');
const PROTO_META = /key:\s{0,20}"([A-Za-z]{1,40})"\s{0,20}value:\s{0,20}"([^"\n]{0,500})"/g;
const GO_MAP = /metadata\s{0,5}=\s{0,5}map\[([^\]\n]{0,2000})\]/g;
const STATUS_WORD = /\b(CANCELLED|INVALID_ARGUMENT|DEADLINE_EXCEEDED|NOT_FOUND|ALREADY_EXISTS|PERMISSION_DENIED|RESOURCE_EXHAUSTED|FAILED_PRECONDITION|ABORTED|OUT_OF_RANGE|UNIMPLEMENTED|UNAVAILABLE|DATA_LOSS|UNAUTHENTICATED)\b/g;
const GRPC_CODES: Record<string, string> = {
	'3': 'INVALID_ARGUMENT', '4': 'DEADLINE_EXCEEDED', '5': 'NOT_FOUND', '7': 'PERMISSION_DENIED',
	'8': 'RESOURCE_EXHAUSTED', '9': 'FAILED_PRECONDITION', '14': 'UNAVAILABLE', '16': 'UNAUTHENTICATED',
};
const HTTP_PATTERNS = [
	/\b(?:HTTP(?:\/[\d.]{1,3})?|[Ee]rror|[Cc]ode|[Ss]tatus|HttpError)["']?[ \t]{0,3}[:=]?[ \t]{0,3}([45]\d\d)\b/g,
	/\b([45]\d\d)[ \t](?:Unauthorized|Forbidden|Not Found|Too Many Requests|Bad Request|Service Unavailable|Internal Server Error)\b/g,
	// Python google.api_core: "PermissionDenied: 403 Vertex AI API …", "Error Details: 429 Quota …".
	/:[ \t]([45]\d\d)[ \t][A-Z]/g,
	/`([45]\d\d) [A-Z][a-z]/g,
];
// Python api_core / grpc exception names that stand for a status.
const EXCEPTION_STATUS: Record<string, string> = {
	PermissionDenied: 'PERMISSION_DENIED', Forbidden: 'PERMISSION_DENIED', NotFound: 'NOT_FOUND',
	ResourceExhausted: 'RESOURCE_EXHAUSTED', TooManyRequests: 'RESOURCE_EXHAUSTED',
	Unauthenticated: 'UNAUTHENTICATED', Unauthorized: 'UNAUTHENTICATED', UnauthenticatedException: 'UNAUTHENTICATED',
	FailedPrecondition: 'FAILED_PRECONDITION', ServiceUnavailable: 'UNAVAILABLE', InvalidArgument: 'INVALID_ARGUMENT',
	PermissionDeniedException: 'PERMISSION_DENIED', NotFoundException: 'NOT_FOUND',
	ResourceExhaustedException: 'RESOURCE_EXHAUSTED', FailedPreconditionException: 'FAILED_PRECONDITION',
};
const EXCEPTION = /\b([A-Z][A-Za-z0-9]{1,60}(?:Error|Exception)|PermissionDenied|Forbidden|NotFound|ResourceExhausted|TooManyRequests|Unauthenticated|Unauthorized|FailedPrecondition|ServiceUnavailable|InvalidArgument)\b/g;
const OAUTH = /\b(invalid_grant|invalid_client|invalid_rapt|unauthorized_client|invalid_scope|access_denied)\b(?::[ \t]{0,3}([^\n'"]{1,200}))?/;

export function readTextForms(text: string): TextForms {
	const out: TextForms = {http: [], statuses: [], reasons: [], meta: {}, oauth: null, gcloudCommand: null, exceptions: []};
	for (const m of text.matchAll(KV)) {
		const [, key = '', value = ''] = m;
		if (key === 'reason') {
			if (/^[A-Z][A-Z0-9_]{2,60}$/.test(value)) out.reasons.push(value);
		} else if (!(key in out.meta)) out.meta[key] = value;
	}
	for (const m of text.matchAll(PROTO_META)) if (m[1] && !(m[1] in out.meta)) out.meta[m[1]] = m[2] ?? '';
	for (const m of text.matchAll(GO_MAP)) {
		for (const pair of (m[1] ?? '').split(/\s+/)) {
			const at = pair.indexOf(':');
			if (at > 0 && !(pair.slice(0, at) in out.meta)) out.meta[pair.slice(0, at)] = pair.slice(at + 1);
		}
	}
	for (const m of text.matchAll(STATUS_WORD)) out.statuses.push(m[1] ?? '');
	for (const m of text.matchAll(/grpc_status["']?:\s{0,3}(\d{1,2})/g)) {
		const s = GRPC_CODES[m[1] ?? ''];
		if (s) out.statuses.push(s);
	}
	for (const re of HTTP_PATTERNS) for (const m of text.matchAll(re)) out.http.push(Number(m[1]));
	for (const m of text.matchAll(EXCEPTION)) {
		const name = m[1] ?? '';
		out.exceptions.push(name);
		const s = EXCEPTION_STATUS[name];
		if (s) out.statuses.push(s);
	}
	const oauth = OAUTH.exec(text);
	if (oauth) out.oauth = {error: oauth[1] ?? '', description: (oauth[2] ?? '').trim()};
	const gcloud = /ERROR: \(gcloud\.([a-z0-9_.-]{1,100})\)/.exec(text);
	if (gcloud) out.gcloudCommand = gcloud[1] ?? null;
	out.statuses = out.statuses.filter((s) => CANONICAL.has(s));
	return out;
}
