import {Box, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {Question} from './Question.js';
import {ChoiceItem, Pointer} from './choice-item.js';

const ITEMS = [
	{key: 'yes', label: 'Yes', value: true},
	{key: 'no', label: 'No', value: false},
];

/**
 * A yes/no question; ↑/↓ and Enter, or y / n; Esc cancels:
 *
 *   ? Enable aiplatform.googleapis.com on my-proj?
 *   ❯ Yes
 *     No
 */
export function Confirm(props: {
	message: string;
	initial: boolean;
	onSubmit: (value: boolean) => void;
	onCancel?: () => void;
}) {
	useInput((input, key) => {
		if (key.escape) props.onCancel?.();
		else if (input === 'y' || input === 'Y') props.onSubmit(true);
		else if (input === 'n' || input === 'N') props.onSubmit(false);
	});
	return (
		<Box flexDirection="column">
			<Question message={props.message} />
			<SelectInput
				items={ITEMS}
				initialIndex={props.initial ? 0 : 1}
				indicatorComponent={Pointer}
				itemComponent={ChoiceItem}
				onSelect={item => props.onSubmit(item.value)}
			/>
		</Box>
	);
}
