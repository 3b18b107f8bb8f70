import type {Facts} from '../steps/context.js';
import {vertexEnv} from '../steps/dotenv.js';
import type {Status} from '../steps/types.js';
import type {RunResult} from './runner.js';

/** Everything the closing screen shows, as plain data both renderers use. */
export interface SummaryData {
	steps: {id: string; title: string; status: Status; summary: string}[];
	/** The variables for the developer's own code; absent until a project is chosen. */
	env?: Record<string, string>;
	reply?: {text: string; modelVersion?: string; latencyMs: number; model: string; region: string};
	commandsRun: string[];
	/** What is still left for a person to do, with the commands. */
	todo?: {title: string; commands: string[]}[];
	stopped?: string;
}

export function summaryData(result: RunResult, facts: Facts, commandsRun: string[]): SummaryData {
	const project = facts.project?.projectId;
	const region = facts.smoke?.region ?? facts.region ?? 'global';
	return {
		steps: result.steps.map((s) => ({id: s.id, title: s.title, status: s.finding.status, summary: s.finding.summary})),
		env: project ? vertexEnv(project, region) : undefined,
		reply: facts.smoke ? {...facts.smoke} : undefined,
		commandsRun,
		todo: result.steps.flatMap((s) => {
			if (s.finding.status !== 'fail') return [];
			const commands = [...(s.finding.commands ?? []), ...s.pending.flatMap((f) => f.commands)];
			return [{title: s.finding.fix ?? s.finding.summary, commands: commands.filter((c, i) => commands.indexOf(c) === i)}];
		}),
		stopped:
			result.stopped?.reason === 'cancelled'
				? 'Cancelled. Steps marked ✔ were done; nothing after them was changed.'
				: result.stopped?.reason === 'needs-answer'
					? `Stopped: "${result.stopped.question}" needs an answer. Run again with ${result.stopped.flag}, or in a terminal.`
					: undefined,
	};
}
