import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {adcStep} from '../../source/steps/adc.js';
import {sandboxContext} from '../helpers/context.js';

const DISPLAY = {DISPLAY: ':0'};

describe('adc step', () => {
	it('healthy: names the user behind ADC', async () => {
		const {ctx} = await sandboxContext('healthy', {env: DISPLAY});
		const finding = await adcStep.check(ctx);
		expect(finding).toMatchObject({status: 'ok', summary: 'Application Default Credentials found for dev@example.com'});
		expect(ctx.facts.adc).toMatchObject({source: 'well-known', type: 'authorized_user', principal: 'dev@example.com', quotaProject: 'vertex-demo-123'});
	});

	it.each(['adc-missing', 'fresh'])('%s: fails with the ADC login fix, which creates ADC', async scenario => {
		const {ctx, commands} = await sandboxContext(scenario, {env: DISPLAY});
		const finding = await adcStep.check(ctx);
		expect(finding).toMatchObject({
			status: 'fail',
			summary: 'No Application Default Credentials found',
			commands: ['gcloud auth application-default login'],
		});
		expect(ctx.facts.adc).toEqual({source: 'none'});
		const fixes = await adcStep.fixes!(finding, ctx);
		expect(fixes).toEqual([{id: 'login.adc', title: 'Sign in for Application Default Credentials', commands: ['gcloud auth application-default login'], manual: true}]);
		await adcStep.apply!(fixes[0]!, ctx);
		expect(commands).toEqual(['gcloud auth application-default login']);
		const after = await adcStep.check(ctx);
		expect(after.summary).toBe('Application Default Credentials found for dev@example.com');
	});

	it('adc-expired: fails as expired, and signing in again repairs it', async () => {
		const {ctx} = await sandboxContext('adc-expired', {env: DISPLAY});
		const finding = await adcStep.check(ctx);
		expect(finding.status).toBe('fail');
		expect(finding.summary).toMatch(/^Application Default Credentials( for dev@example\.com)? have expired$/);
		expect(finding.detail).toContain('invalid_rapt');
		const [fix] = await adcStep.fixes!(finding, ctx);
		expect(fix).toMatchObject({id: 'login.adc', manual: true});
		await adcStep.apply!(fix!, ctx);
		expect(await adcStep.check(ctx)).toMatchObject({status: 'ok', summary: 'Application Default Credentials found for dev@example.com'});
	});

	it('gcloud-missing: ADC alone still works', async () => {
		const {ctx} = await sandboxContext('gcloud-missing', {env: DISPLAY});
		expect(await adcStep.check(ctx)).toMatchObject({status: 'ok', summary: 'Application Default Credentials found for dev@example.com'});
	});

	it('without gcloud and without ADC: fails with both ways out, and offers nothing it cannot run', async () => {
		const {ctx, sandbox} = await sandboxContext('gcloud-missing', {env: DISPLAY});
		const {rm} = await import('node:fs/promises');
		await rm(path.join(sandbox.configDir, 'application_default_credentials.json'), {force: true});
		const finding = await adcStep.check(ctx);
		expect(finding).toMatchObject({status: 'fail', summary: 'No Application Default Credentials, and gcloud is not installed'});
		expect(finding.fix).toContain('GOOGLE_APPLICATION_CREDENTIALS');
		expect(finding.fix).toContain('Install gcloud');
		expect(await adcStep.fixes!(finding, ctx)).toEqual([]);
	});

	it('key-world-readable: a service-account key via GOOGLE_APPLICATION_CREDENTIALS; warns that it is not the gcloud account', async () => {
		const {ctx} = await sandboxContext('key-world-readable', {env: DISPLAY});
		const finding = await adcStep.check(ctx);
		expect(ctx.facts.adc).toMatchObject({source: 'env', type: 'service_account', principal: 'vertex-runner@vertex-demo-123.iam.gserviceaccount.com', keyProject: 'vertex-demo-123'});
		expect(finding.status).toBe('warn');
		expect(finding.summary).toBe('ADC signs in as vertex-runner@vertex-demo-123.iam.gserviceaccount.com, gcloud as dev@example.com');
		expect(finding.detail).toContain('the smoke test and your own code use ADC');
		expect(await adcStep.fixes!(finding, ctx)).toEqual([]);
	});

	it('warns when GOOGLE_API_KEY is set, naming it and how to unset it', async () => {
		const {ctx} = await sandboxContext('healthy', {env: {...DISPLAY, GOOGLE_API_KEY: 'AIza-test'}});
		const finding = await adcStep.check(ctx);
		expect(finding).toMatchObject({status: 'warn', summary: 'GOOGLE_API_KEY is set', commands: ['unset GOOGLE_API_KEY']});
		expect(finding.detail).toContain('@google/genai');
		expect(JSON.stringify(finding)).not.toContain('AIza-test');
	});

	it('names a corrupt ADC file and the reason, and offers to sign in again', async () => {
		const {ctx, sandbox} = await sandboxContext('healthy', {env: DISPLAY});
		await writeFile(path.join(sandbox.configDir, 'application_default_credentials.json'), '{"type": "authorized_user"');
		const finding = await adcStep.check(ctx);
		expect(finding.status).toBe('fail');
		expect(finding.summary).toMatch(/^Can't use .*application_default_credentials\.json: it is not valid JSON/);
		expect((await adcStep.fixes!(finding, ctx)).map(f => f.id)).toEqual(['login.adc']);
	});

	it('names a GOOGLE_APPLICATION_CREDENTIALS that points nowhere', async () => {
		const {ctx, sandbox} = await sandboxContext('healthy', {env: {...DISPLAY, GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/key.json'}});
		const finding = await adcStep.check(ctx);
		expect(finding).toMatchObject({status: 'fail', summary: "Can't use GOOGLE_APPLICATION_CREDENTIALS=/nonexistent/key.json: the file does not exist", commands: ['unset GOOGLE_APPLICATION_CREDENTIALS']});
		expect(await adcStep.fixes!(finding, ctx)).toEqual([]);
		expect(sandbox.home).toBeTruthy();
	});
});
