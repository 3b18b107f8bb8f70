/**
 * Finds JSON values inside free text: a raw error body, one quoted in a log line, the JSON array
 * a streaming call returns, or a body cut off mid-way by a paste. Linear per attempt, with a
 * bounded number of attempts, so a megabyte of braces costs milliseconds.
 */
const MAX_ATTEMPTS = 40;
const MAX_VALUES = 20;

export function findJsonValues(text: string): unknown[] {
	const values: unknown[] = [];
	let from = 0;
	let repairs = 0;
	for (let attempt = 0; attempt < MAX_ATTEMPTS && values.length < MAX_VALUES; attempt++) {
		const start = nextOpen(text, from);
		if (start < 0) break;
		const scan = scanValue(text, start);
		if (scan.end >= 0) {
			const value = tryParse(text.slice(start, scan.end + 1));
			if (value !== undefined) {
				values.push(value);
				from = scan.end + 1;
				continue;
			}
		} else if (scan.closers && repairs < 3 && /^[[{]\s*["{[]/.test(text.slice(start, start + 40))) {
			// A body cut short by the paste: close what is open and read what is there.
			repairs++;
			const value = tryParse(closeTruncated(text.slice(start), scan.inString, scan.closers));
			if (value !== undefined && typeof value === 'object') {
				values.push(value);
				break;
			}
		}
		from = start + 1;
	}
	return values;
}

function nextOpen(text: string, from: number): number {
	const a = text.indexOf('{', from);
	const b = text.indexOf('[', from);
	if (a < 0) return b;
	if (b < 0) return a;
	return Math.min(a, b);
}

interface Scan {
	/** Index of the matching close, or -1 when the text ends first (or brackets mismatch). */
	end: number;
	inString: boolean;
	/** What would close the value when the text ended inside it; '' on a mismatch. */
	closers: string;
}

function scanValue(text: string, start: number): Scan {
	const stack: string[] = [];
	let inString = false;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
			continue;
		}
		if (c === '"') inString = true;
		else if (c === '{') stack.push('}');
		else if (c === '[') stack.push(']');
		else if (c === '}' || c === ']') {
			if (stack.pop() !== c) return {end: -1, inString: false, closers: ''};
			if (stack.length === 0) return {end: i, inString: false, closers: ''};
		}
	}
	return {end: -1, inString, closers: stack.reverse().join('')};
}

function closeTruncated(body: string, inString: boolean, closers: string): string {
	// A string cut mid-way is not a value to trust ("projects/my-pro"): drop it, then any
	// dangling `,` or `"key":`, and close what is open.
	let t = inString ? body.slice(0, body.lastIndexOf('"')) : body;
	t = t.replace(/(?:,?\s*"[^"\n]{0,100}"\s*:\s*|,\s*)$/, '');
	return t + closers;
}

function tryParse(s: string): unknown {
	try {
		return JSON.parse(s) as unknown;
	} catch {
		return undefined;
	}
}
