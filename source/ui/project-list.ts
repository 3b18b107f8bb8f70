import type {ProjectSummary} from '../steps/types.js';

/** Pure logic of the project picker: filtering, moving, windowing. No React, so it is tested plainly. */

export interface IndexedProject {
	project: ProjectSummary;
	/** Lower-cased id and name, so a keystroke is one substring test per project. */
	haystack: string;
}

export function indexProjects(projects: ProjectSummary[]): IndexedProject[] {
	return projects.map(project => ({project, haystack: `${project.projectId}\n${project.name}`.toLowerCase()}));
}

/** Projects whose id or name contains `query`, ignoring case; all of them for an empty query. */
export function filterProjects(index: IndexedProject[], query: string): ProjectSummary[] {
	const needle = query.trim().toLowerCase();
	if (needle === '') return index.map(entry => entry.project);
	return index.filter(entry => entry.haystack.includes(needle)).map(entry => entry.project);
}

export interface PickerState {
	query: string;
	/** Kept by id, so narrowing the filter keeps the highlight while that project still matches. */
	selectedId?: string;
	/** Set by the action that decides (Enter, or Esc on an empty filter); cleared by any other. */
	outcome?: {kind: 'pick'; projectId: string} | {kind: 'cancel'};
}

export type PickerAction =
	| {type: 'type'; text: string}
	| {type: 'erase'}
	| {type: 'escape'}
	| {type: 'move'; by: number}
	| {type: 'submit'};

/**
 * Actions for a chunk of typed text. Keys typed fast or pasted arrive as one chunk ("ab", "ab\x7f\x7f",
 * "my-proj\n"), which Ink does not split, so DEL/BS erase, a newline submits, other controls are dropped.
 */
export function keystrokes(chunk: string): PickerAction[] {
	const actions: PickerAction[] = [];
	let text = '';
	const flush = () => {
		if (text !== '') actions.push({type: 'type', text});
		text = '';
	};
	for (const char of chunk) {
		if (char === '\u007f' || char === '\b') {
			flush();
			actions.push({type: 'erase'});
		} else if (char === '\r' || char === '\n') {
			flush();
			actions.push({type: 'submit'});
		} else if (char >= ' ') {
			text += char;
		}
	}
	flush();
	return actions;
}

/** Where the highlight is in `matches`: the selected project, or the first row when it is filtered out. */
export function cursorOf(matches: ProjectSummary[], selectedId: string | undefined): number {
	const index = matches.findIndex(project => project.projectId === selectedId);
	return index === -1 ? 0 : index;
}

export function pickerStep(index: IndexedProject[], state: PickerState, action: PickerAction): PickerState {
	switch (action.type) {
		case 'type':
			return {...state, query: state.query + action.text, outcome: undefined};
		case 'erase':
			return {...state, query: state.query.slice(0, -1), outcome: undefined};
		case 'escape':
			// First Esc clears the filter; Esc on an empty filter asks to leave.
			return state.query === '' ? {...state, outcome: {kind: 'cancel'}} : {...state, query: '', outcome: undefined};
		case 'move': {
			const matches = filterProjects(index, state.query);
			if (matches.length === 0) return state;
			const next = Math.min(matches.length - 1, Math.max(0, cursorOf(matches, state.selectedId) + action.by));
			return {...state, selectedId: matches[next]!.projectId, outcome: undefined};
		}
		case 'submit': {
			const matches = filterProjects(index, state.query);
			// Nothing matches: the typed text is taken as a project id the list does not show
			// (no permission to list it, or a list cut short); the step checks it.
			const projectId = matches.length > 0 ? matches[cursorOf(matches, state.selectedId)]!.projectId : state.query.trim();
			return projectId === '' ? state : {...state, outcome: {kind: 'pick', projectId}};
		}
	}
}

/** Rows of the list that fit: 10 on a normal terminal, fewer on a short one, never under 3. */
export function windowSize(rows: number | undefined): number {
	// Lines around the list: the running step, question, filter, count, help, and a spare.
	const reserved = 9;
	if (rows === undefined || rows <= 0) return 10;
	return Math.max(3, Math.min(10, rows - reserved));
}

/** The slice [start, end) of `total` rows to show, keeping `cursor` in view and near the middle. */
export function visibleWindow(total: number, cursor: number, size: number): {start: number; end: number} {
	if (total <= size) return {start: 0, end: total};
	const start = Math.min(Math.max(0, cursor - Math.floor(size / 2)), total - size);
	return {start, end: start + size};
}

const count = (n: number) => n.toLocaleString('en-US');

/** "5,000 projects", or "12 of 5,000 projects" while a filter is typed. */
export function countLine(matches: number, total: number, query: string): string {
	const noun = total === 1 ? 'project' : 'projects';
	return query.trim() === '' ? `${count(total)} ${noun}` : `${count(matches)} of ${count(total)} ${noun}`;
}
