import {describe, expect, it} from 'vitest';
import {projectStep} from '../../source/steps/project.js';
import {cloudContext, fixOnce} from './cloud-setup.js';

const gcloudProject = async (ctx: Awaited<ReturnType<typeof cloudContext>>['ctx']) => (await ctx.gcloud.run(['config', 'get-value', 'project'])).stdout.trim();

describe('project step', () => {
	it('healthy: uses gcloud’s project and asks nothing', async () => {
		const {ctx, asked, commands} = await cloudContext('healthy');
		expect(await projectStep.check(ctx)).toEqual({status: 'ok', summary: 'Using project Vertex Demo (vertex-demo-123)'});
		expect(ctx.facts.project).toEqual({projectId: 'vertex-demo-123', projectNumber: '123456789012', name: 'Vertex Demo'});
		expect(asked).toEqual([]);
		expect(commands).toEqual([]);
	});

	it('fresh: no project set → the picker chooses one and gcloud config is set', async () => {
		const {ctx, asked, commands} = await cloudContext('fresh', {answers: {'project.pick': 'vertex-demo-123'}});
		const {first, fixes, after} = await fixOnce(projectStep, ctx);
		expect(first).toMatchObject({status: 'fail', summary: 'No Google Cloud project is selected', detail: 'Your account can use 3 projects.'});
		expect(fixes.map((f) => f.title)).toEqual(['Choose a project']);
		expect(asked).toEqual(['project.pick']);
		expect(commands).toEqual(['gcloud config set project vertex-demo-123']);
		expect(after).toMatchObject({status: 'ok', summary: 'Using project Vertex Demo (vertex-demo-123)'});
		expect(await gcloudProject(ctx)).toBe('vertex-demo-123');
	});

	it('recognises a display name typed in the picker, says which project it is, and uses the ID', async () => {
		const {ctx, commands} = await cloudContext('healthy', {answers: {'project.pick': 'vertex demo'}});
		await ctx.gcloud.run(['config', 'unset', 'project']);
		const {after} = await fixOnce(projectStep, ctx);
		expect(after).toMatchObject({status: 'ok', summary: 'Using project Vertex Demo (vertex-demo-123)', detail: "'vertex demo' is a display name; the project ID is vertex-demo-123"});
		expect(commands).toEqual(['gcloud config set project vertex-demo-123']);
	});

	it('recognises a project number given with --project', async () => {
		const {ctx} = await cloudContext('healthy', {options: {project: '456789012345'}});
		expect(await projectStep.check(ctx)).toEqual({
			status: 'ok',
			summary: 'Using project Team Sandbox (team-sandbox-456)',
			detail: '456789012345 is a project number; the project ID is team-sandbox-456',
		});
		expect(ctx.facts.project?.projectId).toBe('team-sandbox-456');
	});

	it('recognises a display name given with --project', async () => {
		const {ctx} = await cloudContext('healthy', {options: {project: 'Legacy App'}});
		expect(await projectStep.check(ctx)).toMatchObject({status: 'ok', detail: "'Legacy App' is a display name; the project ID is legacy-app-789"});
	});

	it('offers to put the ID into gcloud’s config when it holds the project number', async () => {
		const {ctx, commands} = await cloudContext('healthy');
		expect((await ctx.gcloud.run(['config', 'set', 'project', '123456789012'])).exitCode).toBe(0);
		const {first, fixes, after} = await fixOnce(projectStep, ctx);
		expect(first).toMatchObject({status: 'warn', summary: 'Using project Vertex Demo (vertex-demo-123)', commands: ['gcloud config set project vertex-demo-123']});
		expect(fixes.map((f) => f.title)).toEqual(["Set gcloud's project to vertex-demo-123"]);
		expect(commands).toEqual(['gcloud config set project vertex-demo-123']);
		expect(after.status).toBe('ok');
	});

	it('fails on a project the account cannot see, and offers the picker', async () => {
		const {ctx} = await cloudContext('healthy', {options: {project: 'not-mine-404'}});
		const finding = await projectStep.check(ctx);
		expect(finding).toMatchObject({status: 'fail', summary: "Project not-mine-404 does not exist, or your account can't see it"});
		expect((await projectStep.fixes!(finding, ctx)).map((f) => f.id)).toEqual(['choose']);
		expect(ctx.facts.project).toBeUndefined();
	});

	it('many-projects: the picker gets all 5,003 projects', async () => {
		const {ctx, emulator} = await cloudContext('many-projects');
		await ctx.gcloud.run(['config', 'unset', 'project']);
		let offered = 0;
		ctx.ask.pickProject = async (q) => {
			offered = q.projects.length;
			return 'proj-04999';
		};
		const {first, after} = await fixOnce(projectStep, ctx);
		expect(first.detail).toBe('Your account can use 5003 projects.');
		expect(offered).toBe(5003);
		expect(after).toMatchObject({status: 'ok', summary: 'Using project Project 04999 (proj-04999)'});
		// Fetched once for the check and the picker together.
		expect(emulator.requests.count({path: /^\/v3\/projects:search$/})).toBe(11);
	});

	it('an account with no projects fails with how to create one, and offers no fix', async () => {
		const {ctx, emulator} = await cloudContext('healthy');
		await ctx.gcloud.run(['config', 'unset', 'project']);
		for (const p of Object.values(emulator.state.projects)) p.policy.bindings = [];
		const finding = await projectStep.check(ctx);
		expect(finding).toMatchObject({
			status: 'fail',
			summary: 'Your account has no Google Cloud projects',
			fix: 'Create a project at https://console.cloud.google.com/projectcreate',
		});
		expect(await projectStep.fixes!(finding, ctx)).toEqual([]);
	});

	it('a display name shared by two projects is not guessed', async () => {
		const {ctx, emulator} = await cloudContext('healthy', {options: {project: 'Vertex Demo'}});
		emulator.state.projects['team-sandbox-456']!.name = 'Vertex Demo';
		expect(await projectStep.check(ctx)).toMatchObject({
			status: 'fail',
			summary: "'Vertex Demo' is the display name of 2 projects",
			detail: 'Project IDs: vertex-demo-123, team-sandbox-456. Pick one by its ID.',
		});
	});

	it('gcloud-missing: lists projects as ADC, and remembers the pick for the run', async () => {
		const {ctx, commands} = await cloudContext('gcloud-missing', {answers: {'project.pick': 'vertex-demo-123'}});
		expect(ctx.gcloud.executable).toBeNull();
		const {first, after} = await fixOnce(projectStep, ctx);
		expect(first.summary).toBe('No Google Cloud project is selected');
		expect(after).toMatchObject({status: 'ok', summary: 'Using project Vertex Demo (vertex-demo-123)'});
		expect(commands).toEqual([]);
	});
});
