import {describe, expect, it} from 'vitest';
import {useSharedEmulator} from '../../helpers/emulator.js';
import {DEV, MAIN, crmV1, crmV3, failure, hermeticProcessEnv, raw, userAuth} from './support.js';

hermeticProcessEnv();

describe('Cloud Resource Manager projects', () => {
	// Every test here only reads.
	const emu = useSharedEmulator('many-projects');

	it('pages through 5,003 visible projects with v3 search, each once', async () => {
		const e = emu();
		const crm = crmV3(e, userAuth(e));
		const seen = new Set<string>();
		let pageToken: string | undefined;
		let pages = 0;
		do {
			const res = await crm.projects.search({pageSize: 1000, ...(pageToken ? {pageToken} : {})});
			for (const p of res.data.projects ?? []) seen.add(p.projectId!);
			pageToken = res.data.nextPageToken ?? undefined;
			pages++;
		} while (pageToken);
		expect(seen.size).toBe(5003);
		expect(pages).toBe(6);
		expect(seen.has('proj-05000')).toBe(true);
	});

	it('pages v1 list with the gcloud filter and the default page size', async () => {
		const e = emu();
		const {token} = e.issueAccessToken(DEV);
		const first = await raw(e, 'GET', 'v1/projects?alt=json&filter=lifecycleState%3AACTIVE&pageSize=500', {token});
		expect(first.status).toBe(200);
		expect(first.json.projects).toHaveLength(500);
		expect(first.json.projects[0]).toEqual({
			projectNumber: '123456789012',
			projectId: MAIN,
			lifecycleState: 'ACTIVE',
			name: 'Vertex Demo',
			createTime: '2024-01-02T03:04:05.678Z',
			parent: {type: 'organization', id: '246813579'},
		});
		expect(typeof first.json.nextPageToken).toBe('string');
	});

	it('filters case-insensitively with prefix wildcards and OR-ed terms', async () => {
		const e = emu();
		const crm = crmV1(e, userAuth(e));
		const one = await crm.projects.list({filter: 'NAME:vertex*'});
		expect(one.data.projects?.map(p => p.projectId)).toEqual([MAIN]);
		const two = await crm.projects.list({filter: 'id:proj-00001 id:legacy-app-789'});
		expect(two.data.projects?.map(p => p.projectId).sort()).toEqual(['legacy-app-789', 'proj-00001']);
	});

	it('answers {} for a v3 search with no match', async () => {
		const e = emu();
		const {token} = e.issueAccessToken(DEV);
		const res = await raw(e, 'GET', 'v3/projects:search?query=displayName%3Anothing-here', {token});
		expect(res.status).toBe(200);
		expect(res.json).toEqual({});
	});

	it('gets v3 projects by id or number in the v3 shape', async () => {
		const e = emu();
		const crm = crmV3(e, userAuth(e));
		const byNumber = await crm.projects.get({name: 'projects/123456789012'});
		expect(byNumber.data).toMatchObject({name: 'projects/123456789012', projectId: MAIN, displayName: 'Vertex Demo', state: 'ACTIVE', parent: 'organizations/246813579'});
		const byId = await crm.projects.get({name: `projects/${MAIN}`});
		expect(byId.data.name).toBe('projects/123456789012');
	});

	it('hides projects the caller cannot see behind 403, never 404 (§2.5)', async () => {
		const e = emu();
		const {token} = e.issueAccessToken('stranger@example.com');
		const v1 = await raw(e, 'GET', `v1/projects/${MAIN}`, {token});
		expect(v1.status).toBe(403);
		expect(v1.json).toEqual({error: {code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED'}});
		const v3 = await raw(e, 'GET', 'v3/projects/no-such-project', {token});
		expect(v3.status).toBe(403);
		expect(v3.json.error.message).toBe(
			"Permission 'resourcemanager.projects.get' denied on resource '//cloudresourcemanager.googleapis.com/projects/no-such-project' (or it may not exist).",
		);
		expect(v3.json.error.details[0]).toEqual({
			'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
			reason: 'IAM_PERMISSION_DENIED',
			domain: 'cloudresourcemanager.googleapis.com',
			metadata: {permission: 'resourcemanager.projects.get', resource: 'projects/no-such-project'},
		});
		const list = await raw(e, 'GET', 'v1/projects', {token});
		expect(list.json).toEqual({});
	});

	it('rejects a garbage page token with 400 INVALID_ARGUMENT', async () => {
		const e = emu();
		const err = await failure(crmV3(e, userAuth(e)).projects.search({pageToken: 'garbage!'}));
		expect(err.status).toBe(400);
		expect(err.data.error.status).toBe('INVALID_ARGUMENT');
	});
});
