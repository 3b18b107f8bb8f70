import type {AuthClient} from 'google-auth-library';
import type {Endpoints} from './endpoints.js';
import {GoogleApiError} from './errors.js';
import {member as memberId, projectId, role as roleId} from './ids.js';
import {isConcurrentChange} from './problems.js';
import {getIamPolicy, setIamPolicy, type Policy} from './resource-manager.js';
import {valid} from './validate.js';

export type {Policy};
type Expr = NonNullable<NonNullable<Policy['bindings']>[number]['condition']>;

/** Predefined roles that carry aiplatform.endpoints.predict (what generateContent checks). */
export const rolesGrantingPredict = ['roles/aiplatform.user', 'roles/aiplatform.admin', 'roles/editor', 'roles/owner'] as const;

/** Emails in members compare without case (Google stores them lower-cased); other forms exactly. */
export function sameMember(a: string, b: string): boolean {
	return /^(user|serviceAccount|group):/.test(a) ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * A new policy with `member` in the unconditional binding of `role` (created when missing).
 * Every other binding, member, condition and auditConfig is carried over untouched, and the
 * etag is kept so the write fails (409) if someone changed the policy since it was read.
 * Version 3, so conditional bindings survive the write.
 */
export function addMember(policy: Policy, role: string, member: string): Policy {
	const next: Policy = structuredClone(policy);
	next.version = 3;
	const bindings = (next.bindings ??= []);
	const target = bindings.find((b) => b.role === role && !b.condition);
	if (!target) bindings.push({role, members: [member]});
	else if (!(target.members ?? []).some((m) => sameMember(m, member))) target.members = [...(target.members ?? []), member];
	return next;
}

/** The member already holds `role` without a condition. */
export function hasUnconditional(policy: Policy, role: string, member: string): boolean {
	return (policy.bindings ?? []).some((b) => b.role === role && !b.condition && (b.members ?? []).some((m) => sameMember(m, member)));
}

export interface PredictGrant {
	role: string;
	/** Set when the only grant is conditional: it may not apply to every request. */
	condition?: Expr;
}

/**
 * The binding that lets `member` call Gemini, preferring an unconditional one. Only direct
 * grants count: a group the member belongs to, or a custom role, is invisible here.
 */
export function hasPredict(policy: Policy, member: string): PredictGrant | undefined {
	const grants = (policy.bindings ?? []).filter(
		(b) => b.role && (rolesGrantingPredict as readonly string[]).includes(b.role) && (b.members ?? []).some((m) => sameMember(m, member)),
	);
	const plain = grants.find((b) => !b.condition);
	if (plain) return {role: plain.role!};
	const conditional = grants[0];
	return conditional ? {role: conditional.role!, condition: conditional.condition!} : undefined;
}

export interface GrantOptions {
	/** How many times to re-read and retry after a 409 (concurrent change). */
	retries?: number;
	sleep?: (ms: number) => Promise<void>;
	signal?: AbortSignal;
}

export interface GrantResult {
	/** False: the member already had the role; nothing was written. */
	changed: boolean;
	policy: Policy;
	/** Writes that lost to a concurrent change before one succeeded. */
	conflicts: number;
}

/**
 * Read (v3) → add the member → write with the etag; on 409 ABORTED start again from a fresh
 * read, with backoff, at most `retries` times. Never removes or alters another binding.
 */
export async function grantRole(auth: AuthClient, endpoints: Endpoints, project: string, role: string, member: string, options: GrantOptions = {}): Promise<GrantResult> {
	const id = valid(projectId, project);
	const r = valid(roleId, role);
	const m = valid(memberId, member);
	const {retries = 5, signal} = options;
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	for (let attempt = 0; ; attempt++) {
		const current = await getIamPolicy(auth, endpoints, id, signal);
		if (hasUnconditional(current, r, m)) return {changed: false, policy: current, conflicts: attempt};
		try {
			const policy = await setIamPolicy(auth, endpoints, id, addMember(current, r, m), signal);
			return {changed: true, policy, conflicts: attempt};
		} catch (error) {
			if (!(error instanceof GoogleApiError) || !isConcurrentChange(error.problem) || attempt >= retries) throw error;
			// Google's own advice: "retry the whole read-modify-write with exponential backoff".
			await sleep(Math.min(4000, 100 * 2 ** attempt) + Math.floor(Math.random() * 100));
		}
	}
}
