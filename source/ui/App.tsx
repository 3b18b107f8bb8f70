import {Box, Static, useInput, useStdin} from 'ink';
import {useCallback, useLayoutEffect, useReducer, useRef} from 'react';
import type {PromptRequest} from '../flow/events.js';
import {initialState, pendingPrompt, reduce} from '../flow/state.js';
import {listen, type EventSource} from './event-source.js';
import {AnswerLine, answerLabel} from './AnswerLine.js';
import {Prompt} from './Prompt.js';
import {RunningStep} from './RunningStep.js';
import {StepLine} from './StepLine.js';
import {useTerminalSize} from './use-terminal-size.js';

export interface AppProps {
	/** Where the runner's events come from: the event bus's `subscribe`, or an emitter of `'event'`. */
	subscribe?: EventSource;
	/** The same, under the name the emitter form reads best with. */
	events?: EventSource;
	/**
	 * Esc (outside a question, or on an empty project filter) or Ctrl-C. Render with
	 * `exitOnCtrlC: false` so Ctrl-C reaches here; the caller decides what stopping means.
	 */
	onCancel?: (reason: 'escape' | 'interrupt') => void;
}

/**
 * The wizard's screen, driven only by runner events:
 *
 *   ✔ gcloud: gcloud 528.0.0 installed            (<Static>: printed once, scrolls away)
 *   ✔ Account: Logged in as ana@example.com
 *   ⠋ Checking APIs…                               (the live part, redrawn)
 *     ✖ Vertex AI API is not enabled on my-proj
 *   ? Enable aiplatform.googleapis.com on my-proj?
 *   ❯ Yes
 *     No
 *
 * While a child process owns the terminal (gcloud auth login) the live part is empty and no
 * input is read, so the child gets the keyboard; <Static> stays mounted so nothing is printed twice.
 */
export function App({subscribe, events, onCancel}: AppProps) {
	const [state, dispatch] = useReducer(reduce, initialState);
	const {columns} = useTerminalSize();
	const {isRawModeSupported} = useStdin();
	const source = subscribe ?? events;
	// A layout effect subscribes during the first commit, before the runner can emit anything.
	useLayoutEffect(() => (source ? listen(source, dispatch) : undefined), [source]);

	const prompt = pendingPrompt(state);
	const answered = useRef(new WeakSet<PromptRequest>());
	const keys = useRef({next: 0, of: new WeakMap<PromptRequest, number>()});
	const answer = useCallback((request: PromptRequest, value: unknown) => {
		// Two Enters in one read must not answer twice.
		if (answered.current.has(request)) return;
		answered.current.add(request);
		dispatch({type: 'prompt-done', id: request.id, answer: answerLabel(request, value)});
		(request.answer as (value: unknown) => void)(value);
	}, []);
	const cancel = useCallback(() => onCancel?.('escape'), [onCancel]);

	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') onCancel?.('interrupt');
			else if (key.escape && !prompt) onCancel?.('escape');
		},
		// Keys are read only where raw mode exists, and never while a child process owns the terminal.
		{isActive: isRawModeSupported && !state.handoff},
	);

	// Each request gets its own mount, so a question asked again starts fresh.
	if (prompt && !keys.current.of.has(prompt)) keys.current.of.set(prompt, keys.current.next++);
	return (
		<>
			{/* <Static> lays out apart from the screen; held to the terminal's width, prose wraps there
			    while a long command may still run past the edge whole (see Command). */}
			<Static items={state.finished} style={{width: columns}}>
				{(item, index) =>
					'finding' in item ? (
						<StepLine key={`${index}-${item.id}`} title={item.title} finding={item.finding} />
					) : (
						<AnswerLine key={`${index}-answer`} question={item.question} answer={item.answer} />
					)
				}
			</Static>
			{state.handoff ? null : (
				<Box flexDirection="column">
					{state.running.map(step => (
						<RunningStep key={step.id} step={step} canStop={onCancel !== undefined} />
					))}
					{prompt ? (
						<Prompt key={keys.current.of.get(prompt)} request={prompt} onAnswer={answer} onCancel={cancel} />
					) : null}
				</Box>
			)}
		</>
	);
}
