/**
 * Python's repr() for JSON values, because gcloud prints some errors as Python tuples:
 *
 *   pyRepr({error: 'invalid_grant', n: 1, ok: true}) → "{'error': 'invalid_grant', 'n': 1, 'ok': True}"
 */
export function pyRepr(value: unknown): string {
	if (value === null || value === undefined) return 'None';
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return pyString(value);
	if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
	const entries = Object.entries(value as Record<string, unknown>);
	return `{${entries.map(([k, v]) => `${pyString(k)}: ${pyRepr(v)}`).join(', ')}}`;
}

/** Single quotes unless the text holds a single quote and no double quote. */
function pyString(text: string): string {
	const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
	let out = '';
	for (const ch of text) {
		if (ch === '\\') out += '\\\\';
		else if (ch === quote) out += `\\${quote}`;
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		else if (ch < ' ' || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
		else out += ch;
	}
	return `${quote}${out}${quote}`;
}
