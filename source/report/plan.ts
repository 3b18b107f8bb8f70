import type {RunResult} from '../flow/runner.js';
import type {Change} from '../steps/types.js';

/**
 * `--dry-run`: the commands that would bring this setup to working, one per line, in order,
 * copy-pasteable. Steps a person must do themselves are marked with a comment.
 *
 *   # Sign in (needs a browser)
 *   gcloud auth login
 *   gcloud services enable aiplatform.googleapis.com generativelanguage.googleapis.com --project=vertex-demo-123
 */
export function planLines(result: RunResult): string[] {
	const lines: string[] = [];
	const seen = new Set<string>();
	for (const step of result.steps) {
		for (const fix of step.pending) {
			const fresh = fix.commands.filter((c) => !seen.has(c));
			if (fresh.length === 0) continue;
			lines.push(`# ${fix.title}${fix.manual ? ' (a person must do this: it needs a browser)' : ''}`);
			for (const c of fresh) {
				seen.add(c);
				lines.push(c);
			}
		}
		if (step.pending.length === 0 && step.finding.status === 'fail' && step.finding.commands?.length) {
			lines.push(`# ${step.title}: ${step.finding.summary}`);
			for (const c of step.finding.commands) if (!seen.has(c)) (seen.add(c), lines.push(c));
		}
	}
	if (lines.length === 0) lines.push('# Nothing to change: every check passed.');
	return lines;
}

/** The same changes as Terraform, for teams that manage projects as code. */
export function terraformPlan(result: RunResult): string[] {
	const changes = result.steps.flatMap((s) => s.pending.flatMap((f) => f.changes ?? []));
	if (changes.length === 0) return ['# Nothing to change in the project: every cloud-side check passed.'];
	return changes.flatMap((c) => [...terraformBlock(c), '']);
}

function terraformBlock(change: Change): string[] {
	const name = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');
	if (change.kind === 'enable-service') {
		return [
			`resource "google_project_service" "${name(change.service.split('.')[0] ?? change.service)}" {`,
			`  project            = "${change.project}"`,
			`  service            = "${change.service}"`,
			'  disable_on_destroy = false',
			'}',
		];
	}
	return [
		`resource "google_project_iam_member" "${name(`${change.role.split('/').pop()}_${change.member.split(':')[1]?.split('@')[0]}`)}" {`,
		`  project = "${change.project}"`,
		`  role    = "${change.role}"`,
		`  member  = "${change.member}"`,
		'}',
	];
}
