import {Box, Text} from 'ink';
import type {Finding, Fix} from '../steps/types.js';
import {Command} from './Command.js';
import {FindingDetail} from './FindingDetail.js';
import {statusStyle} from './theme.js';
import {useTheme} from './theme-context.js';

/**
 * What a check found, and the changes about to be offered:
 *
 *   ✖ Vertex AI API is not enabled on my-proj
 *     Gemini calls fail with SERVICE_DISABLED until it is.
 *     Fix: enable aiplatform.googleapis.com.
 *       gcloud services enable aiplatform.googleapis.com --project=my-proj
 *     I can do this for you:
 *     • Enable aiplatform.googleapis.com on my-proj
 *     • Log in with gcloud (you do this in the browser)
 */
export function ProblemPanel({finding, fixes}: {finding: Finding; fixes: Fix[]}) {
	const theme = useTheme();
	const {icon, color} = statusStyle(theme, finding.status);
	return (
		<Box flexDirection="column">
			<Text>
				<Text color={color}>{icon}</Text> {finding.summary}
			</Text>
			<FindingDetail finding={finding} />
			{fixes.length > 0 ? (
				<Box flexDirection="column" paddingLeft={2}>
					<Text bold={theme.emphasis}>I can do this for you:</Text>
					{fixes.map(fix => (
						<Box key={fix.id} flexDirection="column">
							<Text>
								<Text color={theme.accent}>•</Text> {fix.title}
								{fix.manual ? <Text color={theme.muted}> (you do this)</Text> : null}
							</Text>
							{/* The commands are already under Fix: when they are the same ones. */}
							{sameCommands(fix.commands, finding.commands)
								? null
								: fix.commands.map((command, index) => <Command key={index} command={command} indent={2} />)}
						</Box>
					))}
				</Box>
			) : null}
		</Box>
	);
}

function sameCommands(a: string[], b: string[] | undefined): boolean {
	return b !== undefined && a.length === b.length && a.every((command, index) => command === b[index]);
}
