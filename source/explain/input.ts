/**
 * Bounds on the work done per input. Errors sit at the start of a paste (the exception line, the
 * JSON body) or at its end (the last lines of a log), so a huge paste keeps both ends.
 */
export const HEAD_CHARS = 96 * 1024;
export const TAIL_CHARS = 32 * 1024;

const ANSI = /\x1b\[[0-9;?]{0,20}[ -/]{0,3}[@-~]/g;
// Control characters other than tab and newline carry nothing and could upset a terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** The part of the input worth reading, without terminal escapes. */
export function capInput(text: string): string {
	let t = text;
	if (t.length > HEAD_CHARS + TAIL_CHARS) t = `${t.slice(0, HEAD_CHARS)}\n…\n${t.slice(-TAIL_CHARS)}`;
	return t.replace(/\r\n?/g, '\n').replace(ANSI, '').replace(CONTROL, '');
}

/**
 * Texts quoted inside another message (a JSON string inside a log line, a Go error printed with
 * %q) arrive with `\"` and `\n`; patterns read the unescaped form too.
 */
export function unescapeQuoted(text: string): string {
	if (!text.includes('\\')) return text;
	return text.replace(/\\\\/g, '\\').replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\\\//g, '/');
}

/** A value from the text, safe to show in prose: printable, one line, bounded. */
export function clean(value: string | null | undefined, max = 120): string | null {
	if (value === null || value === undefined) return null;
	const v = value.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '').trim();
	if (!v) return null;
	return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}
