import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {SummaryData} from '../flow/summary.js';
import {Command} from './Command.js';
import {exportLine, formatLatency, shortReply, verdict} from './summary-format.js';
import {statusStyle} from './theme.js';
import {useTheme} from './theme-context.js';

export type {SummaryData} from '../flow/summary.js';

/**
 * The closing screen:
 *
 *   Summary
 *   ✔ gcloud: gcloud 528.0.0 installed
 *   ⚠ Key file: No key file in use
 *   ✔ Ready, with warnings (⚠ above): Gemini answered through Vertex AI.
 *
 *   Use Vertex AI from your code:
 *     export GOOGLE_CLOUD_PROJECT=my-proj
 *     export GOOGLE_CLOUD_LOCATION=global
 *     export GOOGLE_GENAI_USE_VERTEXAI=true
 *
 *   Gemini replied (gemini-2.5-flash-001, 840 ms, global):
 *     Hello from Vertex AI!
 *
 *   Commands run for you:
 *     gcloud config set project my-proj
 */
export function Summary({data}: {data: SummaryData}) {
	const theme = useTheme();
	const overall = verdict(data.steps.map(step => step.status), data.reply !== undefined);
	const overallStyle = statusStyle(theme, overall.status);
	const {reply, env, todo = []} = data;
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold={theme.emphasis}>Summary</Text>
			{data.steps.map((step, index) => {
				const {icon, color} = statusStyle(theme, step.status);
				return (
					<Text key={`${index}-${step.id}`}>
						<Text color={color}>{icon}</Text> {step.title}: {step.summary}
					</Text>
				);
			})}
			{data.stopped ? (
				<Text color={theme.warning}>{data.stopped}</Text>
			) : (
				<Text>
					<Text color={overallStyle.color}>{overallStyle.icon}</Text> {overall.text}
				</Text>
			)}
			{env && Object.keys(env).length > 0 ? (
				<Section title="Use Vertex AI from your code:">
					{Object.entries(env).map(([name, value]) => (
						<Command key={name} whole indent={2} command={exportLine(name, value)} />
					))}
				</Section>
			) : null}
			{reply ? (
				<Section
					title={`Gemini replied (${reply.modelVersion ?? reply.model}, ${formatLatency(reply.latencyMs)}, ${reply.region}):`}
				>
					<Box paddingLeft={2}>
						<Text color={theme.accent}>{shortReply(reply.text)}</Text>
					</Box>
				</Section>
			) : null}
			{todo.length > 0 ? (
				<Section title="Still to do:">
					{todo.map((item, index) => (
						<Box key={index} flexDirection="column" paddingLeft={2}>
							<Text>• {item.title}</Text>
							{item.commands.map(command => (
								<Command key={command} whole indent={2} command={command} />
							))}
						</Box>
					))}
				</Section>
			) : null}
			{data.commandsRun.length > 0 ? (
				<Section title="Commands run for you:">
					{data.commandsRun.map((command, index) => (
						<Command key={index} whole indent={2} command={command} />
					))}
				</Section>
			) : null}
		</Box>
	);
}

function Section({title, children}: {title: string; children: ReactNode}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold={theme.emphasis}>{title}</Text>
			{children}
		</Box>
	);
}
