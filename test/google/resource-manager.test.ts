import {describe, expect, it} from 'vitest';
import {GoogleApiError} from '../../source/google/errors.js';
import {getIamPolicy, getProject, searchAllProjects, setIamPolicy, testIamPermissions} from '../../source/google/resource-manager.js';
import {emulatorFor} from '../helpers/emulator.js';
import {signedIn} from './emulator-auth.js';

async function setup(scenario: string) {
	const emu = await emulatorFor(scenario);
	return {emu, auth: signedIn(emu), as: (email?: string) => signedIn(emu, email)};
}

describe('searchAllProjects', () => {
	it('lists the active projects the caller can see, with number and display name', async () => {
		const {emu, auth} = await setup('healthy');
		const projects = await searchAllProjects(auth, emu.endpoints);
		expect(projects).toContainEqual({projectId: 'vertex-demo-123', name: 'Vertex Demo', projectNumber: '123456789012'});
		expect(projects.map((p) => p.projectId)).toEqual(['vertex-demo-123', 'team-sandbox-456', 'legacy-app-789']);
	});

	it('follows every page: all 5,003 projects of many-projects, 500 a page', async () => {
		const {emu, auth} = await setup('many-projects');
		const projects = await searchAllProjects(auth, emu.endpoints);
		expect(projects).toHaveLength(5003);
		expect(new Set(projects.map((p) => p.projectId)).size).toBe(5003);
		expect(projects.at(-1)).toEqual({projectId: 'proj-05000', name: 'Project 05000', projectNumber: '900000005000'});
		expect(emu.requests.count({method: 'GET', path: /^\/v3\/projects:search$/})).toBe(11);
	});
});

describe('getProject', () => {
	it('finds a project by ID and by number', async () => {
		const {emu, auth} = await setup('healthy');
		const byId = await getProject(auth, emu.endpoints, 'vertex-demo-123');
		expect(byId).toEqual({projectId: 'vertex-demo-123', name: 'Vertex Demo', projectNumber: '123456789012', state: 'ACTIVE'});
		expect(await getProject(auth, emu.endpoints, '123456789012')).toEqual(byId);
	});

	it('answers 403 for a project the caller cannot see (Google never says 404)', async () => {
		const {emu, auth} = await setup('healthy');
		const error = await getProject(auth, emu.endpoints, 'someone-elses-1').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GoogleApiError);
		expect((error as GoogleApiError).problem).toMatchObject({httpStatus: 403, status: 'PERMISSION_DENIED'});
	});

	it('refuses a malformed id before any request is made', async () => {
		const {emu, auth} = await setup('healthy');
		const error = await getProject(auth, emu.endpoints, '../v1/projects/x').catch((e: unknown) => e);
		expect((error as GoogleApiError).problem.status).toBe('INVALID_ARGUMENT');
		expect(emu.requests.count()).toBe(0);
	});
});

describe('IAM policy calls', () => {
	it('reads the policy at version 3 with its condition, and writes it back with the etag', async () => {
		const {emu, auth} = await setup('healthy');
		const policy = await getIamPolicy(auth, emu.endpoints, 'vertex-demo-123');
		expect(policy.version).toBe(3);
		expect(policy.etag).toMatch(/^[A-Za-z0-9+/]+=*$/);
		expect(policy.bindings?.find((b) => b.role === 'roles/viewer')?.condition?.title).toBe('until-2030');
		const written = await setIamPolicy(auth, emu.endpoints, 'vertex-demo-123', policy);
		expect(written.etag).not.toBe(policy.etag);
		const stale = await setIamPolicy(auth, emu.endpoints, 'vertex-demo-123', policy).catch((e: unknown) => e);
		expect((stale as GoogleApiError).problem).toMatchObject({httpStatus: 409, status: 'ABORTED'});
	});

	it('testIamPermissions returns the subset held', async () => {
		const {emu, auth} = await setup('healthy');
		const held = await testIamPermissions(auth, emu.endpoints, 'vertex-demo-123', ['aiplatform.endpoints.predict', 'resourcemanager.projects.delete']);
		expect(held).toEqual(['aiplatform.endpoints.predict']);
	});
});
