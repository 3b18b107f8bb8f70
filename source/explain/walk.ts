import {findJsonValues} from './json.js';

export const CANONICAL = new Set([
	'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS',
	'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE',
	'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
]);

/** What the JSON in a text says: google.rpc.Status fields, ErrorInfo, and RFC 6749 errors. */
export interface Structured {
	http: number[];
	statuses: string[];
	reasons: string[];
	meta: Record<string, string>;
	/** Human messages found in the JSON, decoded (so nested bodies read as plain text). */
	messages: string[];
	oauth: {error: string; description: string} | null;
}

const MAX_NODES = 4000;
const MESSAGE_KEYS = new Set(['message', 'description', 'error_description', 'detail', 'subject']);

/**
 * Walks every JSON value in the text. Shapes are read by field, not by position, so the same code
 * reads `{"error": Status}`, a bare Status, a streaming array `[{"error": …}]`, a gaxios
 * `cause`, and @google/genai's ApiError whose message is the JSON body as a string.
 */
export function readStructure(text: string): Structured {
	const out: Structured = {http: [], statuses: [], reasons: [], meta: {}, messages: [], oauth: null};
	const budget = {nodes: 0};
	for (const value of findJsonValues(text)) walk(value, out, budget, 0);
	return out;
}

function walk(v: unknown, out: Structured, budget: {nodes: number}, depth: number): void {
	if (depth > 12 || ++budget.nodes > MAX_NODES || v === null || typeof v !== 'object') return;
	if (Array.isArray(v)) {
		for (const item of v) walk(item, out, budget, depth + 1);
		return;
	}
	const o = v as Record<string, unknown>;
	for (const key of ['code', 'status']) readCode(o[key], out);
	if (typeof o.reason === 'string' && /^[A-Za-z][A-Za-z0-9_]{1,60}$/.test(o.reason)) out.reasons.push(o.reason);
	if (typeof o.error === 'string') readOauthOrMessage(o, out);
	if (o.metadata && typeof o.metadata === 'object' && !Array.isArray(o.metadata)) {
		for (const [k, val] of Object.entries(o.metadata as Record<string, unknown>)) {
			if (typeof val === 'string' && !(k in out.meta)) out.meta[k] = val;
		}
	}
	if (typeof o.type === 'string' && o.type.startsWith('constraints/')) out.messages.push(o.type);
	for (const [k, val] of Object.entries(o)) {
		if (typeof val === 'string' && MESSAGE_KEYS.has(k)) readMessage(val, out, budget, depth);
		else if (val && typeof val === 'object') walk(val, out, budget, depth + 1);
	}
}

function readCode(v: unknown, out: Structured): void {
	if (typeof v === 'number' && v >= 100 && v < 600) out.http.push(v);
	else if (typeof v === 'string' && CANONICAL.has(v)) out.statuses.push(v);
}

/** `{"error": "invalid_grant", "error_description": …}` versus `{"error": "some message"}`. */
function readOauthOrMessage(o: Record<string, unknown>, out: Structured): void {
	const error = o.error as string;
	if (/^[a-z]+(?:_[a-z]+)+$|^[a-z]+$/.test(error)) {
		if (!out.oauth) out.oauth = {error, description: typeof o.error_description === 'string' ? o.error_description : ''};
	} else {
		out.messages.push(error);
	}
}

function readMessage(text: string, out: Structured, budget: {nodes: number}, depth: number): void {
	out.messages.push(text);
	// @google/genai: message = JSON.stringify(body). Read the body inside it as structure too.
	if (depth < 8 && (text.includes('{') || text.includes('['))) {
		for (const inner of findJsonValues(text)) walk(inner, out, budget, depth + 1);
	}
}
