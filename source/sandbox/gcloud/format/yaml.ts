/**
 * A YAML emitter that writes what gcloud's printer (ruamel, block style, width 80) writes, so
 * scripts and error matchers see the same bytes from the stand-in as from the real gcloud.
 *
 *   toYaml({bindings: [{members: ['user:a@b.c'], role: 'roles/owner'}], etag: 'BwX=', version: 3})
 *   → 'bindings:\n- members:\n  - user:a@b.c\n  role: roles/owner\netag: BwX=\nversion: 3\n'
 */
import {scalarText} from './yamlScalar.js';

type Value = unknown;

const isMap = (v: Value): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Emits one document; keys sorted as gcloud sorts them. */
export function toYaml(value: Value): string {
	const lines: string[] = [];
	if (isMap(value) && Object.keys(value).length > 0) emitMap(value, 0, lines);
	else if (Array.isArray(value) && value.length > 0) emitSeq(value, 0, lines);
	else lines.push(inline(value, 0, 0));
	return `${lines.join('\n')}\n`;
}

function emitMap(map: Record<string, Value>, indent: number, lines: string[], firstPrefix?: string): void {
	let first = true;
	for (const key of Object.keys(map).sort()) {
		const prefix = first && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
		first = false;
		const keyText = scalarText(key, prefix.length, -1);
		const head = `${prefix}${keyText}:`;
		emitValue(map[key], head, indent, lines);
	}
}

function emitSeq(seq: Value[], indent: number, lines: string[], firstPrefix?: string): void {
	let first = true;
	for (const item of seq) {
		const prefix = first && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
		first = false;
		const head = `${prefix}-`;
		if (isMap(item) && Object.keys(item).length > 0) {
			emitMap(item, indent + 2, lines, `${head} `);
		} else if (Array.isArray(item) && item.length > 0) {
			emitSeq(item, indent + 2, lines, `${head} `);
		} else if (typeof item === 'string' && item.includes('\n')) {
			pushLiteral(item, head, indent + 2, lines);
		} else {
			lines.push(`${head} ${inline(item, head.length + 1, indent + 2)}`);
		}
	}
}

/** A value after `key:`; a nested sequence sits at the key's own column, as ruamel writes it. */
function emitValue(value: Value, head: string, indent: number, lines: string[]): void {
	if (isMap(value) && Object.keys(value).length > 0) {
		lines.push(head);
		emitMap(value, indent + 2, lines);
	} else if (Array.isArray(value) && value.length > 0) {
		lines.push(head);
		emitSeq(value, indent, lines);
	} else if (typeof value === 'string' && value.includes('\n')) {
		pushLiteral(value, head, indent + 2, lines);
	} else {
		lines.push(`${head} ${inline(value, head.length + 1, indent + 2)}`);
	}
}

function inline(value: Value, column: number, continuation: number): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value)) return '[]';
	if (isMap(value)) return '{}';
	return scalarText(String(value), column, continuation);
}

/** Strings with line breaks are written as literal blocks (gcloud's `_LiteralLines`). */
function pushLiteral(text: string, head: string, indent: number, lines: string[]): void {
	const indicator = /^[ \n\x85\u2028\u2029]/.test(text) ? '2' : '';
	const chomp = !text.endsWith('\n') ? '-' : text.length === 1 || text.endsWith('\n\n') ? '+' : '';
	lines.push(`${head} |${indicator}${chomp}`);
	const body = text.endsWith('\n') ? text.slice(0, -1) : text;
	for (const line of body.split('\n')) lines.push(line === '' ? '' : `${' '.repeat(indent)}${line}`);
}
