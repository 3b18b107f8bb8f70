import {Text} from 'ink';
import {useTheme} from './theme-context.js';

/**
 * The line a question starts with, above its choices:
 *
 *   ? Enable aiplatform.googleapis.com on my-proj?
 */
export function Question({message}: {message: string}) {
	const theme = useTheme();
	return (
		<Text>
			<Text color={theme.accent}>?</Text> {message}
		</Text>
	);
}
