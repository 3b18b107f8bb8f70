import {invalidArgument} from './errors.js';
import {type Binding, type EmulatorState, SA_DOMAIN, findServiceAccount} from './state.js';

const ROLE = /^(roles\/[\w.]+|(projects|organizations)\/[\w.-]+\/roles\/[\w.]+)$/;
const EMAIL = /^[^@\s:]+@[^@\s:]+\.[^@\s:]+$/;
const MEMBER = /^(user|serviceAccount|group):(.+)$/;

function checkMember(state: EmulatorState, member: string): void {
	if (member === 'allUsers' || member === 'allAuthenticatedUsers') return;
	if (/^(domain:[\w.-]+\.[a-z]+|deleted:.+\?uid=\d+|principal(Set)?:\/\/.+)$/.test(member)) return;
	const m = MEMBER.exec(member);
	if (!m?.[2] || !EMAIL.test(m[2])) throw invalidArgument(`Invalid principal: ${member}.`);
	if (m[1] !== 'serviceAccount' || !m[2].endsWith(SA_DOMAIN)) return;
	// Google checks that a service account in a known project exists.
	const projectId = m[2].slice(m[2].indexOf('@') + 1, -SA_DOMAIN.length);
	if (state.projects[projectId] && !findServiceAccount(state, m[2])) {
		throw invalidArgument(`Service account ${m[2]} does not exist.`);
	}
}

/**
 * Checks and normalises the bindings of a setIamPolicy request: valid roles and members,
 * conditions only in a version 3 policy, duplicate members dropped, empty bindings removed
 * (Google drops a binding whose last member was removed). Messages are UNVERIFIED except
 * the service-account one.
 */
export function validateBindings(state: EmulatorState, bindings: Binding[], version: number): Binding[] {
	const out: Binding[] = [];
	for (const b of bindings) {
		if (!b.role || !ROLE.test(b.role) || b.role.includes('_withcond_')) {
			throw invalidArgument(`Role ${b.role ?? '(empty)'} is not supported for this resource.`);
		}
		if (b.condition) {
			if (version !== 3) {
				throw invalidArgument('Conditional role bindings require policy version 3. Set the policy version to 3 and retry.');
			}
			if (!b.condition.expression) throw invalidArgument('Condition expression must not be empty.');
		}
		const members = [...new Set(b.members ?? [])];
		for (const m of members) checkMember(state, m);
		if (members.length === 0) continue;
		out.push(b.condition ? {role: b.role, members, condition: structuredClone(b.condition)} : {role: b.role, members});
	}
	return out;
}
