import {describe, expect, it} from 'vitest';
import {iamStep} from '../../source/steps/iam.js';
import {cloudContext, fixOnce, MAIN} from './cloud-setup.js';

const DEV = 'user:dev@example.com';
const RUNNER = `serviceAccount:vertex-runner@${MAIN}.iam.gserviceaccount.com`;
const GRANT = `gcloud projects add-iam-policy-binding ${MAIN} --member=${DEV} --role=roles/aiplatform.user --condition=None`;

describe('iam step', () => {
	it('healthy: the ADC principal has the role; asks nothing', async () => {
		const {ctx, asked} = await cloudContext('healthy', {}, true);
		expect(await iamStep.check(ctx)).toEqual({status: 'ok', summary: `${DEV} has roles/aiplatform.user on ${MAIN}`});
		expect(ctx.facts.principal).toBe(DEV);
		expect(asked).toEqual([]);
	});

	it('fresh: grants roles/aiplatform.user to the ADC principal and records the change', async () => {
		const {ctx, emulator, commands} = await cloudContext('fresh', {}, true);
		const {first, fixes, after} = await fixOnce(iamStep, ctx);
		expect(first).toMatchObject({status: 'fail', summary: `${DEV} can't call Gemini on ${MAIN}: no role grants aiplatform.endpoints.predict`, commands: [GRANT]});
		expect(fixes.map((f) => f.title)).toEqual([`Grant roles/aiplatform.user to ${DEV} on ${MAIN}`]);
		expect(after.status).toBe('ok');
		expect(ctx.facts.changedAt).toBeTypeOf('number');
		expect(commands).toEqual([GRANT]);
		expect(emulator.requests.count({method: 'POST', path: /:setIamPolicy$/})).toBe(1);
	});

	it('role-missing: offers the ADC principal first among the project’s service accounts', async () => {
		let offered: string[] = [];
		const {ctx, asked} = await cloudContext('role-missing', {}, true);
		const select = ctx.ask.select.bind(ctx.ask);
		ctx.ask.select = async (q) => {
			offered = q.choices.map((c) => String(c.value));
			return select(q);
		};
		const {first, after} = await fixOnce(iamStep, ctx);
		expect(asked).toEqual(['iam.principal']);
		expect(offered).toEqual([DEV, RUNNER]);
		expect(first.status).toBe('fail');
		expect(after).toEqual({status: 'ok', summary: `${DEV} has roles/aiplatform.user on ${MAIN}`});
	});

	it('a service account picked instead is checked (it already has the role), and the mismatch with ADC is said', async () => {
		const {ctx} = await cloudContext('role-missing', {answers: {'iam.principal': RUNNER}}, true);
		const finding = await iamStep.check(ctx);
		expect(finding).toEqual({status: 'ok', summary: `${RUNNER} has roles/aiplatform.user on ${MAIN}`, detail: `Your code runs as ${DEV}, not ${RUNNER}.`});
	});

	it('--principal is used without asking', async () => {
		const {ctx, asked} = await cloudContext('role-missing', {options: {principal: 'ana@example.com'}}, true);
		expect(await iamStep.check(ctx)).toMatchObject({status: 'fail', summary: expect.stringContaining('user:ana@example.com')});
		expect(asked).toEqual([]);
	});

	it('retries a grant that loses to a concurrent writer and keeps every other binding, the rival’s included', async () => {
		const {ctx, emulator} = await cloudContext('role-missing', {interactive: false}, true);
		const before = structuredClone(emulator.state.projects[MAIN]!.policy.bindings);
		const rival = {role: 'roles/logging.viewer', members: ['user:rival@example.com'], condition: {title: 'rival', expression: "request.time < timestamp('2031-01-01T00:00:00Z')"}};
		// Fires after each of the next two reads: the check's, then the grant's first read, whose write then gets 409.
		emulator.faults.concurrentIamWriter(MAIN, (policy) => policy.bindings.push(structuredClone(rival)), 2);
		const {after} = await fixOnce(iamStep, ctx);
		expect(after.status).toBe('ok');
		const bindings = emulator.state.projects[MAIN]!.policy.bindings;
		for (const b of before) if (b.role !== 'roles/aiplatform.user') expect(bindings).toContainEqual(b);
		expect(bindings).toContainEqual(rival);
		expect(bindings.find((b) => b.role === 'roles/viewer')?.condition?.title).toBe('until-2030');
		expect(bindings.find((b) => b.role === 'roles/aiplatform.user')?.members).toEqual([RUNNER, DEV]);
		expect(emulator.requests.count({method: 'POST', path: /:setIamPolicy$/})).toBe(2);
	});

	it('permission denied on setIamPolicy: gives the exact command an admin must run', async () => {
		const {ctx, emulator} = await cloudContext('role-missing', {interactive: false}, true);
		const policy = emulator.state.projects[MAIN]!.policy;
		policy.bindings = policy.bindings.filter((b) => b.role !== 'roles/resourcemanager.projectIamAdmin');
		const {after} = await fixOnce(iamStep, ctx);
		expect(after).toMatchObject({
			status: 'fail',
			summary: `Can't grant roles/aiplatform.user on ${MAIN}: your account lacks resourcemanager.projects.setIamPolicy`,
			fix: `Ask a project admin to run: ${GRANT}`,
			commands: [GRANT],
		});
		expect(await iamStep.fixes!(after, ctx)).toEqual([]);
		expect(ctx.facts.changedAt).toBeUndefined();
	});

	it('a conditional-only grant is a warning that offers an unconditional one', async () => {
		const {ctx, emulator} = await cloudContext('role-missing', {interactive: false}, true);
		emulator.state.projects[MAIN]!.policy.bindings.push({role: 'roles/aiplatform.user', members: [DEV], condition: {title: 'weekdays', expression: 'request.time.getDayOfWeek() < 5'}});
		const finding = await iamStep.check(ctx);
		expect(finding).toMatchObject({status: 'warn', summary: `${DEV} has roles/aiplatform.user on ${MAIN} only under the condition 'weekdays'`});
		expect((await iamStep.fixes!(finding, ctx)).map((f) => f.title)).toEqual([`Grant roles/aiplatform.user to ${DEV} on ${MAIN}`]);
	});
});
