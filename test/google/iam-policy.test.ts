import {describe, expect, it} from 'vitest';
import {GoogleApiError} from '../../source/google/errors.js';
import {addMember, grantRole, hasPredict, hasUnconditional, type Policy} from '../../source/google/iam-policy.js';
import {getIamPolicy} from '../../source/google/resource-manager.js';
import {emulatorFor} from '../helpers/emulator.js';
import {signedIn} from './emulator-auth.js';

/** A small deterministic PRNG, so every failing case can be replayed from its seed. */
function prng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const ROLES = ['roles/owner', 'roles/editor', 'roles/viewer', 'roles/aiplatform.user', 'roles/aiplatform.admin', 'roles/storage.admin'];
const MEMBERS = ['user:ana@example.com', 'user:dev@example.com', 'serviceAccount:ci@p-1.iam.gserviceaccount.com', 'group:team@example.com', 'domain:example.com', 'allAuthenticatedUsers'];
const CONDITION = {title: 'until-2027', description: 'temporary', expression: "request.time < timestamp('2027-01-01T00:00:00Z')"};

function randomPolicy(rand: () => number): Policy {
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
	const bindings = Array.from({length: Math.floor(rand() * 6)}, () => {
		const members = [...new Set(Array.from({length: 1 + Math.floor(rand() * 3)}, () => pick(MEMBERS)))];
		return rand() < 0.3 ? {role: pick(ROLES), members, condition: {...CONDITION}} : {role: pick(ROLES), members};
	});
	const policy: Policy = {version: rand() < 0.5 ? 1 : 3, etag: 'BwYvhk5rQbU=', bindings};
	if (rand() < 0.5) policy.auditConfigs = [{service: 'allServices', auditLogConfigs: [{logType: 'DATA_READ', exemptedMembers: ['user:ana@example.com']}]}];
	return policy;
}

describe('addMember (pure)', () => {
	it('never drops or alters another binding, member, condition, auditConfig or the etag (500 random policies)', () => {
		for (let seed = 1; seed <= 500; seed++) {
			const rand = prng(seed);
			const policy = randomPolicy(rand);
			const before = structuredClone(policy);
			const role = ROLES[Math.floor(rand() * ROLES.length)]!;
			const member = MEMBERS[Math.floor(rand() * 3)]!;
			const next = addMember(policy, role, member);
			const context = `seed ${seed}`;

			expect(policy, context).toEqual(before); // the input is not mutated
			expect(next.etag, context).toBe(policy.etag);
			expect(next.version, context).toBe(3);
			expect(next.auditConfigs, context).toEqual(policy.auditConfigs);
			// Every binding except the role's unconditional one comes through as it was, in order.
			const others = (b: NonNullable<Policy['bindings']>[number]) => !(b.role === role && !b.condition);
			expect(next.bindings!.filter(others), context).toEqual((policy.bindings ?? []).filter(others));
			// The unconditional binding holds everyone it held before, plus the member, once.
			const target = next.bindings!.filter((b) => b.role === role && !b.condition);
			expect(target.length, context).toBeGreaterThanOrEqual(1);
			const old = (policy.bindings ?? []).find((b) => b.role === role && !b.condition);
			const first = target[0]!;
			for (const m of old?.members ?? []) expect(first.members, context).toContain(m);
			expect(first.members!.filter((m) => m === member), context).toHaveLength(1);
			expect(hasUnconditional(next, role, member), context).toBe(true);
			// Adding again changes nothing.
			expect(addMember(next, role, member), context).toEqual(next);
		}
	});

	it('creates the binding when the role has only a conditional one, leaving the conditional one alone', () => {
		const policy: Policy = {version: 3, etag: 'BwXhqDMZGh0=', bindings: [{role: 'roles/aiplatform.user', members: ['user:dev@example.com'], condition: CONDITION}]};
		const next = addMember(policy, 'roles/aiplatform.user', 'user:dev@example.com');
		expect(next.bindings).toEqual([
			{role: 'roles/aiplatform.user', members: ['user:dev@example.com'], condition: CONDITION},
			{role: 'roles/aiplatform.user', members: ['user:dev@example.com']},
		]);
	});

	it('starts a policy that has no bindings at all (proto3 `{}`)', () => {
		expect(addMember({etag: 'ACAB'}, 'roles/aiplatform.user', 'user:a@example.com')).toEqual({
			etag: 'ACAB',
			version: 3,
			bindings: [{role: 'roles/aiplatform.user', members: ['user:a@example.com']}],
		});
	});

	it('treats an email that differs only in case as the same member', () => {
		const policy: Policy = {bindings: [{role: 'roles/aiplatform.user', members: ['user:Dev@Example.com']}]};
		expect(addMember(policy, 'roles/aiplatform.user', 'user:dev@example.com').bindings![0]!.members).toEqual(['user:Dev@Example.com']);
	});
});

