import {describe, expect, it} from 'vitest';
import {standIn} from './support.js';

describe('gcloud stand-in: projects', () => {
	it('lists active projects as a sorted table and as JSON with sorted keys', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		const table = await gcloud(['projects', 'list']);
		expect(table).toEqual({
			stdout:
				'PROJECT_ID        NAME          PROJECT_NUMBER\n' +
				'legacy-app-789    Legacy App    789012345678\n' +
				'team-sandbox-456  Team Sandbox  456789012345\n' +
				'vertex-demo-123   Vertex Demo   123456789012\n',
			stderr: '',
			exitCode: 0,
		});
		const json = await gcloud(['projects', 'list', '--format=json']);
		const projects = JSON.parse(json.stdout) as Record<string, unknown>[];
		expect(projects.map((p) => p.projectId)).toEqual(['vertex-demo-123', 'team-sandbox-456', 'legacy-app-789']);
		expect(Object.keys(projects[0] ?? {})).toEqual(['createTime', 'lifecycleState', 'name', 'parent', 'projectId', 'projectNumber']);
		expect(json.stdout.startsWith('[\n  {\n    "createTime": ')).toBe(true);
		expect(emulator.requests.count({method: 'GET', path: /^\/v1\/projects$/})).toBe(2);
	});

	it('follows every page (500 at a time)', async () => {
		const {gcloud, emulator} = await standIn('many-projects');
		const result = await gcloud(['projects', 'list', '--format=value(projectId)']);
		expect(result.stdout.trim().split('\n')).toHaveLength(5003);
		expect(emulator.requests.count({method: 'GET', path: /^\/v1\/projects$/})).toBe(11);
	});

	it('describes a project in YAML, and explains one it cannot see', async () => {
		const {gcloud} = await standIn('healthy');
		expect((await gcloud(['projects', 'describe', 'legacy-app-789'])).stdout).toBe(
			"createTime: '2024-01-02T03:04:05.678Z'\nlifecycleState: ACTIVE\nname: Legacy App\nprojectId: legacy-app-789\nprojectNumber: '789012345678'\n",
		);
		const denied = await gcloud(['projects', 'describe', 'no-such-proj-1']);
		expect(denied).toEqual({
			stdout: '',
			stderr:
				'ERROR: (gcloud.projects.describe) [dev@example.com] does not have permission to access projects instance [no-such-proj-1] (or it may not exist): ' +
				'The caller does not have permission. This command is authenticated as dev@example.com which is the active account specified by the [core/account] property\n',
			exitCode: 1,
		});
	});

	it('refreshes the token once on a 401, and retries a 5xx before giving up as gcloud does', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		emulator.faults.fail({path: /^\/v1\/projects$/, status: 401, times: 1});
		expect((await gcloud(['projects', 'list', '--format=value(projectId)'])).exitCode).toBe(0);
		expect(emulator.requests.count({method: 'GET', path: /^\/v1\/projects$/})).toBe(2);
		emulator.faults.fail({path: /^\/v1\/projects\/vertex-demo-123$/, status: 503, times: 5});
		const result = await gcloud(['projects', 'describe', 'vertex-demo-123']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toMatch(/^ERROR: \(gcloud\.projects\.describe\) HttpError accessing <http:\/\/127\.0\.0\.1:\d+\/v1\/projects\/vertex-demo-123\?alt=json>: response: <\{.*'status': 503\}>, content <\{/s);
		expect(result.stderr).toContain('\nThis may be due to network connectivity issues. Please check your network settings, and the status of the service you are trying to reach.\n');
		expect(emulator.requests.count({method: 'GET', path: /^\/v1\/projects\/vertex-demo-123$/})).toBe(5);
	});

	it('needs an account: the signed-out text for API commands too', async () => {
		const {gcloud} = await standIn('not-logged-in');
		const result = await gcloud(['projects', 'list']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr.split('\n')[0]).toBe('ERROR: (gcloud.projects.list) You do not currently have an active account selected.');
	});
});

