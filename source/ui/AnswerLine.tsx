import {Text} from 'ink';
import type {PromptRequest} from '../flow/events.js';
import {useTheme} from './theme-context.js';

/**
 * A question once answered, left in the scrollback so the run reads as a transcript:
 *
 *   ? Enable aiplatform.googleapis.com on my-proj? Yes
 */
export function AnswerLine({question, answer}: {question: string; answer: string}) {
	const theme = useTheme();
	return (
		<Text>
			<Text color={theme.muted}>? {question}</Text> <Text color={theme.accent}>{answer}</Text>
		</Text>
	);
}

/** How an answer reads on screen: Yes/No, the chosen option's label, or the project ID. */
export function answerLabel(request: PromptRequest, value: unknown): string {
	if (request.kind === 'confirm') return value ? 'Yes' : 'No';
	if (request.kind === 'project') return String(value);
	return request.choices.find(choice => choice.value === value)?.label ?? String(value);
}
