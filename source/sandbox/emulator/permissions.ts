import {roleGrants} from './roles.js';
import {type Binding, type ProjectState, SA_DOMAIN} from './state.js';

/** Who is calling: a Google account or a service account, identified by email. */
export interface Principal {
	email: string;
	kind: 'user' | 'serviceAccount';
}

export function principalFor(email: string): Principal {
	return {email, kind: email.endsWith(SA_DOMAIN) ? 'serviceAccount' : 'user'};
}

/** The policy members that name this principal. */
export function memberMatches(member: string, who: Principal): boolean {
	if (member === 'allUsers' || member === 'allAuthenticatedUsers') return true;
	const email = who.email.toLowerCase();
	const [prefix, rest] = [member.slice(0, member.indexOf(':')), member.slice(member.indexOf(':') + 1).toLowerCase()];
	if (prefix === 'user') return who.kind === 'user' && rest === email;
	if (prefix === 'serviceAccount') return who.kind === 'serviceAccount' && rest === email;
	if (prefix === 'domain') return who.kind === 'user' && email.endsWith(`@${rest}`);
	return false;
}

const TIME_TERM = /^\s*request\.time\s*(<=|>=|<|>)\s*timestamp\(\s*(["'])([^"']+)\2\s*\)\s*$/;

/**
 * Evaluates an IAM condition at `now`. Only `request.time < timestamp('…')` and the `>`,
 * `<=`, `>=` forms (optionally joined by `&&`) are understood; any other term is treated as
 * true, because the sandbox has no resource names, tags or request attributes to test.
 */
export function conditionHolds(expression: string, now: number): boolean {
	for (const term of expression.split('&&')) {
		const m = TIME_TERM.exec(term);
		if (!m) continue;
		const at = Date.parse(m[3] ?? '');
		if (Number.isNaN(at)) continue;
		const ok = m[1] === '<' ? now < at : m[1] === '>' ? now > at : m[1] === '<=' ? now <= at : now >= at;
		if (!ok) return false;
	}
	return true;
}

export interface HoldsOptions {
	/** Only count grants made at least this long ago (Vertex sees role grants late). */
	propagationMs?: number;
}

/** Does this binding give `who` the role right now? */
function bindingApplies(project: ProjectState, b: Binding, who: Principal, now: number, opts: HoldsOptions): boolean {
	if (b.condition?.expression && !conditionHolds(b.condition.expression, now)) return false;
	for (const member of b.members ?? []) {
		if (!memberMatches(member, who)) continue;
		const at = project.grantedAt[`${b.role} ${member}`];
		if (opts.propagationMs && at !== undefined && now < at + opts.propagationMs) continue;
		return true;
	}
	return false;
}

export function holds(project: ProjectState, who: Principal, permission: string, now: number, opts: HoldsOptions = {}): boolean {
	for (const b of project.policy.bindings) {
		if (b.role && roleGrants(b.role, permission) && bindingApplies(project, b, who, now, opts)) return true;
	}
	return false;
}

/** `resourcemanager.projects.get`: whether the project shows up for this caller at all. */
export function canSee(project: ProjectState | undefined, who: Principal, now: number): project is ProjectState {
	return project !== undefined && holds(project, who, 'resourcemanager.projects.get', now);
}
