import type {RunEvent} from '../flow/events.js';

export type Listener = (event: RunEvent) => void;
/** Registers a listener and returns the function that removes it (the event bus's `subscribe`). */
export type Subscribe = (listener: Listener) => () => void;
/** A Node EventEmitter (or alike) that emits each RunEvent as `'event'`. */
export interface EventEmitterLike {
	on(name: 'event', listener: Listener): unknown;
	off(name: 'event', listener: Listener): unknown;
}
export type EventSource = Subscribe | EventEmitterLike;

/** Listens to either kind of source; returns the unsubscribe function. */
export function listen(source: EventSource, listener: Listener): () => void {
	if (typeof source === 'function') return source(listener);
	source.on('event', listener);
	return () => {
		source.off('event', listener);
	};
}
