import type {RunResult} from '../flow/runner.js';
import type {Change} from '../steps/types.js';

/**
 * `--dry-run`: the commands that would bring this setup to working, one per line, in order,
 * copy-pasteable. Steps a person must do themselves are marked with a comment.
 *
 *   # Sign in to gcloud (a person must do this: it needs a browser)
 *   gcloud auth login
 *   # Enable aiplatform.googleapis.com on vertex-demo-123 (not checked yet: harmless if already done)
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
		// A blocked step's fixes were planned from the flags, before anything could be looked at.
		const unchecked = step.finding.status === 'blocked' ? ' (not checked yet: harmless if already done)' : '';
		for (const fix of step.pending) {
			// A manual fix without a command (a console page, say) still belongs on the list.
			section(`${fix.title}${fix.manual ? ' (a person must do this: it needs a browser)' : unchecked}`, fix.commands, fix.manual && fix.commands.length === 0);
		}
		// The smoke test only probes: once something before it is planned, its diagnosis is that.
		const probeAfterFixes = step.id === 'smokeTest' && lines.length > 0;
		if (step.pending.length === 0 && step.finding.status === 'fail' && step.finding.commands?.length && !probeAfterFixes) {
			section(`${step.title}: ${step.finding.summary}`, step.finding.commands);
		}
	}
	lines.push(...unplannedLines(result));
	if (lines.length === 0) lines.push('# Nothing to change: every check passed.');
	return lines;
}

/**
 * Blocked steps that could not be planned without a flag, one line per flag:
 *
 *   # Pass --principal user:EMAIL to plan IAM role too (who gets roles/aiplatform.user).
 */
export function unplannedLines(result: RunResult): string[] {
	const byFlag = new Map<string, {titles: string[]; what: string}>();
	for (const step of result.steps) {
		if (!step.unplanned) continue;
		const entry = byFlag.get(step.unplanned.flag) ?? {titles: [], what: step.unplanned.what};
		entry.titles.push(step.title);
		byFlag.set(step.unplanned.flag, entry);
	}
	return [...byFlag].map(([flag, {titles, what}]) => `# Pass ${flag} to plan ${listed(titles)} too (${what}).`);
}

function listed(items: string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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
	const gaps = unplannedLines(result);
	if (changes.length === 0) return gaps.length > 0 ? gaps : ['# Nothing to change in the project: every cloud-side check passed.'];
	const names = new Set<string>();
	// Terraform refuses two resources of one type with one name: number the repeats.
	const unique = (type: string, base: string) => {
		let name = base;
		for (let n = 2; names.has(`${type}.${name}`); n++) name = `${base}_${n}`;
		names.add(`${type}.${name}`);
		return name;
	};
	return [...gaps, ...changes.flatMap((c) => [...terraformBlock(c, unique), ''])];
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
