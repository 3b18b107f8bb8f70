import {invalidArgument} from './errors.js';
import type {ProjectState} from './state.js';

/**
 * The CRM filter/query language as documented for v1 `projects.list` and v3 `projects.search`:
 * case-insensitive `field:value` terms, a trailing `*` as prefix wildcard, `field:*` for
 * presence. Several terms are OR-ed (the documented behaviour); if the query says `AND`
 * anywhere, terms are AND-ed instead.
 */
type Getter = (p: ProjectState) => string | undefined;

const FIELDS: Record<string, Getter> = {
	name: p => p.name,
	displayname: p => p.name,
	id: p => p.projectId,
	projectid: p => p.projectId,
	lifecyclestate: p => p.state,
	state: p => p.state,
	'parent.type': p => p.parent?.type,
	'parent.id': p => p.parent?.id,
	parent: p => (p.parent ? `${p.parent.type === 'organization' ? 'organizations' : 'folders'}/${p.parent.id}` : undefined),
	// The sandbox's projects carry no labels.
	labels: () => undefined,
};

function getter(field: string): Getter {
	const f = field.toLowerCase();
	if (f.startsWith('labels.')) return () => undefined;
	const g = FIELDS[f];
	if (!g) throw invalidArgument(`Invalid filter field '${field}'.`);
	return g;
}

function valueMatches(actual: string | undefined, wanted: string): boolean {
	if (actual === undefined || actual === '') return false;
	const a = actual.toLowerCase();
	const w = wanted.toLowerCase();
	if (w === '*') return true;
	if (w.endsWith('*')) return a.startsWith(w.slice(0, -1));
	return a === w;
}

function tokenize(query: string): string[] {
	return query.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [];
}

/** Compiles a query into a predicate; an empty query matches everything. Throws 400 on bad syntax. */
export function compileProjectQuery(query: string | null | undefined): (p: ProjectState) => boolean {
	const tokens = tokenize(query ?? '');
	const useAnd = tokens.some(t => t === 'AND');
	const terms = tokens
		.filter(t => t !== 'AND' && t !== 'OR')
		.map(t => {
			const m = /^([A-Za-z][\w.]*)\s*[:=]\s*(.+)$/.exec(t);
			if (!m?.[1] || !m[2]) throw invalidArgument(`Invalid filter term '${t}'.`);
			const get = getter(m[1]);
			const wanted = m[2].replace(/^["']|["']$/g, '');
			return (p: ProjectState) => valueMatches(get(p), wanted);
		});
	if (terms.length === 0) return () => true;
	return useAnd ? p => terms.every(t => t(p)) : p => terms.some(t => t(p));
}
