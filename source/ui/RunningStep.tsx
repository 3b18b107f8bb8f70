import {Box, Text} from 'ink';
import type {ActiveStep} from '../flow/state.js';
import {ProblemPanel} from './ProblemPanel.js';
import {ProgressList} from './ProgressList.js';
import {Spinner} from './Spinner.js';
import {useTheme} from './theme-context.js';

/**
 * The step in progress, the only part of the screen that moves:
 *
 *   ⠋ Enabling Vertex AI API…
 *     ✔ aiplatform.googleapis.com
 *     ⠋ iam.googleapis.com
 *     Waiting for the role to propagate… retrying in 12s (Esc to stop)
 */
export function RunningStep({step, canStop = true}: {step: ActiveStep; canStop?: boolean}) {
	const theme = useTheme();
	const {problem, fixing, countdown} = step;
	const stop = canStop ? ' (Esc to stop)' : '';
	return (
		<Box flexDirection="column">
			<Text>
				<Spinner /> {fixing ? `Applying: ${fixing.title}…` : step.label}
			</Text>
			{problem && !fixing ? (
				<Box paddingLeft={2}>
					<ProblemPanel finding={problem.finding} fixes={problem.fixes} />
				</Box>
			) : null}
			<ProgressList items={step.progress} />
			{countdown ? (
				<Box paddingLeft={2}>
					<Text>
						{countdown.label}
						{countdown.secondsLeft === null ? null : (
							<Text>
								{' '}
								retrying in <Text color={theme.accent}>{countdown.secondsLeft}s</Text>
							</Text>
						)}
						<Text color={theme.muted}>{stop}</Text>
					</Text>
				</Box>
			) : null}
		</Box>
	);
}
