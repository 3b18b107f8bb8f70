/**
 * The simple part of gcloud's `--filter`: space-separated `key:value` (has, case-insensitive) and
 * `key=value` (equals) terms, all of which must hold, e.g. `--filter=status:ACTIVE`.
 */
import {GcloudError} from '../errors.js';
import {getPath} from './format.js';

export function applyFilter<T>(items: T[], expression: string | undefined): T[] {
	if (expression === undefined || expression.trim() === '') return items;
	const terms = expression.trim().split(/\s+(?:AND\s+)?/).map(parseTerm);
	return items.filter((item) => terms.every((term) => term(item)));
}

function parseTerm(term: string): (item: unknown) => boolean {
	const match = /^([A-Za-z_][\w.]*)(:|=)(.*)$/.exec(term);
	if (!match) throw new GcloudError(`The vertex-setup sandbox gcloud supports only KEY:VALUE and KEY=VALUE filters, not [${term}].`);
	const [, key = '', op, raw = ''] = match;
	const wanted = raw.replace(/^["']|["']$/g, '');
	return (item) => {
		const value = getPath(item, key);
		const text = value === undefined || value === null ? '' : String(value);
		if (op === '=') return text === wanted;
		if (wanted === '*') return text !== '';
		return text.toLowerCase() === wanted.toLowerCase() || text.toLowerCase().split(/[^a-z0-9]+/).includes(wanted.toLowerCase());
	};
}