describe('hasPredict', () => {
	it('finds a direct grant of any role that carries predict', () => {
		for (const role of ['roles/aiplatform.user', 'roles/aiplatform.admin', 'roles/editor', 'roles/owner']) {
			expect(hasPredict({bindings: [{role, members: ['user:dev@example.com']}]}, 'user:dev@example.com')).toEqual({role});
		}
	});

	it('does not count roles without predict, or other members', () => {
		expect(hasPredict({bindings: [{role: 'roles/viewer', members: ['user:dev@example.com']}]}, 'user:dev@example.com')).toBeUndefined();
		expect(hasPredict({bindings: [{role: 'roles/owner', members: ['user:ana@example.com']}]}, 'user:dev@example.com')).toBeUndefined();
		expect(hasPredict({}, 'user:dev@example.com')).toBeUndefined();
	});

	it('reports a conditional-only grant as conditional, and prefers an unconditional one', () => {
		const conditional = {role: 'roles/aiplatform.user', members: ['user:dev@example.com'], condition: CONDITION};
		expect(hasPredict({bindings: [conditional]}, 'user:dev@example.com')).toEqual({role: 'roles/aiplatform.user', condition: CONDITION});
		expect(hasPredict({bindings: [conditional, {role: 'roles/editor', members: ['user:dev@example.com']}]}, 'user:dev@example.com')).toEqual({role: 'roles/editor'});
	});
});

describe('grantRole against the emulator', () => {
	const P = 'vertex-demo-123';
	const DEV = 'user:dev@example.com';
	const quick = {sleep: () => Promise.resolve()};

	it('re-reads and retries after a concurrent writer, keeping every other binding, including the rival one', async () => {
		const emu = await emulatorFor('role-missing');
		const auth = signedIn(emu);
		const before = await getIamPolicy(auth, emu.endpoints, P);
		const rival = {role: 'roles/storage.admin', members: ['user:rival@example.com'], condition: {title: 'rival', expression: 'true'}};
		emu.faults.concurrentIamWriter(P, (policy) => policy.bindings.push(structuredClone(rival)), 2);

		const result = await grantRole(auth, emu.endpoints, P, 'roles/aiplatform.user', DEV, {retries: 5, ...quick});

		expect(result).toMatchObject({changed: true, conflicts: 2});
		const after = await getIamPolicy(auth, emu.endpoints, P);
		for (const binding of before.bindings ?? []) {
			if (binding.role === 'roles/aiplatform.user' && !binding.condition) continue;
			expect(after.bindings).toContainEqual(binding);
		}
		expect(after.bindings!.filter((b) => b.role === 'roles/storage.admin')).toEqual([rival, rival]);
		const viewer = after.bindings!.find((b) => b.role === 'roles/viewer');
		expect(viewer?.condition?.title).toBe('until-2030');
		const vertexUser = after.bindings!.find((b) => b.role === 'roles/aiplatform.user' && !b.condition);
		expect(vertexUser?.members).toEqual(expect.arrayContaining([DEV, 'serviceAccount:vertex-runner@vertex-demo-123.iam.gserviceaccount.com']));
		expect(emu.requests.count({method: 'POST', path: /:setIamPolicy$/})).toBe(3);
	});

	it('gives up with ABORTED after its retries, having written nothing', async () => {
		const emu = await emulatorFor('role-missing');
		emu.faults.concurrentIamWriter(P, () => {}, 10);
		const error = await grantRole(signedIn(emu), emu.endpoints, P, 'roles/aiplatform.user', DEV, {retries: 2, ...quick}).catch((x: unknown) => x);
		expect((error as GoogleApiError).problem.status).toBe('ABORTED');
		expect(hasUnconditional(await getIamPolicy(signedIn(emu), emu.endpoints, P), 'roles/aiplatform.user', DEV)).toBe(false);
	});

	it('writes nothing when the member already has the role', async () => {
		const emu = await emulatorFor('healthy');
		const result = await grantRole(signedIn(emu), emu.endpoints, P, 'roles/aiplatform.user', DEV, quick);
		expect(result.changed).toBe(false);
		expect(emu.requests.count({path: /:setIamPolicy$/})).toBe(0);
	});
});
