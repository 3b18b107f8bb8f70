import {Box, Text} from 'ink';
import type {ProgressItem} from '../steps/types.js';
import {Spinner} from './Spinner.js';
import {ICONS, type Theme} from './theme.js';
import {useTheme} from './theme-context.js';

function ItemIcon({state, theme}: {state: ProgressItem['state']; theme: Theme}) {
	if (state === 'running') return <Spinner />;
	if (state === 'done') return <Text color={theme.success}>{ICONS.ok}</Text>;
	if (state === 'failed') return <Text color={theme.error}>{ICONS.fail}</Text>;
	return <Text color={theme.muted}>{ICONS.blocked}</Text>;
}

/**
 * One line per item inside a running step; a spinner turns into ✔ or ✖:
 *
 *   ✔ aiplatform.googleapis.com
 *   ⠋ iam.googleapis.com
 *   ○ cloudbilling.googleapis.com (waiting for the operation)
 */
export function ProgressList({items}: {items: ProgressItem[]}) {
	const theme = useTheme();
	if (items.length === 0) return null;
	return (
		<Box flexDirection="column" paddingLeft={2}>
			{items.map(item => (
				<Text key={item.key}>
					<ItemIcon state={item.state} theme={theme} /> {item.label}
					{item.note ? <Text color={theme.muted}> ({item.note})</Text> : null}
				</Text>
			))}
		</Box>
	);
}
