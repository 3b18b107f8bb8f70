import type {RunEvent} from '../flow/events.js';
import type {StepId} from '../steps/types.js';

/**
 * Concurrent checks finish in any order; people read a report top to bottom. Holds each step's
 * events back until every step before it is done, then releases them in step order.
 */
export function inStepOrder(order: readonly StepId[], listener: (event: RunEvent) => void): (event: RunEvent) => void {
	const held = new Map<StepId, RunEvent[]>();
	const done = new Set<StepId>();
	let next = 0;
	const flush = () => {
		while (next < order.length) {
			const id = order[next]!;
			for (const event of held.get(id) ?? []) listener(event);
			held.set(id, []);
			if (!done.has(id)) return;
			next++;
		}
	};
	return (event) => {
		const id = 'id' in event && typeof event.id === 'string' && order.includes(event.id as StepId) ? (event.id as StepId) : undefined;
		if (!id) return listener(event);
		held.set(id, [...(held.get(id) ?? []), event]);
		if (event.type === 'step-done') done.add(id);
		flush();
	};
}
