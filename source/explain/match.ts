import type {Entry, Facts, Signal} from './types.js';

export interface Match {
	entry: Entry;
	score: number;
	/** Values implied by the wording that matched (a service, a permission). */
	implied: {service?: string; permission?: string};
}

/**
 * Scores every entry: its best matching signal, plus a little for each further signal that
 * agrees. The highest score wins; on a tie, the entry listed first.
 */
export function bestMatch(f: Facts, entries: readonly Entry[]): Match | null {
	let best: Match | null = null;
	for (const entry of entries) {
		if (entry.unless?.(f)) continue;
		const hits = entry.signals.filter((s) => holds(s, f));
		if (hits.length === 0) continue;
		const top = Math.max(...hits.map((s) => s.weight));
		const score = Math.min(0.99, top + 0.01 * (hits.length - 1));
		if (!best || score > best.score) {
			const implied = {
				service: hits.find((s) => s.service)?.service,
				permission: hits.find((s) => s.permission)?.permission,
			};
			best = {entry, score, implied};
		}
	}
	return best;
}

function holds(s: Signal, f: Facts): boolean {
	if (s.text && !s.text.test(f.text)) return false;
	if (s.reason && !s.reason.some((r) => f.reasons.includes(r))) return false;
	if (s.status && !s.status.some((x) => f.statuses.includes(x))) return false;
	if (s.http && !s.http.some((h) => f.http.includes(h))) return false;
	if (s.exception && !f.exceptions.some((e) => s.exception?.test(e))) return false;
	if (s.oauth && !(f.oauth && s.oauth.test(`${f.oauth.error}: ${f.oauth.description}`))) return false;
	if (s.gcloud && !(f.gcloudCommand && s.gcloud.test(f.gcloudCommand))) return false;
	if (s.when && !s.when(f)) return false;
	return true;
}
