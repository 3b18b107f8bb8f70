import {Box, Text} from 'ink';
import type {Finding} from '../steps/types.js';
import {Command} from './Command.js';
import {useTheme} from './theme-context.js';

/**
 * The why and the fix under a step's line:
 *
 *   ADC has no quota project, so Vertex AI bills and rate-limits the wrong project.
 *   Fix: set my-proj as the quota project.
 *     gcloud auth application-default set-quota-project my-proj
 */
export function FindingDetail({finding, wholeCommands = false}: {finding: Finding; wholeCommands?: boolean}) {
	const theme = useTheme();
	const commands = finding.commands ?? [];
	if (!finding.detail && !finding.fix && commands.length === 0) return null;
	return (
		<Box flexDirection="column" paddingLeft={2}>
			{finding.detail ? <Text color={theme.muted}>{finding.detail}</Text> : null}
			{finding.fix ? (
				<Text>
					<Text bold={theme.emphasis}>Fix:</Text> {finding.fix}
				</Text>
			) : null}
			{commands.map((command, index) => (
				<Command key={index} command={command} indent={2} whole={wholeCommands} />
			))}
		</Box>
	);
}
