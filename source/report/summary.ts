import type {SummaryData} from '../flow/summary.js';
import {ICONS} from './plain.js';

export {summaryData, type SummaryData} from '../flow/summary.js';

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
	if (data.todo?.length) {
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
