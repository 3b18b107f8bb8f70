import {describe, expect, it} from 'vitest';
import {scenarios} from '../../source/sandbox/scenarios.js';
import {accountStep} from '../../source/steps/account.js';
import {loginArgs, withoutBrowser} from '../../source/steps/login.js';
import {sandboxContext} from '../helpers/context.js';

describe('account step', () => {
	it('reports the active account', async () => {
		const {ctx} = await sandboxContext('healthy');
		expect(await accountStep.check(ctx)).toMatchObject({status: 'ok', summary: 'Signed in to gcloud as dev@example.com'});
		expect(ctx.facts.account).toBe('dev@example.com');
		expect(ctx.facts.accounts).toEqual(['dev@example.com']);
	});

	it.each(['not-logged-in', 'fresh'])('%s: fails with the login fix, which signs in', async scenario => {
		const {ctx, commands} = await sandboxContext(scenario, {env: {DISPLAY: ':0'}});
		const finding = await accountStep.check(ctx);
		expect(finding).toMatchObject({status: 'fail', summary: 'gcloud is not signed in', fix: 'Sign in: gcloud auth login', commands: ['gcloud auth login']});
		expect(ctx.facts.account).toBeNull();
		const fixes = await accountStep.fixes!(finding, ctx);
		expect(fixes).toEqual([{id: 'login.gcloud', title: 'Sign in to gcloud', commands: ['gcloud auth login'], manual: true}]);
		await accountStep.apply!(fixes[0]!, ctx);
		expect(commands).toEqual(['gcloud auth login']);
		expect(await accountStep.check(ctx)).toMatchObject({status: 'ok', summary: 'Signed in to gcloud as dev@example.com'});
	});

	it('offers --no-launch-browser over SSH', async () => {
		const {ctx} = await sandboxContext('not-logged-in', {env: {SSH_CONNECTION: '10.0.0.2 5555 10.0.0.3 22', DISPLAY: ':0'}});
		const finding = await accountStep.check(ctx);
		expect(finding.commands).toEqual(['gcloud auth login --no-launch-browser']);
		const [fix] = await accountStep.fixes!(finding, ctx);
		await accountStep.apply!(fix!, ctx);
		expect((await accountStep.check(ctx)).status).toBe('ok');
	});

	it('detects an expired session and signs in again', async () => {
		const scenario = structuredClone(scenarios.healthy!);
		scenario.client.accountReauthRequired = true;
		const {ctx} = await sandboxContext(scenario, {env: {DISPLAY: ':0'}});
		const finding = await accountStep.check(ctx);
		expect(finding).toMatchObject({status: 'fail', summary: 'gcloud session for dev@example.com has expired', commands: ['gcloud auth login']});
		expect(finding.detail).toMatch(/problem refreshing|invalid_grant|Reauthentication/i);
		const fixes = await accountStep.fixes!(finding, ctx);
		expect(fixes.map(f => f.title)).toEqual(['Sign in to gcloud again as dev@example.com']);
		await accountStep.apply!(fixes[0]!, ctx);
		expect((await accountStep.check(ctx)).status).toBe('ok');
	});

	it('offers to pick one of several accounts when none is active', async () => {
		const {ctx, commands} = await sandboxContext('healthy');
		expect((await ctx.gcloud.run(['config', 'unset', 'account'])).exitCode).toBe(0);
		const finding = await accountStep.check(ctx);
		expect(finding).toMatchObject({status: 'fail', summary: 'gcloud has a signed-in account but none is active', commands: ['gcloud config set account dev@example.com']});
		const fixes = await accountStep.fixes!(finding, ctx);
		expect(fixes.map(f => f.id)).toEqual(['account.use:dev@example.com', 'login.gcloud']);
		expect(fixes[0]!.manual).toBeFalsy();
		await accountStep.apply!(fixes[0]!, ctx);
		expect(commands).toEqual(['gcloud config set account dev@example.com']);
		expect(await accountStep.check(ctx)).toMatchObject({status: 'ok', summary: 'Signed in to gcloud as dev@example.com'});
	});

	it('is skipped when gcloud is missing', async () => {
		const {ctx} = await sandboxContext('gcloud-missing');
		expect((await accountStep.check(ctx)).status).toBe('skipped');
		expect(ctx.facts.account).toBeNull();
	});
});

describe('browser rule', () => {
	it('uses --no-launch-browser over SSH or on Linux without a display', () => {
		expect(withoutBrowser({SSH_CONNECTION: 'x'}, 'darwin')).toBe(true);
		expect(withoutBrowser({}, 'linux')).toBe(true);
		expect(withoutBrowser({WAYLAND_DISPLAY: 'wayland-0'}, 'linux')).toBe(false);
		expect(withoutBrowser({}, 'darwin')).toBe(false);
		expect(withoutBrowser({}, 'win32')).toBe(false);
		expect(loginArgs('adc', {env: {}, platform: 'linux'})).toEqual(['auth', 'application-default', 'login', '--no-launch-browser']);
	});
});
