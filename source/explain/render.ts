import type {Diagnosis} from './types.js';

const ANSI = {red: '\x1b[31m', bold: '\x1b[1m', dim: '\x1b[2m', cyan: '\x1b[36m', reset: '\x1b[0m'};

/**
 * The human form of a diagnosis. Plain text; ANSI colour only when asked (the caller decides,
 * honouring NO_COLOR and whether stdout is a terminal).
 *
 *   ✖ The Vertex AI API (aiplatform.googleapis.com) is not enabled in project my-proj.
 *     service_disabled · confidence 0.96
 *
 *   Why: Each Google Cloud API must be switched on in a project before calls to it work, …
 *
 *   Fix:
 *     1. Enable aiplatform.googleapis.com in project my-proj (…).
 *     2. Wait two to five minutes, then retry.
 *
 *   Commands:
 *     $ gcloud services enable aiplatform.googleapis.com --project=my-proj
 *
 *   vertex-setup can do this for you: vertex-setup --project my-proj --apis aiplatform.googleapis.com
 */
export function renderDiagnosis(d: Diagnosis, options: {color: boolean}): string {
	const paint = (code: string, s: string) => (options.color ? `${code}${s}${ANSI.reset}` : s);
	const lines = [
		`${paint(ANSI.red, '✖')} ${paint(ANSI.bold, d.summary)}`,
		paint(ANSI.dim, `  ${d.category} · confidence ${d.confidence.toFixed(2)}`),
		'',
		`${paint(ANSI.bold, 'Why:')} ${d.why}`,
	];
	if (d.steps.length > 0) {
		lines.push('', paint(ANSI.bold, 'Fix:'), ...d.steps.map((s, i) => `  ${i + 1}. ${s}`));
	}
	if (d.commands.length > 0) {
		lines.push('', paint(ANSI.bold, 'Commands:'));
		for (const c of d.commands) lines.push(/^https?:\/\//.test(c) ? `  Open ${paint(ANSI.cyan, c)}` : `  $ ${paint(ANSI.cyan, c)}`);
	}
	if (d.wizardCommand) {
		const label = d.wizardCommand.startsWith('vertex-setup doctor') ? 'Next:' : 'vertex-setup can do this for you:';
		lines.push('', `${label} ${paint(ANSI.cyan, d.wizardCommand)}`);
	}
	return `${lines.join('\n')}\n`;
}
