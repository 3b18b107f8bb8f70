import {describe, expect, it} from 'vitest';
import {runSteps} from '../../source/flow/runner.js';
import {accountStep} from '../../source/steps/account.js';
import {adcStep} from '../../source/steps/adc.js';
import {apisStep} from '../../source/steps/apis.js';
import {billingStep} from '../../source/steps/billing.js';
import {gcloudStep} from '../../source/steps/gcloud.js';
import {iamStep} from '../../source/steps/iam.js';
import {projectStep} from '../../source/steps/project.js';
import {createSmokeTestStep, smokeTestStep} from '../../source/steps/smoke-test.js';
import {sandboxContext} from '../helpers/context.js';
import {cloudContext, fixOnce, MAIN} from './cloud-setup.js';

/** Short waits, so a propagation delay of a second or two is sat out quickly. */
const quick = createSmokeTestStep({recentMs: 60_000, maxWaitMs: 20_000, retryEveryMs: 300, tickMs: 100});

describe('smoke test step', () => {
	it('healthy: Gemini replies; shows text, model version and latency; asks nothing', async () => {
		const {ctx, asked, emulator} = await cloudContext('healthy', {}, true);
		const finding = await smokeTestStep.check(ctx);
		expect(finding.status).toBe('ok');
		expect(finding.summary).toMatch(/^Gemini replied in \d+ ms: \S/);
		expect(finding.detail).toBe('Model gemini-3.1-flash-lite in global, as user:dev@example.com.');
		expect(ctx.facts.smoke).toMatchObject({region: 'global', model: 'gemini-3.1-flash-lite', modelVersion: 'gemini-3.1-flash-lite'});
		expect(ctx.facts.smoke!.text.length).toBeGreaterThan(0);
		expect(asked).toEqual([]);
		expect(emulator.requests.filter({method: 'POST', path: /:generateContent$/}).map((r) => r.path)).toEqual([
			`/v1/projects/${MAIN}/locations/global/publishers/google/models/gemini-3.1-flash-lite:generateContent`,
		]);
	});

	it('is skipped with --no-smoke-test', async () => {
		const {ctx} = await cloudContext('healthy', {options: {smokeTest: false}}, true);
		expect(await smokeTestStep.check(ctx)).toEqual({status: 'skipped', summary: 'Smoke test skipped (--no-smoke-test)'});
	});

	it('model-retired: falls back to gemini-2.5-flash and says so', async () => {
		const {ctx} = await cloudContext('model-retired', {}, true);
		const finding = await smokeTestStep.check(ctx);
		expect(finding.status).toBe('ok');
		expect(finding.detail).toBe('Not served: gemini-3.1-flash-lite in global. gemini-2.5-flash in global worked. Model gemini-2.5-flash in global, as user:dev@example.com.');
		expect(ctx.facts.model).toBe('gemini-2.5-flash');
	});

	it('never tries a retired model asked for with --model, and says why', async () => {
		const {ctx, emulator} = await cloudContext('healthy', {options: {model: 'gemini-1.5-flash-002'}}, true);
		const finding = await smokeTestStep.check(ctx);
		expect(finding.detail).toMatch(/^gemini-1\.5-flash-002 is retired; tried current models instead\./);
		// The developer's code names that model too: a warning, with the model to use instead.
		expect(finding.status).toBe('warn');
		expect(finding.fix).toBe('Use gemini-3.1-flash-lite in your code instead of gemini-1.5-flash-002.');
		expect(emulator.requests.filter({path: /gemini-1\.5/})).toEqual([]);
	});

	it('uses --region and --model', async () => {
		const {ctx, emulator} = await cloudContext('healthy', {options: {region: 'europe-west4', model: 'gemini-2.5-flash'}}, true);
		expect((await smokeTestStep.check(ctx)).status).toBe('ok');
		expect(emulator.requests.filter({method: 'POST', path: /:generateContent$/}).map((r) => r.path)).toEqual([
			`/v1/projects/${MAIN}/locations/europe-west4/publishers/google/models/gemini-2.5-flash:generateContent`,
		]);
		expect(ctx.facts.region).toBe('europe-west4');
	});

	it('moves to another region when no candidate is served in the chosen one, and warns', async () => {
		const {ctx, emulator} = await cloudContext('healthy', {options: {region: 'asia-northeast1'}}, true);
		emulator.state.models['asia-northeast1'] = [];
		const finding = await smokeTestStep.check(ctx);
		expect(finding).toMatchObject({status: 'warn', fix: 'Use GOOGLE_CLOUD_LOCATION=global, or pick a model served in asia-northeast1.'});
		expect(finding.detail).toContain('Not served: gemini-3.1-flash-lite in asia-northeast1, gemini-2.5-flash in asia-northeast1.');
	});

	it('api-disabled with no recent change: fails at once with the diagnosis', async () => {
		const {ctx, events} = await cloudContext('api-disabled', {}, true);
		const finding = await smokeTestStep.check(ctx);
		expect(finding.status).toBe('fail');
		expect(finding.summary).toMatch(/^Gemini call failed: /);
		expect(finding.commands?.join('\n')).toContain(`gcloud services enable aiplatform.googleapis.com --project=${MAIN}`);
		expect(events).toEqual([]);
	});

	it('right after a grant, waits out propagation with a countdown, then passes', async () => {
		const {ctx, emulator, events} = await cloudContext('role-missing', {interactive: false}, true);
		emulator.state.propagationMs = 1500;
		await fixOnce(iamStep, ctx);
		expect(ctx.facts.changedAt).toBeTypeOf('number');
		const finding = await quick.check(ctx);
		expect(finding.status).toBe('ok');
		const waits = events.filter((e) => e.key === 'propagation');
		expect(waits.some((e) => e.state === 'waiting' && /^retrying in \d+s$/.test(e.note ?? ''))).toBe(true);
		expect(waits.at(-1)?.state).toBe('done');
	});

	it('gives up waiting after its limit and says how long it waited', async () => {
		const {ctx, emulator, events} = await cloudContext('role-missing', {interactive: false}, true);
		emulator.state.propagationMs = 10 * 60_000;
		await fixOnce(iamStep, ctx);
		const impatient = createSmokeTestStep({recentMs: 60_000, maxWaitMs: 400, retryEveryMs: 200, tickMs: 100});
		const finding = await impatient.check(ctx);
		expect(finding.status).toBe('fail');
		expect(finding.summary).toMatch(/^Gemini still refuses after waiting \d+s: /);
		expect(finding.commands?.join('\n')).toContain('--member=user:dev@example.com');
		expect(events.at(-1)).toMatchObject({key: 'propagation', state: 'failed'});
	});

	it('asks for the region in a run that just set things up', async () => {
		const {ctx, asked} = await cloudContext('healthy', {answers: {'smokeTest.region': 'us-central1'}}, true);
		ctx.facts.changedAt = ctx.now() - 10 * 60_000; // long enough ago: no wait
		expect((await smokeTestStep.check(ctx)).status).toBe('ok');
		expect(asked).toEqual(['smokeTest.region']);
		expect(ctx.facts.region).toBe('us-central1');
	});
});

