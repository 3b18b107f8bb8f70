import type {RunResult} from '../flow/runner.js';
import type {Facts} from '../steps/context.js';
import {vertexEnv} from '../steps/dotenv.js';
import {ICONS} from './plain.js';

/** Everything the closing screen shows, as plain data both renderers use. */
export interface SummaryData {
	steps: {id: string; title: string; status: keyof typeof ICONS; summary: string}[];
	/** The variables for the developer's own code; absent until a project is chosen. */
	env?: Record<string, string>;
	reply?: {text: string; modelVersion?: string; latencyMs: number; model: string; region: string};
	commandsRun: string[];
	/** What is still left for a person to do, with the commands. */
	todo: {title: string; commands: string[]}[];
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

/**
 * The closing screen as plain lines.
 *
 *   Summary
 *   ✔ gcloud CLI  Google Cloud SDK 528.0.0
 *   …
 *   For your code:
 *     export GOOGLE_CLOUD_PROJECT=vertex-demo-123
 */
export function summaryLines(data: SummaryData, options: {steps: boolean} = {steps: true}): string[] {
	const lines = ['', 'Summary'];
	// Plain output has already printed one line per step as it went; don't print them twice.
	if (options.steps) for (const s of data.steps) lines.push(`${ICONS[s.status]} ${s.title}  ${s.summary}`);
	else lines.push(verdict(data));
	if (data.stopped) lines.push('', data.stopped);
	if (data.reply) {
		lines.push('', `Gemini (${data.reply.modelVersion ?? data.reply.model}, ${data.reply.region}, ${data.reply.latencyMs} ms) said:`, `  ${data.reply.text}`);
	}
	if (data.env) {
		lines.push('', 'For your code:');
		for (const [k, v] of Object.entries(data.env)) lines.push(`  export ${k}=${v}`);
	}
	if (data.todo.length > 0) {
		lines.push('', 'Still to do:');
		for (const t of data.todo) {
			lines.push(`  • ${t.title}`);
			for (const c of t.commands) lines.push(`      $ ${c}`);
		}
	}
	if (data.commandsRun.length > 0) {
		lines.push('', 'Commands run (to repeat by hand):');
		for (const c of data.commandsRun) lines.push(`  $ ${c}`);
	}
	return lines;
}

function verdict(data: SummaryData): string {
	const failing = data.steps.filter((s) => s.status === 'fail' || s.status === 'blocked').length;
	if (failing > 0) return `✖ ${failing} of ${data.steps.length} steps need attention.`;
	const warnings = data.steps.filter((s) => s.status === 'warn').length;
	return warnings > 0 ? `✔ Ready, with ${warnings} warning${warnings > 1 ? 's' : ''} (⚠ above).` : '✔ Ready: every check passed.';
}
