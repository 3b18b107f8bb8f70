import type {RunEvent} from '../flow/events.js';
import {shownFix} from '../flow/fix-text.js';
import type {Finding, Status} from '../steps/types.js';

export const ICONS: Record<Status, string> = {ok: '✔', warn: '⚠', fail: '✖', blocked: '○', skipped: '–'};

/**
 * One line per state change, no spinners or cursor movement, for CI logs and pipes.
 *
 *   ✔ gcloud CLI  Google Cloud SDK 528.0.0
 *   ✖ Billing  Billing is not enabled on vertex-demo-123
 *       Fix: link a billing account: https://console.cloud.google.com/billing/linkedaccount?project=vertex-demo-123
 */
export function plainRenderer(write: (line: string) => void): (event: RunEvent) => void {
	const lastProgress = new Map<string, string>();
	const countdowns = new Map<string, string>();
	return (event) => {
		switch (event.type) {
			case 'step-progress': {
				const key = `${event.id}/${event.item.key}`;
				if (lastProgress.get(key) === event.item.state) return;
				lastProgress.set(key, event.item.state);
				write(`  ${progressIcon(event.item.state)} ${event.item.label}${event.item.note ? ` (${event.item.note})` : ''}`);
				return;
			}
			case 'step-fixing':
				write(`  → ${event.fix.title}`);
				return;
			case 'step-done':
				for (const line of findingLines(event.title, event.finding)) write(line);
				return;
			case 'command-run':
				write(`  $ ${event.command}`);
				return;
			case 'countdown': {
				// The first tick says what is being waited for; then a line every 15 seconds, not every second.
				const first = countdowns.get(event.id) !== event.label;
				countdowns.set(event.id, event.label);
				if (event.secondsLeft === null) {
					if (first) write(`  … ${event.label}`);
				} else if (first || event.secondsLeft % 15 === 0) {
					write(`  … ${event.label} (${event.secondsLeft}s left)`);
				}
				return;
			}
			default:
		}
	};
}

export function findingLines(title: string, finding: Finding): string[] {
	const lines = [`${ICONS[finding.status]} ${title}  ${finding.summary}`];
	if (finding.status === 'ok' || finding.status === 'skipped') return lines;
	if (finding.detail) lines.push(`    ${finding.detail}`);
	const fix = shownFix(finding);
	if (fix) lines.push(`    Fix: ${fix}`);
	for (const command of finding.commands ?? []) lines.push(`      $ ${command}`);
	return lines;
}

function progressIcon(state: string): string {
	return state === 'done' ? '✔' : state === 'failed' ? '✖' : '…';
}
