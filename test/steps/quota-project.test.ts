import {describe, expect, it} from 'vitest';
import {adcStep} from '../../source/steps/adc.js';
import {quotaProjectStep} from '../../source/steps/quota-project.js';
import {sandboxContext} from '../helpers/context.js';

const PROJECT = {projectId: 'vertex-demo-123', projectNumber: '123456789012', name: 'Vertex Demo'};

async function prepared(scenario: string, env: Record<string, string | undefined> = {}) {
	const t = await sandboxContext(scenario, {env: {DISPLAY: ':0', ...env}});
	await adcStep.check(t.ctx);
	t.ctx.facts.project = PROJECT;
	return t;
}

describe('quotaProject step', () => {
	it('healthy: the ADC quota project is the chosen project', async () => {
		const {ctx} = await prepared('healthy');
		expect(await quotaProjectStep.check(ctx)).toEqual({status: 'ok', summary: 'Quota project set to vertex-demo-123'});
	});

	it('quota-project-mismatch: fails, and set-quota-project repairs it', async () => {
		const {ctx, commands} = await prepared('quota-project-mismatch');
		const finding = await quotaProjectStep.check(ctx);
		expect(finding).toMatchObject({
			status: 'fail',
			summary: 'ADC bills quota to team-sandbox-456, not vertex-demo-123',
			fix: 'Set it: gcloud auth application-default set-quota-project vertex-demo-123',
			commands: ['gcloud auth application-default set-quota-project vertex-demo-123'],
		});
		const fixes = await quotaProjectStep.fixes!(finding, ctx);
		expect(fixes).toEqual([{id: 'quota.set', title: 'Set the ADC quota project to vertex-demo-123', commands: ['gcloud auth application-default set-quota-project vertex-demo-123']}]);
		await quotaProjectStep.apply!(fixes[0]!, ctx);
		expect(commands).toEqual(['gcloud auth application-default set-quota-project vertex-demo-123']);
		expect(await quotaProjectStep.check(ctx)).toEqual({status: 'ok', summary: 'Quota project set to vertex-demo-123'});
		expect(ctx.facts.adc?.quotaProject).toBe('vertex-demo-123');
	});

	it('is skipped for a service-account key', async () => {
		const {ctx} = await prepared('key-world-readable');
		expect(await quotaProjectStep.check(ctx)).toEqual({status: 'skipped', summary: "Skipped: quota follows the service account's own project (vertex-demo-123)"});
	});

	it('fails when GOOGLE_CLOUD_QUOTA_PROJECT disagrees, even for a service account', async () => {
		const {ctx} = await prepared('key-world-readable', {GOOGLE_CLOUD_QUOTA_PROJECT: 'team-sandbox-456'});
		const finding = await quotaProjectStep.check(ctx);
		expect(finding).toMatchObject({status: 'fail', summary: 'GOOGLE_CLOUD_QUOTA_PROJECT=team-sandbox-456 overrides the quota project vertex-demo-123', commands: ['unset GOOGLE_CLOUD_QUOTA_PROJECT']});
		expect(await quotaProjectStep.fixes!(finding, ctx)).toEqual([]);
	});

	it('names the gcloud error when the fix is refused', async () => {
		const {ctx} = await prepared('quota-project-mismatch');
		ctx.facts.project = {projectId: 'legacy-app-789', projectNumber: '789012345678', name: 'Legacy App'};
		const finding = await quotaProjectStep.check(ctx);
		const [fix] = await quotaProjectStep.fixes!(finding, ctx);
		await expect(quotaProjectStep.apply!(fix!, ctx)).rejects.toThrow(/serviceusage\.services\.use|Cannot add the project/);
	});
});
