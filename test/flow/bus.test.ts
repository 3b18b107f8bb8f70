import {describe, expect, it} from 'vitest';
import {createEventBus} from '../../source/flow/bus.js';
import type {RunEvent} from '../../source/flow/events.js';

const start: RunEvent = {type: 'step-start', id: 'gcloud', title: 'gcloud CLI', label: 'Checking gcloud CLI…'};
const done: RunEvent = {type: 'step-done', id: 'gcloud', title: 'gcloud CLI', finding: {status: 'ok', summary: 'Google Cloud SDK 528.0.0'}};
const ran: RunEvent = {type: 'command-run', command: 'gcloud config set project my-proj-123'};

describe('event bus', () => {
	it('delivers each event to every subscriber, in order', () => {
		const bus = createEventBus();
		const a: RunEvent[] = [];
		const b: RunEvent[] = [];
		bus.subscribe((e) => a.push(e));
		bus.subscribe((e) => b.push(e));
		bus.emit(start);
		bus.emit(done);
		expect(a).toEqual([start, done]);
		expect(b).toEqual([start, done]);
	});

	it('replays the events so far to a late subscriber, so a renderer that mounts late misses nothing', () => {
		const bus = createEventBus();
		bus.emit(start);
		bus.emit(ran);
		const late: RunEvent[] = [];
		bus.subscribe((e) => late.push(e));
		bus.emit(done);
		expect(late).toEqual([start, ran, done]);
	});

	it('stops delivering after unsubscribe', () => {
		const bus = createEventBus();
		const seen: RunEvent[] = [];
		const off = bus.subscribe((e) => seen.push(e));
		bus.emit(start);
		off();
		bus.emit(done);
		expect(seen).toEqual([start]);
	});
});
