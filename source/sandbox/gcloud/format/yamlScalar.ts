/**
 * How ruamel (YAML 1.2, the library behind gcloud's printer) writes one string scalar: plain when
 * it can, single-quoted when the plain text would read as another type or hold an indicator,
 * double-quoted for control characters; long scalars fold at a space once the line passes 80.
 */
const WIDTH = 80;

// Implicit resolvers of YAML 1.2 in ruamel: a plain scalar matching these is not a string.
const RESOLVES_TO_NON_STRING = [
	/^(?:true|True|TRUE|false|False|FALSE)$/,
	/^(?:~|null|Null|NULL)$/,
	/^[-+]?(?:0b[0-1_]+|0o?[0-7_]+|[0-9_]+|0x[0-9a-fA-F_]+)$/,
	/^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
	/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
	/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$/,
	/^(?:<<|=)$/,
];

type Style = 'plain' | 'single' | 'double';

function chooseStyle(text: string): Style {
	// Control characters (tab included) force the double-quoted style.
	if ([...text].some(isSpecial)) return 'double';
	const quoted = needsQuotes(text);
	// ruamel picks double quotes over single ones for text holding a single quote.
	if (quoted && text.includes("'")) return 'double';
	return quoted ? 'single' : 'plain';
}

function needsQuotes(text: string): boolean {
	if (text === '') return true;
	if (RESOLVES_TO_NON_STRING.some((re) => re.test(text))) return true;
	if (text.startsWith('---') || text.startsWith('...')) return true;
	if (text.startsWith(' ') || text.endsWith(' ')) return true;
	const first = text[0] ?? '';
	const second = text[1];
	if ('#,[]{}&*!|>\'"%@`'.includes(first)) return true;
	if ('?:-'.includes(first) && (second === undefined || second === ' ')) return true;
	return text.includes(': ') || text.endsWith(':') || text.includes(' #');
}

const ESCAPES: Record<string, string> = {
	'\0': '0', '\x07': 'a', '\x08': 'b', '\t': 't', '\n': 'n', '\x0b': 'v', '\x0c': 'f', '\r': 'r', '\x1b': 'e',
	'"': '"', '\\': '\\', '\x85': 'N', '\xa0': '_', '\u2028': 'L', '\u2029': 'P',
};

/** Characters ruamel will not write outside double quotes (tab and other controls, BOM). */
function isSpecial(ch: string): boolean {
	const c = ch.codePointAt(0) ?? 0;
	if (ch === '\n' || (c >= 0x20 && c <= 0x7e)) return false;
	const unicode = c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
	return !unicode || c === 0xfeff;
}

function needsEscape(ch: string): boolean {
	const c = ch.codePointAt(0) ?? 0;
	if ('"\\\x85\u2028\u2029\ufeff'.includes(ch)) return true;
	return !((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd));
}

function escape(ch: string): string {
	const replacement = ESCAPES[ch];
	if (replacement !== undefined) return `\\${replacement}`;
	const c = ch.codePointAt(0) ?? 0;
	const hex = c.toString(16).toUpperCase();
	if (c <= 0xff) return `\\x${hex.padStart(2, '0')}`;
	if (c <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
	return `\\U${hex.padStart(8, '0')}`;
}

/** ruamel's write_double_quoted: escapes, and folds with a trailing backslash past the width. */
function doubleQuoted(text: string, column: number, continuation: number): string {
	const chars = [...text];
	let out = '"';
	let col = column + 1;
	let start = 0;
	for (let end = 0; end <= chars.length; end++) {
		const ch = end < chars.length ? chars[end] : undefined;
		if (ch === undefined || needsEscape(ch)) {
			if (start < end) {
				out += chars.slice(start, end).join('');
				col += end - start;
				start = end;
			}
			if (ch !== undefined) {
				const data = escape(ch);
				out += data;
				col += data.length;
				start = end + 1;
			}
		}
		if (continuation >= 0 && end > 0 && end < chars.length - 1 && (ch === ' ' || start >= end) && col + (end - start) > WIDTH) {
			const data = `${chars.slice(start, end).join('')}\\`;
			if (start < end) start = end;
			out += `${data}\n${' '.repeat(continuation)}`;
			col = continuation;
			if (chars[start] === ' ') {
				out += '\\';
				col += 1;
			}
		}
	}
	return `${out}"`;
}

/**
 * The scalar as it appears after `key: ` starting at `column`; folded lines start at
 * `continuation` (-1: never fold, as for mapping keys).
 */
export function scalarText(text: string, column: number, continuation: number): string {
	const style = chooseStyle(text);
	if (style === 'double') return doubleQuoted(text, column, continuation);
	if (style === 'plain') return fold(text, column, continuation, false);
	return fold(text.replace(/'/g, "''"), column + 1, continuation, true);
}

/** ruamel breaks at a single space (never a run of spaces) once the column is past the width. */
function fold(text: string, column: number, continuation: number, quoted: boolean): string {
	const tokens = splitSingleSpaces(text);
	let out = '';
	let col = column;
	tokens.forEach((token, i) => {
		if (i > 0) {
			const last = i === tokens.length - 1 && token === '';
			if (continuation >= 0 && col > WIDTH && !last) {
				out += `\n${' '.repeat(continuation)}`;
				col = continuation;
			} else {
				out += ' ';
				col += 1;
			}
		}
		out += token;
		col += token.length;
	});
	return quoted ? `'${out}'` : out;
}

/** Splits on spaces that stand alone; runs of two or more spaces stay inside a token. */
function splitSingleSpaces(text: string): string[] {
	const tokens: string[] = [];
	let current = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === ' ' && text[i - 1] !== ' ' && text[i + 1] !== ' ' && i > 0) {
			tokens.push(current);
			current = '';
		} else {
			current += ch;
		}
	}
	tokens.push(current);
	return tokens;
}
