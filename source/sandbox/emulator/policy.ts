import {createHash} from 'node:crypto';
import type {cloudresourcemanager_v1} from '@googleapis/cloudresourcemanager';
import {type GoogleError, invalidArgument, rpcError} from './errors.js';
import {newEtag} from './ids.js';
import {type Principal, holds} from './permissions.js';
import {validateBindings} from './policyValidation.js';
import type {Binding, EmulatorState, PolicyState, ProjectState} from './state.js';
import {compact} from './wire.js';

type Policy = cloudresourcemanager_v1.Schema$Policy;

export const CONCURRENT_CHANGE =
	'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.';

/**
 * §2.4: a policy without conditions is reported as version 1 whatever was asked. Asking for
 * version 0/1 of a policy with conditions gives version 1 with each conditional binding's role
 * renamed `<role>_withcond_<hash>` and the condition dropped (as Google's IAM docs describe).
 */
export function policyView(policy: PolicyState, requestedVersion: number): Policy {
	const conditional = policy.bindings.some(b => b.condition);
	const legacy = conditional && requestedVersion < 3;
	const bindings = policy.bindings.map(b => {
		if (!b.condition) return {role: b.role, members: [...(b.members ?? [])]};
		if (!legacy) return structuredClone(b);
		const hash = createHash('sha256').update(JSON.stringify(b.condition)).digest('hex').slice(0, 20);
		return {role: `${b.role}_withcond_${hash}`, members: [...(b.members ?? [])]};
	});
	return compact({
		version: conditional && !legacy ? 3 : 1,
		etag: policy.etag,
		bindings,
		auditConfigs: structuredClone(policy.auditConfigs),
	});
}

export function getIamPolicy(
	project: ProjectState,
	who: Principal,
	now: number,
	body: cloudresourcemanager_v1.Schema$GetIamPolicyRequest,
	deny: (permission: string) => GoogleError,
): Policy {
	if (!holds(project, who, 'resourcemanager.projects.getIamPolicy', now)) throw deny('resourcemanager.projects.getIamPolicy');
	const requested = body.options?.requestedPolicyVersion ?? 0;
	if (![0, 1, 3].includes(requested)) {
		throw invalidArgument(`Invalid requested policy version: ${requested}. Valid versions are 0, 1 and 3.`);
	}
	return policyView(project.policy, requested);
}

const MASK_FIELDS = new Set(['bindings', 'etag', 'auditConfigs', 'version']);

function parseMask(mask: string | null | undefined): Set<string> {
	const paths = (mask ?? 'bindings,etag').split(',').map(s => s.trim()).filter(Boolean);
	for (const p of paths) if (!MASK_FIELDS.has(p)) throw invalidArgument(`Invalid field mask path: ${p}.`);
	return new Set(paths);
}

function sameEtag(a: string, b: string): boolean {
	return Buffer.from(a, 'base64').equals(Buffer.from(b, 'base64'));
}

function pairs(bindings: Binding[]): Set<string> {
	const out = new Set<string>();
	for (const b of bindings) for (const m of b.members ?? []) out.add(`${b.role} ${m}`);
	return out;
}

export function setIamPolicy(
	state: EmulatorState,
	project: ProjectState,
	who: Principal,
	now: number,
	body: cloudresourcemanager_v1.Schema$SetIamPolicyRequest,
	deny: (permission: string) => GoogleError,
): Policy {
	if (!holds(project, who, 'resourcemanager.projects.setIamPolicy', now)) throw deny('resourcemanager.projects.setIamPolicy');
	const incoming = body.policy;
	if (!incoming) throw invalidArgument('Request contains an invalid argument.');
	const current = project.policy;
	if (incoming.etag && !sameEtag(incoming.etag, current.etag)) throw rpcError(409, CONCURRENT_CHANGE);
	const mask = parseMask(body.updateMask);
	let bindings = current.bindings;
	if (mask.has('bindings')) {
		bindings = validateBindings(state, incoming.bindings ?? [], incoming.version ?? 0);
		const before = pairs(current.bindings);
		const after = pairs(bindings);
		for (const key of after) if (!before.has(key)) project.grantedAt[key] = now;
		for (const key of before) if (!after.has(key)) delete project.grantedAt[key];
	}
	const auditConfigs = mask.has('auditConfigs') ? structuredClone(incoming.auditConfigs ?? []) : current.auditConfigs;
	project.policy = {version: bindings.some(b => b.condition) ? 3 : 1, etag: newEtag(), bindings, auditConfigs};
	return policyView(project.policy, 3);
}

export function testIamPermissions(
	project: ProjectState,
	who: Principal,
	now: number,
	body: cloudresourcemanager_v1.Schema$TestIamPermissionsRequest,
): cloudresourcemanager_v1.Schema$TestIamPermissionsResponse {
	const asked = body.permissions ?? [];
	for (const p of asked) {
		if (p.includes('*')) throw invalidArgument(`Permissions with wildcards (such as '${p}') are not allowed.`);
	}
	return compact({permissions: asked.filter(p => holds(project, who, p, now))});
}
