import {performance} from 'node:perf_hooks';

/** One HTTP request as the emulator saw it. The path never includes the query (tokens live there). */
export interface RequestEntry {
	method: string;
	path: string;
	/** Wall-clock ms (sub-millisecond precision), independent of any fake clock. */
	startMs: number;
	/** Undefined while the request is still in flight. */
	endMs?: number;
	status?: number;
}

export type RequestFilter = ((e: RequestEntry) => boolean) | {method?: string; path?: RegExp};

function toPredicate(filter?: RequestFilter): (e: RequestEntry) => boolean {
	if (!filter) return () => true;
	if (typeof filter === 'function') return filter;
	return e => (!filter.method || filter.method.toUpperCase() === e.method) && (!filter.path || new RegExp(filter.path.source, filter.path.flags.replace('g', '')).test(e.path));
}

export class RequestLog {
	readonly entries: RequestEntry[] = [];

	start(method: string, path: string): RequestEntry {
		const entry: RequestEntry = {method: method.toUpperCase(), path, startMs: performance.timeOrigin + performance.now()};
		this.entries.push(entry);
		return entry;
	}

	finish(entry: RequestEntry, status: number): void {
		entry.endMs = performance.timeOrigin + performance.now();
		entry.status = status;
	}

	filter(filter?: RequestFilter): RequestEntry[] {
		return this.entries.filter(toPredicate(filter));
	}

	count(filter?: RequestFilter): number {
		return this.filter(filter).length;
	}

	/** The most matching requests in flight at the same moment. */
	maxConcurrent(filter?: RequestFilter): number {
		const events: Array<[number, number]> = [];
		for (const e of this.filter(filter)) {
			events.push([e.startMs, 1], [e.endMs ?? Number.POSITIVE_INFINITY, -1]);
		}
		// Ends sort before starts at the same instant: back-to-back calls do not overlap.
		events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
		let now = 0;
		let max = 0;
		for (const [, d] of events) {
			now += d;
			max = Math.max(max, now);
		}
		return max;
	}

	clear(): void {
		this.entries.length = 0;
	}
}
