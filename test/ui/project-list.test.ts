import {describe, expect, it} from 'vitest';
import {
	countLine,
	cursorOf,
	filterProjects,
	indexProjects,
	keystrokes,
	pickerStep,
	visibleWindow,
	windowSize,
	type PickerState,
} from '../../source/ui/project-list.js';

const projects = [
	{projectId: 'shop-prod', name: 'Shop Production', projectNumber: '111'},
	{projectId: 'shop-dev', name: 'Shop Dev', projectNumber: '222'},
	{projectId: 'ml-sandbox', name: 'Ana’s experiments', projectNumber: '333'},
];
const index = indexProjects(projects);
const ids = (list: {projectId: string}[]) => list.map(project => project.projectId);

describe('filterProjects', () => {
	it('matches id or name by substring, ignoring case and surrounding spaces', () => {
		expect(ids(filterProjects(index, 'SHOP'))).toEqual(['shop-prod', 'shop-dev']);
		expect(ids(filterProjects(index, 'production'))).toEqual(['shop-prod']);
		expect(ids(filterProjects(index, ' EXPERI '))).toEqual(['ml-sandbox']);
		expect(ids(filterProjects(index, ''))).toEqual(ids(projects));
		expect(filterProjects(index, 'nothing-like-it')).toEqual([]);
	});

	it('does not match across the boundary between id and name', () => {
		expect(filterProjects(index, 'prodshop')).toEqual([]);
		expect(filterProjects(index, 'sandboxana')).toEqual([]);
	});
});

describe('pickerStep', () => {
	const step = (state: PickerState, ...actions: Parameters<typeof pickerStep>[2][]) =>
		actions.reduce((s, action) => pickerStep(index, s, action), state);

	it('moves within the matches and stops at the ends', () => {
		const start: PickerState = {query: '', selectedId: 'shop-prod'};
		expect(step(start, {type: 'move', by: 1}).selectedId).toBe('shop-dev');
		expect(step(start, {type: 'move', by: -1}).selectedId).toBe('shop-prod');
		expect(step(start, {type: 'move', by: 99}).selectedId).toBe('ml-sandbox');
	});

	it('picks the highlighted match, or the typed text when nothing matches', () => {
		expect(step({query: 'shop'}, {type: 'move', by: 1}, {type: 'submit'}).outcome).toEqual({kind: 'pick', projectId: 'shop-dev'});
		expect(step({query: ' other-proj '}, {type: 'submit'}).outcome).toEqual({kind: 'pick', projectId: 'other-proj'});
		expect(step({query: ''}, {type: 'escape'}, {type: 'erase'}).outcome).toBeUndefined();
	});

	it('clears the filter on the first Esc and asks to leave on the second', () => {
		const once = step({query: 'sh'}, {type: 'escape'});
		expect(once).toEqual({query: '', outcome: undefined});
		expect(step(once, {type: 'escape'}).outcome).toEqual({kind: 'cancel'});
	});

	it('edits the filter', () => {
		expect(step({query: ''}, {type: 'type', text: 'sho'}, {type: 'type', text: 'px'}, {type: 'erase'}).query).toBe('shop');
	});

	it('does nothing on Enter with an empty list and an empty filter', () => {
		const empty = indexProjects([]);
		const state = {query: ''};
		expect(pickerStep(empty, state, {type: 'submit'})).toBe(state);
	});
});

describe('cursorOf', () => {
	it('finds the selected project, or falls back to the first row', () => {
		expect(cursorOf(projects, 'shop-dev')).toBe(1);
		expect(cursorOf(projects, 'gone')).toBe(0);
		expect(cursorOf(projects, undefined)).toBe(0);
	});
});

describe('windowing', () => {
	it('shows 10 rows on a normal terminal, fewer on a short one, never under 3', () => {
		expect(windowSize(undefined)).toBe(10);
		expect(windowSize(24)).toBe(10);
		expect(windowSize(14)).toBe(5);
		expect(windowSize(5)).toBe(3);
	});

	it('keeps the cursor in view, near the middle, without running past either end', () => {
		expect(visibleWindow(3, 2, 10)).toEqual({start: 0, end: 3});
		expect(visibleWindow(5000, 0, 10)).toEqual({start: 0, end: 10});
		expect(visibleWindow(5000, 2500, 10)).toEqual({start: 2495, end: 2505});
		expect(visibleWindow(5000, 4999, 10)).toEqual({start: 4990, end: 5000});
	});

	it('counts with thousands separators', () => {
		expect(countLine(5000, 5000, '')).toBe('5,000 projects');
		expect(countLine(12, 5000, 'shop')).toBe('12 of 5,000 projects');
		expect(countLine(1, 1, '')).toBe('1 project');
	});
});

describe('keystrokes', () => {
	it('splits a chunk of fast typing into edits, erases and Enter', () => {
		expect(keystrokes('shop')).toEqual([{type: 'type', text: 'shop'}]);
		expect(keystrokes('\u007f\u007f')).toEqual([{type: 'erase'}, {type: 'erase'}]);
		expect(keystrokes('ab\bc')).toEqual([{type: 'type', text: 'ab'}, {type: 'erase'}, {type: 'type', text: 'c'}]);
		expect(keystrokes('my-proj\r\n')).toEqual([{type: 'type', text: 'my-proj'}, {type: 'submit'}, {type: 'submit'}]);
		expect(keystrokes('a\u0000\u001fb')).toEqual([{type: 'type', text: 'ab'}]);
	});
});
