import {Box, Text} from 'ink';
import type {Finding} from '../steps/types.js';
import {FindingDetail} from './FindingDetail.js';
import {statusStyle} from './theme.js';
import {useTheme} from './theme-context.js';

/**
 * One finished step. ok and skipped take one line; warn, fail and blocked say why and what to do:
 *
 *   ✔ APIs: Vertex AI API enabled
 *   ✖ Billing: Billing is not enabled on my-proj
 *     Vertex AI refuses requests from a project without a billing account.
 *     Fix: link a billing account to my-proj.
 *       gcloud billing projects link my-proj --billing-account=0X0X0X-0X0X0X-0X0X0X
 *
 * Lives in <Static>, so its commands are printed whole (see Command).
 */
export function StepLine({title, finding}: {title: string; finding: Finding}) {
	const theme = useTheme();
	const {icon, color} = statusStyle(theme, finding.status);
	const explained = finding.status === 'warn' || finding.status === 'fail' || finding.status === 'blocked';
	return (
		<Box flexDirection="column">
			<Text>
				<Text color={color}>{icon}</Text> <Text bold={theme.emphasis}>{title}</Text>: {finding.summary}
			</Text>
			{explained ? <FindingDetail finding={finding} wholeCommands /> : null}
		</Box>
	);
}
