import {Box, Text} from 'ink';
import {useTheme} from './theme-context.js';

/** The pointer column of a list: ❯ on the highlighted row. */
export function Pointer({isSelected = false}: {isSelected?: boolean}) {
	const theme = useTheme();
	return (
		<Box marginRight={1}>
			<Text color={theme.accent}>{isSelected ? '❯' : ' '}</Text>
		</Box>
	);
}

/** A list row: label, highlighted in the accent colour, and an optional muted hint. */
export function ChoiceItem({isSelected = false, label, hint}: {isSelected?: boolean; label: string; hint?: string}) {
	const theme = useTheme();
	return (
		<Text>
			<Text color={isSelected ? theme.accent : undefined}>{label}</Text>
			{hint ? <Text color={theme.muted}> · {hint}</Text> : null}
		</Text>
	);
}
