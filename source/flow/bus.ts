import type {RunEvent} from './events.js';

export interface EventBus {
	emit(event: RunEvent): void;
	/** Subscribers first receive every event so far, so a renderer that mounts late misses nothing. */
	subscribe(listener: (event: RunEvent) => void): () => void;
}

export function createEventBus(): EventBus {
	const history: RunEvent[] = [];
	const listeners = new Set<(event: RunEvent) => void>();
	return {
		emit(event) {
			history.push(event);
			for (const listener of listeners) listener(event);
		},
		subscribe(listener) {
			for (const event of history) listener(event);
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
