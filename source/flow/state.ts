import type {Finding, Fix, ProgressItem, StepId} from '../steps/types.js';
import type {PromptRequest, RunEvent} from './events.js';

/** A step with its final word; rendered once, above everything else (Ink <Static>). */
export interface FinishedStep {
	id: StepId;
	title: string;
	finding: Finding;
}

/** A question and the answer the person gave, kept in the scrollback like a step. */
export interface AnsweredQuestion {
	question: string;
	answer: string;
}

/** What goes to the scrollback, in order: finished steps, and the answers given along the way. */
export type Printed = FinishedStep | AnsweredQuestion;

/** A step between its start and its final word. */
export interface ActiveStep {
	id: StepId;
	title: string;
	/** The running text, "Checking billing…". */
	label: string;
	/** One entry per key, in the order the keys first appeared; an update replaces in place. */
	progress: ProgressItem[];
	/** What the check found, while the fixes are being offered. */
	problem?: {finding: Finding; fixes: Fix[]};
	/** The fix being applied right now. */
	fixing?: Fix;
	/** A visible wait; `secondsLeft` null means the wait has no known end. */
	countdown?: {label: string; secondsLeft: number | null};
}

export interface WizardState {
	finished: Printed[];
	/** The runner checks independent steps concurrently, so more than one can be running. */
	running: ActiveStep[];
	/** Questions waiting for an answer; the first is the one on screen. */
	prompts: PromptRequest[];
	/** Commands the tool ran for the person, each once, in the order first run. */
	commands: string[];
	/** A child process (gcloud auth login) owns the terminal. */
	handoff: boolean;
}

export const initialState: WizardState = {finished: [], running: [], prompts: [], commands: [], handoff: false};

/** The question on screen, if any. */
export function pendingPrompt(state: WizardState): PromptRequest | undefined {
	return state.prompts[0];
}

/** Applies `change` to the running step `id`; events about a step that is not running change nothing. */
function updateStep(state: WizardState, id: StepId, change: (step: ActiveStep) => ActiveStep): WizardState {
	const index = state.running.findIndex(step => step.id === id);
	if (index === -1) return state;
	const running = state.running.slice();
	running[index] = change(running[index]!);
	return {...state, running};
}

function upsertItem(items: ProgressItem[], item: ProgressItem): ProgressItem[] {
	const index = items.findIndex(existing => existing.key === item.key);
	if (index === -1) return [...items, item];
	const next = items.slice();
	next[index] = item;
	return next;
}

/** The wizard's state after one runner event. Pure: no I/O, never mutates `state`. */
export function reduce(state: WizardState, event: RunEvent): WizardState {
	switch (event.type) {
		case 'step-start': {
			const step: ActiveStep = {id: event.id, title: event.title, label: event.label, progress: []};
			const index = state.running.findIndex(existing => existing.id === event.id);
			// A restart (re-check after a fix) keeps the step's place on screen but starts it clean.
			if (index === -1) return {...state, running: [...state.running, step]};
			const running = state.running.slice();
			running[index] = step;
			return {...state, running};
		}
		case 'step-progress':
			return updateStep(state, event.id, step => ({...step, progress: upsertItem(step.progress, event.item)}));
		case 'step-problem':
			return updateStep(state, event.id, ({fixing: _fixing, countdown: _countdown, ...step}) => ({
				...step,
				problem: {finding: event.finding, fixes: event.fixes},
			}));
		case 'step-fixing':
			return updateStep(state, event.id, ({countdown: _countdown, ...step}) => ({...step, fixing: event.fix}));
		case 'countdown':
			return updateStep(state, event.id, step => ({
				...step,
				countdown: {label: event.label, secondsLeft: event.secondsLeft},
			}));
		case 'step-done':
			// A blocked or skipped step may finish without ever starting.
			return {
				...state,
				running: state.running.filter(step => step.id !== event.id),
				finished: [...state.finished, {id: event.id, title: event.title, finding: event.finding}],
			};
		case 'prompt': {
			// The same question asked again replaces the stale one (its answer callback is the live one).
			const index = state.prompts.findIndex(prompt => prompt.id === event.prompt.id);
			if (index === -1) return {...state, prompts: [...state.prompts, event.prompt]};
			const prompts = state.prompts.slice();
			prompts[index] = event.prompt;
			return {...state, prompts};
		}
		case 'prompt-done': {
			const prompt = state.prompts.find(p => p.id === event.id);
			if (!prompt) return state;
			const prompts = state.prompts.filter(p => p.id !== event.id);
			if (event.answer === undefined) return {...state, prompts};
			const question = prompt.kind === 'project' ? 'Project' : prompt.message;
			return {...state, prompts, finished: [...state.finished, {question, answer: event.answer}]};
		}
		case 'command-run':
			if (state.commands.includes(event.command)) return state;
			return {...state, commands: [...state.commands, event.command]};
		case 'handoff':
			return state.handoff === event.active ? state : {...state, handoff: event.active};
	}
}
