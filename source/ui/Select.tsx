import {Box, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo} from 'react';
import type {Choice} from '../steps/types.js';
import {Question} from './Question.js';
import {ChoiceItem, Pointer} from './choice-item.js';
import {windowSize} from './project-list.js';
import {useTerminalSize} from './use-terminal-size.js';

/**
 * A list question; ↑/↓ and Enter; Esc cancels. Long lists scroll inside a window that fits the terminal:
 *
 *   ? Which region should Gemini calls use?
 *   ❯ global · recommended: newest models
 *     us-central1
 *     europe-west4 · data stays in the EU
 */
export function Select<T>(props: {
	message: string;
	choices: Choice<T>[];
	initial?: T;
	onSubmit: (value: T) => void;
	onCancel?: () => void;
}) {
	const {rows} = useTerminalSize();
	const {choices, initial} = props;
	// Values can be anything, so rows are keyed by position; the hint rides along to ChoiceItem.
	const items = useMemo(
		() => choices.map((choice, index) => ({key: String(index), label: choice.label, value: index, hint: choice.hint})),
		[choices],
	);
	const initialIndex = Math.max(0, initial === undefined ? 0 : choices.findIndex(choice => choice.value === initial));
	useInput((_input, key) => {
		if (key.escape) props.onCancel?.();
	});
	return (
		<Box flexDirection="column">
			<Question message={props.message} />
			<SelectInput
				items={items}
				initialIndex={initialIndex}
				limit={windowSize(rows)}
				indicatorComponent={Pointer}
				itemComponent={ChoiceItem}
				onSelect={item => props.onSubmit(choices[item.value]!.value)}
			/>
		</Box>
	);
}
