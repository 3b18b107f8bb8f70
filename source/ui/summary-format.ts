import type {Status} from '../steps/types.js';

/** Text helpers for the summary, kept apart so they are tested without Ink. */

const SAFE = /^[\w.:/@%+=,-]+$/;

/** `export NAME=value`, quoted for a POSIX shell only when the value needs it. */
export function exportLine(name: string, value: string): string {
	return `export ${name}=${SAFE.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`}`;
}

/** 840 ms, 2.3 s */
export function formatLatency(ms: number): string {
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A long reply is cut, so the env block and the commands stay on screen. */
export function shortReply(text: string, max = 400): string {
	const trimmed = text.trim();
	return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** The verdict line: what a person should conclude from the whole run. */
export function verdict(statuses: Status[], smokeAnswered: boolean): {status: Status; text: string} {
	const failed = statuses.filter(status => status === 'fail').length;
	if (failed > 0) {
		const steps = failed === 1 ? '1 step needs' : `${failed} steps need`;
		return {status: 'fail', text: `Not ready yet: ${steps} fixing (✖ above). Fix it, then run vertex-setup again.`};
	}
	const warned = statuses.some(status => status === 'warn');
	if (smokeAnswered) {
		return {
			status: warned ? 'warn' : 'ok',
			text: warned ? 'Ready, with warnings (⚠ above): Gemini answered through Vertex AI.' : 'Ready: Gemini answered through Vertex AI.',
		};
	}
	return {status: warned ? 'warn' : 'ok', text: 'Set up. Gemini was not called, so the setup is not proven yet.'};
}