describe('gcloud stand-in: IAM policy', () => {
	it('prints the policy (version 3 requested) as YAML or JSON, the etag re-encoded as gcloud does', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		// Standard base64 with stray padding bits: gcloud prints its bytes as URL-safe base64.
		emulator.state.projects['vertex-demo-123']!.policy.etag = 'BwXhqD+Z/h1=';
		const yaml = await gcloud(['projects', 'get-iam-policy', 'vertex-demo-123']);
		expect(yaml.stdout).toMatch(/^bindings:\n- members:\n  - user:alice@example\.com\n  role: roles\/owner\n- condition:\n    description: /);
		expect(yaml.stdout).toMatch(/\netag: BwXhqD-Z_h0=\nversion: 3\n$/);
		const json = JSON.parse((await gcloud(['projects', 'get-iam-policy', 'vertex-demo-123', '--format=json'])).stdout) as {etag: string};
		expect(json.etag).toBe('BwXhqD-Z_h0=');
		const add = ['projects', 'add-iam-policy-binding', 'vertex-demo-123', '--member=user:x@example.com', '--role=roles/viewer', '--condition=None'];
		expect((await gcloud(add)).exitCode).toBe(0);
	});

	it('adds a binding with a read-modify-write that keeps every other binding', async () => {
		const {gcloud, emulator} = await standIn('fresh');
		expect((await gcloud(['auth', 'login', '--brief'])).exitCode).toBe(0);
		const before = structuredClone(emulator.state.projects['vertex-demo-123']!.policy);
		const member = 'user:dev@example.com';
		const result = await gcloud(['projects', 'add-iam-policy-binding', 'vertex-demo-123', `--member=${member}`, '--role=roles/aiplatform.user', '--condition=None', '--format=json']);
		expect(result.stderr).toBe('Updated IAM policy for project [vertex-demo-123].\n');
		const policy = JSON.parse(result.stdout) as {bindings: {role: string; members: string[]}[]; etag: string; version: number};
		expect(policy.version).toBe(3);
		expect(policy.etag).not.toBe(before.etag);
		expect(policy.bindings.slice(0, before.bindings.length)).toEqual(before.bindings);
		expect(policy.bindings.at(-1)).toEqual({members: [member], role: 'roles/aiplatform.user'});
		expect(emulator.state.projects['vertex-demo-123']!.policy.bindings).toEqual(policy.bindings);
	});

	it('asks for --condition when the policy already has conditions', async () => {
		const {gcloud} = await standIn('healthy');
		const result = await gcloud(['projects', 'add-iam-policy-binding', 'vertex-demo-123', '--member=user:x@example.com', '--role=roles/viewer']);
		expect(result.stderr).toBe(
			'ERROR: (gcloud.projects.add-iam-policy-binding) Adding a binding without specifying a condition to a policy containing conditions is prohibited in non-interactive mode. Run the command again with `--condition=None`\n',
		);
		const usage = await gcloud(['projects', 'add-iam-policy-binding', 'vertex-demo-123', '--member=user:x@example.com']);
		expect(usage.exitCode).toBe(2);
		expect(usage.stderr.split('\n')[0]).toBe('ERROR: (gcloud.projects.add-iam-policy-binding) argument --role: Must be specified.');
	});

	it('reports a concurrent change (409) without retrying', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		emulator.faults.concurrentIamWriter('vertex-demo-123', (p) => void p.bindings.push({role: 'roles/viewer', members: ['user:rival@example.com']}));
		const result = await gcloud(['projects', 'add-iam-policy-binding', 'vertex-demo-123', '--member=user:x@example.com', '--role=roles/viewer', '--condition=None']);
		expect(result).toEqual({
			stdout: '',
			stderr:
				'ERROR: (gcloud.projects.add-iam-policy-binding) Resource in projects [vertex-demo-123:setIamPolicy] is the subject of a conflict: ' +
				'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.\n',
			exitCode: 1,
		});
		expect(emulator.requests.count({method: 'POST', path: /:setIamPolicy$/})).toBe(1);
	});
});
