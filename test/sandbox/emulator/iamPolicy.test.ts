import {describe, expect, it} from 'vitest';
import {useEmulator} from '../../helpers/emulator.js';
import {DEV, MAIN, crmV1, crmV3, failure, hermeticProcessEnv, raw, userAuth} from './support.js';

hermeticProcessEnv();

const CONFLICT = 'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.';
const CANONICAL_ETAG = /^[A-Za-z0-9+/]{11}=$/;

describe('project IAM policy', () => {
	const emu = useEmulator('role-missing');

	it('round-trips a grant and keeps every other binding, condition and audit config', async () => {
		const e = emu();
		e.state.projects[MAIN]!.policy.auditConfigs = [{service: 'allServices', auditLogConfigs: [{logType: 'ADMIN_READ'}]}];
		const crm = crmV1(e, userAuth(e));
		const before = (await crm.projects.getIamPolicy({resource: MAIN, requestBody: {options: {requestedPolicyVersion: 3}}})).data;
		expect(before.version).toBe(3);
		expect(before.etag).toMatch(CANONICAL_ETAG);
		const bindings = structuredClone(before.bindings ?? []);
		const role = bindings.find(b => b.role === 'roles/aiplatform.user');
		role!.members!.push(`user:${DEV}`);
		const after = (await crm.projects.setIamPolicy({resource: MAIN, requestBody: {policy: {bindings, etag: before.etag, version: 3}}})).data;
		expect(after.etag).not.toBe(before.etag);
		expect(after.etag).toMatch(CANONICAL_ETAG);
		const reread = (await crm.projects.getIamPolicy({resource: MAIN, requestBody: {options: {requestedPolicyVersion: 3}}})).data;
		expect(reread.bindings).toEqual(bindings);
		expect(reread.bindings?.find(b => b.condition)?.condition?.expression).toBe("request.time < timestamp('2030-01-01T00:00:00Z')");
		expect(reread.auditConfigs).toEqual([{service: 'allServices', auditLogConfigs: [{logType: 'ADMIN_READ'}]}]);
	});

	it('answers 409 ABORTED with Google\'s message on a stale etag, and accepts a missing one', async () => {
		const e = emu();
		const {token} = e.issueAccessToken(DEV);
		const read = await raw(e, 'POST', `v1/projects/${MAIN}:getIamPolicy`, {token, body: {options: {requestedPolicyVersion: 3}}});
		const policy = read.json;
		const first = await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {token, body: {policy}});
		expect(first.status).toBe(200);
		const stale = await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {token, body: {policy}});
		expect(stale.status).toBe(409);
		expect(stale.json).toEqual({error: {code: 409, message: CONFLICT, status: 'ABORTED'}});
		const {etag: _etag, ...unconditional} = policy;
		const overwrite = await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {token, body: {policy: unconditional}});
		expect(overwrite.status).toBe(200);
	});

	it('lets a concurrent writer change the policy right after a read, so the write gets 409', async () => {
		const e = emu();
		e.faults.concurrentIamWriter(MAIN, policy => {
			policy.bindings.push({role: 'roles/viewer', members: ['user:bob@example.com']});
		});
		const crm = crmV3(e, userAuth(e));
		const read = (await crm.projects.getIamPolicy({resource: `projects/${MAIN}`, requestBody: {options: {requestedPolicyVersion: 3}}})).data;
		expect(read.bindings?.some(b => b.members?.includes('user:bob@example.com'))).toBe(false);
		const err = await failure(crm.projects.setIamPolicy({resource: `projects/${MAIN}`, requestBody: {policy: read}}));
		expect(err.status).toBe(409);
		expect(err.message).toBe(CONFLICT);
		// A retried read-modify-write sees the rival's binding and succeeds.
		const again = (await crm.projects.getIamPolicy({resource: `projects/${MAIN}`, requestBody: {options: {requestedPolicyVersion: 3}}})).data;
		expect(again.bindings?.some(b => b.members?.includes('user:bob@example.com'))).toBe(true);
		await crm.projects.setIamPolicy({resource: `projects/${MAIN}`, requestBody: {policy: again}});
	});

	it('reports version 1 without conditions, and renames conditional roles for version-1 readers', async () => {
		const e = emu();
		const {token} = e.issueAccessToken(DEV);
		const legacy = await raw(e, 'POST', `v1/projects/${MAIN}:getIamPolicy`, {token, body: {}});
		expect(legacy.json.version).toBe(1);
		expect(legacy.json.bindings.some((b: {role: string}) => /^roles\/viewer_withcond_[0-9a-f]{20}$/.test(b.role))).toBe(true);
		expect(legacy.json.bindings.some((b: {condition?: unknown}) => b.condition)).toBe(false);
		e.state.projects[MAIN]!.policy.bindings = e.state.projects[MAIN]!.policy.bindings.filter(b => !b.condition);
		const plain = await raw(e, 'POST', `v1/projects/${MAIN}:getIamPolicy`, {token, body: {options: {requestedPolicyVersion: 3}}});
		expect(plain.json.version).toBe(1);
		const bad = await raw(e, 'POST', `v1/projects/${MAIN}:getIamPolicy`, {token, body: {options: {requestedPolicyVersion: 2}}});
		expect(bad.status).toBe(400);
	});

	it('applies updateMask: auditConfigs change only when the mask names them', async () => {
		const e = emu();
		const {token} = e.issueAccessToken(DEV);
		const policy = (await raw(e, 'POST', `v1/projects/${MAIN}:getIamPolicy`, {token, body: {options: {requestedPolicyVersion: 3}}})).json;
		const audit = [{service: 'allServices', auditLogConfigs: [{logType: 'DATA_READ'}]}];
		await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {token, body: {policy: {...policy, auditConfigs: audit}}});
		expect(e.state.projects[MAIN]!.policy.auditConfigs).toEqual([]);
		const etag = e.state.projects[MAIN]!.policy.etag;
		const masked = await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {token, body: {policy: {auditConfigs: audit, etag}, updateMask: 'auditConfigs'}});
		expect(masked.status).toBe(200);
		expect(e.state.projects[MAIN]!.policy.auditConfigs).toEqual(audit);
		expect(e.state.projects[MAIN]!.policy.bindings.length).toBeGreaterThan(3);
	});

	it('refuses setIamPolicy without resourcemanager.projects.setIamPolicy, and bad members', async () => {
		const e = emu();
		const viewer = e.issueAccessToken('contractor@example.com').token;
		const denied = await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {token: viewer, body: {policy: {bindings: []}}});
		expect(denied.status).toBe(403);
		const {token} = e.issueAccessToken(DEV);
		const ghost = await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {
			token,
			body: {policy: {bindings: [{role: 'roles/aiplatform.user', members: [`serviceAccount:ghost@${MAIN}.iam.gserviceaccount.com`]}]}},
		});
		expect(ghost.status).toBe(400);
		expect(ghost.json.error.message).toBe(`Service account ghost@${MAIN}.iam.gserviceaccount.com does not exist.`);
		const unknownField = await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {token, body: {bindings: []}});
		expect(unknownField.status).toBe(400);
		expect(unknownField.json.error.message).toBe('Invalid JSON payload received. Unknown name "bindings": Cannot find field.');
	});

	it('testIamPermissions returns the held subset, or {} when none', async () => {
		const e = emu();
		const crm = crmV1(e, userAuth(e));
		const res = await crm.projects.testIamPermissions({
			resource: MAIN,
			requestBody: {permissions: ['serviceusage.services.use', 'aiplatform.endpoints.predict', 'resourcemanager.projects.setIamPolicy']},
		});
		expect(res.data.permissions).toEqual(['serviceusage.services.use', 'resourcemanager.projects.setIamPolicy']);
		const none = await raw(e, 'POST', `v1/projects/${MAIN}:testIamPermissions`, {token: e.issueAccessToken(DEV).token, body: {permissions: ['compute.instances.create']}});
		expect(none.json).toEqual({});
	});
});
