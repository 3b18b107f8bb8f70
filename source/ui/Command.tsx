import {Box, Text} from 'ink';

/**
 * One copy-pasteable command on its own line:
 *
 *     gcloud services enable aiplatform.googleapis.com --project=my-proj
 *
 * `whole`: never broken by Ink, even past the terminal's edge; the terminal soft-wraps it, so a
 * triple-click still copies one command. Only for <Static> output: Ink erases the live area by
 * counting lines, and a soft-wrapped line would throw that count off.
 */
export function Command({command, indent = 4, whole = false}: {command: string; indent?: number; whole?: boolean}) {
	if (!whole) {
		return (
			<Box paddingLeft={indent}>
				<Text>{command}</Text>
			</Box>
		);
	}
	return (
		<Box paddingLeft={indent} width={indent + command.length} flexShrink={0}>
			<Text>{command}</Text>
		</Box>
	);
}
