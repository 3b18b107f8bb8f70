import type {RunResult} from '../flow/runner.js';
import type {Change} from '../steps/types.js';

/**
 * `--dry-run`: the commands that would bring this setup to working, one per line, in order,
 * copy-pasteable. Steps a person must do themselves are marked with a comment.
 *
 *   # Sign in to gcloud (a person must do this: it needs a browser)
 *   gcloud auth login
 *   # Enable the APIs on vertex-demo-123
 *   gcloud services enable aiplatform.googleapis.com generativelanguage.googleapis.com --project=vertex-demo-123
 */
export function planLines(result: RunResult): string[] {
	const lines: string[] = [];
	const seen = new Set<string>();
	// Each command once (two steps often share a sign-in); a heading only above commands it owns.
	const section = (heading: string, commands: string[], always = false) => {
		const fresh = commands.filter((c, i) => !seen.has(c) && commands.indexOf(c) === i);
		if (fresh.length === 0 && !(always && !seen.has(heading))) return;
		seen.add(heading);
		lines.push(`# ${heading}`);
		for (const c of fresh) (seen.add(c), lines.push(c));
	};
	for (const step of result.steps) {
		for (const fix of step.pending) {
			// A manual fix without a command (a console page, say) still belongs on the list.
			section(`${fix.title}${fix.manual ? ' (a person must do this: it needs a browser)' : ''}`, fix.commands, fix.manual && fix.commands.length === 0);
		}
		if (step.pending.length === 0 && step.finding.status === 'fail' && step.finding.commands?.length) {
			section(`${step.title}: ${step.finding.summary}`, step.finding.commands);
		}
	}
	if (lines.length === 0) lines.push('# Nothing to change: every check passed.');
	return lines;
}

/**
 * The same changes as Terraform, for teams that manage projects as code. Additive resources
 * only (google_project_iam_member, never the authoritative _policy/_binding).
 *
 *   resource "google_project_service" "aiplatform" {
 *     project            = "vertex-demo-123"
 *     service            = "aiplatform.googleapis.com"
 *     disable_on_destroy = false
 *   }
 */
export function terraformPlan(result: RunResult): string[] {
	const all = result.steps.flatMap((s) => s.pending.flatMap((f) => f.changes ?? []));
	const changes = all.filter((c, i) => all.findIndex((d) => JSON.stringify(d) === JSON.stringify(c)) === i);
	if (changes.length === 0) return ['# Nothing to change in the project: every cloud-side check passed.'];
	const names = new Set<string>();
	// Terraform refuses two resources of one type with one name: number the repeats.
	const unique = (type: string, base: string) => {
		let name = base;
		for (let n = 2; names.has(`${type}.${name}`); n++) name = `${base}_${n}`;
		names.add(`${type}.${name}`);
		return name;
	};
	return changes.flatMap((c) => [...terraformBlock(c, unique), '']);
}

function terraformBlock(change: Change, unique: (type: string, base: string) => string): string[] {
	if (change.kind === 'enable-service') {
		const name = unique('google_project_service', identifier(change.service.split('.')[0] ?? change.service));
		return [
			`resource "google_project_service" "${name}" {`,
			`  project            = ${hcl(change.project)}`,
			`  service            = ${hcl(change.service)}`,
			'  disable_on_destroy = false',
			'}',
		];
	}
	const who = change.member.split(':')[1]?.split('@')[0] ?? change.member;
	const name = unique('google_project_iam_member', identifier(`${change.role.split('/').pop()}_${who}`));
	return [
		`resource "google_project_iam_member" "${name}" {`,
		`  project = ${hcl(change.project)}`,
		`  role    = ${hcl(change.role)}`,
		`  member  = ${hcl(change.member)}`,
		'}',
	];
}

/** A Terraform name: letters, digits and underscores, not starting with a digit. */
function identifier(s: string): string {
	const name = s.replace(/[^A-Za-z0-9_]/g, '_');
	return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/** A quoted HCL string; `${` and `%{` would start a template, so they are escaped. */
function hcl(value: string): string {
	return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}
