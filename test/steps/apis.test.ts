import {describe, expect, it} from 'vitest';
import {apisStep} from '../../source/steps/apis.js';
import {cloudContext, fixOnce, MAIN} from './cloud-setup.js';

const AI = 'aiplatform.googleapis.com';
const GL = 'generativelanguage.googleapis.com';

describe('apis step', () => {
	it('healthy: everything enabled, asks nothing', async () => {
		const {ctx, asked} = await cloudContext('healthy', {}, true);
		expect(await apisStep.check(ctx)).toEqual({status: 'ok', summary: `APIs enabled: ${AI}, ${GL}`});
		expect(asked).toEqual([]);
		expect(ctx.facts.changedAt).toBeUndefined();
	});

	it('fresh: enables the missing APIs in one batchEnable, with a spinner per API', async () => {
		const {ctx, emulator, events, commands} = await cloudContext('fresh', {}, true);
		const {first, fixes, after} = await fixOnce(apisStep, ctx);
		expect(first).toMatchObject({status: 'fail', summary: `2 APIs are not enabled on ${MAIN}: ${AI}, ${GL}`, commands: [`gcloud services enable ${AI} ${GL} --project=${MAIN}`]});
		expect(fixes.map((f) => f.title)).toEqual([`Enable ${AI}, ${GL} on ${MAIN}`]);
		expect(emulator.requests.count({method: 'POST', path: /services:batchEnable$/})).toBe(1);
		expect(emulator.requests.count({method: 'POST', path: /:enable$/})).toBe(0);
		expect(events.map((e) => `${e.key}:${e.state}`)).toEqual([`${AI}:running`, `${GL}:running`, `${AI}:done`, `${GL}:done`]);
		expect(events[0]!.label).toBe(`Vertex AI API (${AI})`);
		expect(after).toEqual({status: 'ok', summary: `APIs enabled: ${AI}, ${GL}`});
		expect(ctx.facts.changedAt).toBeTypeOf('number');
		expect(commands).toEqual([`gcloud services enable ${AI} ${GL} --project=${MAIN}`]);
	});

	it('api-disabled: enables only the missing one, plus any asked for with --apis', async () => {
		const {ctx, emulator} = await cloudContext('api-disabled', {options: {apis: ['storage.googleapis.com', 'iam.googleapis.com']}}, true);
		const {first, after} = await fixOnce(apisStep, ctx);
		expect(first.commands).toEqual([`gcloud services enable ${AI} iam.googleapis.com --project=${MAIN}`]);
		expect(after.status).toBe('ok');
		expect(Object.keys(emulator.state.projects[MAIN]!.services)).toEqual(expect.arrayContaining([AI, 'iam.googleapis.com']));
	});

	it('a failed batch is retried API by API, and each is reported', async () => {
		const {ctx, emulator, events} = await cloudContext('healthy', {}, true);
		for (const id of [AI, GL]) delete emulator.state.projects[MAIN]!.services[id];
		emulator.faults.fail({method: 'POST', path: /services:batchEnable$/, status: 503, times: 1});
		const {after} = await fixOnce(apisStep, ctx);
		expect(emulator.requests.count({method: 'POST', path: /services\/[a-z.]+:enable$/})).toBe(2);
		expect(events.filter((e) => e.state === 'done').map((e) => e.key)).toEqual([AI, GL]);
		expect(after.status).toBe('ok');
	});

	it('billing not enabled: says billing, with the link, and offers nothing more', async () => {
		const {ctx, emulator, events} = await cloudContext('billing-disabled', {}, true);
		delete emulator.state.projects[MAIN]!.services[AI]; // never enabled while billing was on
		const {after} = await fixOnce(apisStep, ctx);
		expect(after).toMatchObject({
			status: 'fail',
			summary: `Can't enable ${AI}: billing is not enabled on ${MAIN}`,
			fix: `Link a billing account at https://console.cloud.google.com/billing/linkedaccount?project=${MAIN}, then run this again.`,
		});
		expect(events.map((e) => `${e.key}:${e.state}`)).toEqual([`${AI}:running`, `${AI}:failed`]);
		expect(await apisStep.fixes!(after, ctx)).toEqual([]);
	});

	it('permission denied: names the permission, the role an admin must grant, and the commands', async () => {
		const {ctx, emulator, events} = await cloudContext('api-disabled', {}, true);
		const policy = emulator.state.projects[MAIN]!.policy;
		policy.bindings = policy.bindings.filter((b) => b.role !== 'roles/serviceusage.serviceUsageAdmin');
		policy.bindings.push({role: 'roles/serviceusage.serviceUsageConsumer', members: ['user:dev@example.com']});
		const {after} = await fixOnce(apisStep, ctx);
		expect(after).toMatchObject({
			status: 'fail',
			summary: `Can't enable ${AI} on ${MAIN}: your account lacks serviceusage.services.enable`,
			commands: [
				`gcloud projects add-iam-policy-binding ${MAIN} --member=user:dev@example.com --role=roles/serviceusage.serviceUsageAdmin --condition=None`,
				`gcloud services enable ${AI} --project=${MAIN}`,
			],
		});
		expect(after.fix).toContain('roles/serviceusage.serviceUsageAdmin');
		expect(events.map((e) => `${e.key}:${e.state}`)).toEqual([`${AI}:running`, `${AI}:failed`]);
		expect(ctx.facts.changedAt).toBeUndefined();
	});

	it('not allowed to list: names the permission and what an admin can do', async () => {
		const {ctx, emulator} = await cloudContext('healthy', {}, true);
		const policy = emulator.state.projects[MAIN]!.policy;
		policy.bindings = policy.bindings.filter((b) => !b.role!.startsWith('roles/serviceusage.'));
		const finding = await apisStep.check(ctx);
		expect(finding).toMatchObject({
			status: 'fail',
			summary: `Can't list the APIs enabled on ${MAIN}: your account lacks serviceusage.services.list`,
			commands: [
				`gcloud projects add-iam-policy-binding ${MAIN} --member=user:dev@example.com --role=roles/serviceusage.serviceUsageAdmin --condition=None`,
				`gcloud services enable ${AI} ${GL} --project=${MAIN}`,
			],
		});
		expect(await apisStep.fixes!(finding, ctx)).toEqual([]);
	});
});
