import type {Choice, Options, Prompter, ProjectSummary} from '../steps/types.js';
import type {PromptRequest, RunEvent} from './events.js';

/** The person pressed Esc or Ctrl-C at a prompt. */
export class Cancelled extends Error {
	constructor() {
		super('Cancelled');
	}
}

/** A question came up with nobody to ask: the error names the flag that answers it. */
export class NeedsAnswer extends Error {
	constructor(
		readonly question: string,
		readonly flag: string,
	) {
		super(`${question} (pass ${flag})`);
	}
}

/**
 * Asks through the renderer: each question becomes a `prompt` event whose `answer` resolves it.
 * Cancelling (the signal) rejects whatever is pending.
 */
export function interactivePrompter(emit: (event: RunEvent) => void, signal: AbortSignal): Prompter {
	const ask = <T>(build: (answer: (value: T) => void) => PromptRequest): Promise<T> =>
		new Promise<T>((resolve, reject) => {
			if (signal.aborted) return reject(new Cancelled());
			let open = true;
			// Either way the question leaves the screen, so the last frame shows no dead prompt.
			const close = () => {
				open = false;
				signal.removeEventListener('abort', onAbort);
				emit({type: 'prompt-done', id: request.id});
			};
			const onAbort = () => {
				if (!open) return;
				close();
				reject(new Cancelled());
			};
			const request = build((value) => {
				// A second key press (or one after Ctrl-C) must not answer again.
				if (!open) return;
				close();
				resolve(value);
			});
			signal.addEventListener('abort', onAbort, {once: true});
			emit({type: 'prompt', prompt: request});
		});
	return {
		interactive: true,
		select: <T>(q: {id: string; message: string; choices: Choice<T>[]; initial?: T}) =>
			ask<T>((answer) => ({kind: 'select', id: q.id, message: q.message, choices: q.choices, initial: q.initial, answer: answer as (v: unknown) => void})),
		confirm: (q) => ask<boolean>((answer) => ({kind: 'confirm', id: q.id, message: q.message, initial: q.initial, answer})),
		pickProject: (q: {projects: ProjectSummary[]; current?: string}) =>
			ask<string>((answer) => ({kind: 'project', id: 'project.pick', projects: q.projects, current: q.current, answer})),
	};
}

/**
 * For piped runs, CI and --yes: never waits for input. With --yes, confirmations are accepted
 * and questions take their safe default; anything else is a NeedsAnswer naming the flag.
 */
export function unattendedPrompter(options: Pick<Options, 'yes'>): Prompter {
	return {
		interactive: false,
		async select(q) {
			if (options.yes && q.initial !== undefined) return q.initial;
			throw new NeedsAnswer(q.message, q.flag ?? '--yes');
		},
		async confirm(q) {
			if (options.yes) return true;
			throw new NeedsAnswer(q.message, q.flag ?? '--yes');
		},
		async pickProject() {
			throw new NeedsAnswer('Which project should Vertex AI use?', '--project PROJECT_ID');
		},
	};
}
