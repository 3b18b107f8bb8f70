import type {Step} from '../steps/context.js';
import type {StepId} from '../steps/types.js';

/**
 * The steps with each one after the steps it needs, otherwise in the order given. Needs that
 * are not in the list are ignored (a partial run); a cycle is a programming error.
 */
export function dependencyOrder<S extends Step>(steps: S[]): S[] {
	const ids = new Set(steps.map((s) => s.id));
	const placed = new Set<StepId>();
	const ordered: S[] = [];
	let rest = steps;
	while (rest.length > 0) {
		const next = rest.find((s) => s.needs.every((id) => placed.has(id) || !ids.has(id)));
		if (!next) throw new Error(`Steps depend on each other in a cycle: ${rest.map((s) => s.id).join(', ')}`);
		ordered.push(next);
		placed.add(next.id);
		rest = rest.filter((s) => s !== next);
	}
	return ordered;
}