describe('fresh machine, cloud steps in order', () => {
	it('picks the project, enables the APIs, grants the role, and Gemini answers', async () => {
		const {ctx, emulator, asked, commands} = await sandboxContext('fresh', {env: {DISPLAY: ':0'}, answers: {'project.pick': MAIN}});
		const steps = [gcloudStep, accountStep, adcStep, projectStep, billingStep, apisStep, iamStep, quick];
		const result = await runSteps(steps, ctx, () => {}, {fix: true, concurrent: false});
		const status = Object.fromEntries(result.steps.map((s) => [s.id, s.finding.status]));
		expect(status).toEqual({gcloud: 'ok', account: 'ok', adc: expect.stringMatching(/ok|warn/), project: 'ok', billing: 'ok', apis: 'ok', iam: 'ok', smokeTest: 'ok'});
		expect(asked).toContain('project.pick');
		expect(commands).toEqual(expect.arrayContaining([`gcloud config set project ${MAIN}`, expect.stringMatching(/^gcloud services enable /), expect.stringMatching(/^gcloud projects add-iam-policy-binding /)]));
		expect(emulator.requests.count({method: 'POST', path: /services:batchEnable$/})).toBe(1);
		expect(ctx.facts.smoke?.model).toBe('gemini-3.1-flash-lite');
	});
});
