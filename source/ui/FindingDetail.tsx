import {Box, Text} from 'ink';
import {shownFix} from '../flow/fix-text.js';
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
const URL = /https?:\/\/[^\s,)]+[^\s,).]/g;

export function FindingDetail({finding, wholeCommands = false}: {finding: Finding; wholeCommands?: boolean}) {
	const theme = useTheme();
	const commands = finding.commands ?? [];
	if (!finding.detail && !finding.fix && commands.length === 0) return null;
	// A URL broken across lines can't be clicked or copied: each gets a line of its own.
	const text = shownFix(finding);
	const urls = text?.match(URL) ?? [];
	const fix = urls.length === 0 ? text : text!.replace(URL, urls.length === 1 ? 'the link below' : 'the links below');
	return (
		<Box flexDirection="column" paddingLeft={2}>
			{finding.detail ? <Text color={theme.muted}>{finding.detail}</Text> : null}
			{fix ? (
				<Text>
					<Text bold={theme.emphasis}>Fix:</Text> {fix}
				</Text>
			) : null}
			{urls.map((url, index) => (
				<Command key={`url-${index}`} command={url} indent={2} whole={wholeCommands} />
			))}
			{commands.map((command, index) => (
				<Command key={index} command={command} indent={2} whole={wholeCommands} />
			))}
		</Box>
	);
}
