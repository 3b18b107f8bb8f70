import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEV, instant, machine, MAIN, notOk, step, type Machine, SLOW} from './machine.js';

// Each broken scenario, end to end through the built CLI: doctor names the failing step and why,
// `--yes` (with the flags it needs) repairs what a program can, the person does what only a
// person can (a sign-in, linking billing), and a second doctor is green.

/** doctor --json: exit 1, and the failing step with its reason. */
async function diagnosed(m: Machine, id: string, reason: RegExp, args: string[] = []) {
	const {code, report} = await m.json(['doctor', '--json', ...args]);
	expect(code, notOk(report).join(' ')).toBe(1);
	expect(step(report, id)).toMatchObject({status: 'fail', summary: expect.stringMatching(reason)});
	return report;
}

async function healthyAgain(m: Machine, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) {
	const {code, report} = await m.json(['doctor', '--json', ...args], extraEnv);
	expect(notOk(report).filter((s) => !s.includes(':warn'))).toEqual([]);
	expect(code).toBe(0);
	return report;
}

async function repaired(m: Machine, args: string[] = []) {
	const {code, report} = await m.json(['--yes', '--json', ...args]);
	expect(notOk(report).filter((s) => !s.includes(':warn'))).toEqual([]);
	expect(code).toBe(0);
	expect(report.mode).toBe('repair');
	return report;
}

describe.concurrent('repair of every broken scenario', {timeout: SLOW}, () => {
	it('api-disabled: doctor names the API; --yes enables it (and --apis extras) in one batch, answers from flags', async (t) => {
		const m = await machine(t, instant('api-disabled'));
		await diagnosed(m, 'apis', /Vertex AI API \(aiplatform\.googleapis\.com\) is not enabled on vertex-demo-123/);
		const fixed = await repaired(m, ['--apis', 'iam.googleapis.com', '--region', 'us-central1', '--model', 'gemini-2.5-flash']);
		expect(step(fixed, 'apis').commands_run).toEqual([`gcloud services enable aiplatform.googleapis.com iam.googleapis.com --project=${MAIN}`]);
		expect(fixed.smokeTest).toMatchObject({reply: expect.any(String), region: 'us-central1', model: 'gemini-2.5-flash'});
		await healthyAgain(m);
	});

	it('role-missing: --yes grants roles/aiplatform.user to the ADC user and keeps every other binding', async (t) => {
		const m = await machine(t, instant('role-missing'));
		const before = structuredClone(m.emulator.state.projects[MAIN]!.policy.bindings);
		await diagnosed(m, 'iam', /user:dev@example\.com can't call Gemini on vertex-demo-123/);
		const fixed = await repaired(m, ['--no-smoke-test']);
		expect(step(fixed, 'smokeTest')).toMatchObject({status: 'skipped', summary: 'Smoke test skipped (--no-smoke-test)'});
		const after = m.emulator.state.projects[MAIN]!.policy.bindings;
		for (const b of before) if (b.role !== 'roles/aiplatform.user') expect(after).toContainEqual(b);
		expect(after.find((b) => b.role === 'roles/aiplatform.user' && !b.condition)?.members).toContain(`user:${DEV}`);
		await healthyAgain(m);
	});

	it('quota-project-mismatch: --yes points ADC quota at the project', async (t) => {
		const m = await machine(t, instant('quota-project-mismatch'));
		await diagnosed(m, 'quotaProject', /ADC bills quota to team-sandbox-456, not vertex-demo-123/);
		const fixed = await repaired(m);
		expect(step(fixed, 'quotaProject').commands_run).toEqual([`gcloud auth application-default set-quota-project ${MAIN}`]);
		const adc = JSON.parse(readFileSync(path.join(m.sandbox.configDir, 'application_default_credentials.json'), 'utf8')) as {quota_project_id?: string};
		expect(adc.quota_project_id).toBe(MAIN);
		await healthyAgain(m);
	});

	it('key-world-readable: --yes makes the key 0600; the ADC/gcloud identity difference stays a warning', async (t) => {
		const m = await machine(t, instant('key-world-readable'));
		const key = m.env.GOOGLE_APPLICATION_CREDENTIALS!;
		await diagnosed(m, 'keyFile', /mode 644 lets other users read it/);
		await repaired(m);
		expect(statSync(key).mode & 0o777).toBe(0o600);
		const after = await healthyAgain(m);
		// Key vs. user: a difference worth saying, not a failure.
		expect(step(after, 'adc').status).toBe('warn');
		expect(after.identities.warnings.join(' ')).toMatch(/ADC runs as vertex-runner@.* but gcloud runs as dev@example\.com/);
	});

	it('billing-disabled: only a person can link billing; the JSON says exactly where, then doctor is green', async (t) => {
		const m = await machine(t, instant('billing-disabled'));
		await diagnosed(m, 'billing', /Billing is not enabled on vertex-demo-123/);
		const {code, report} = await m.json(['--yes', '--json']);
		expect(code).toBe(1);
		expect(report.manualSteps).toEqual([
			{
				step: 'billing',
				title: 'Link a billing account at https://console.cloud.google.com/billing/linkedaccount?project=vertex-demo-123, then run this again.',
				commands: ['gcloud billing accounts list', `gcloud billing projects link ${MAIN} --billing-account=BILLING_ACCOUNT_ID`],
			},
		]);
		// The person links it in the console.
		m.emulator.state.projects[MAIN]!.billingAccount = 'billingAccounts/01A2B3-C4D5E6-F7A8B9';
		await healthyAgain(m);
	});

	it('not-logged-in: --yes reports the sign-in as the one manual step; after it, doctor is green', async (t) => {
		const m = await machine(t, instant('not-logged-in'));
		await diagnosed(m, 'account', /^gcloud is not signed in$/);
		const {code, report} = await m.json(['--yes', '--json']);
		expect(code).toBe(1);
		expect(report.manualSteps).toEqual([{step: 'account', title: 'Sign in to gcloud', commands: ['gcloud auth login --no-launch-browser']}]);
		expect((await m.gcloud(['auth', 'login', '--no-launch-browser'])).code).toBe(0);
		await healthyAgain(m);
	});

	for (const [name, reason] of [
		['adc-missing', /^No Application Default Credentials found$/],
		['adc-expired', /^Application Default Credentials( for dev@example\.com)? have expired$/],
	] as const) {
		it(`${name}: the ADC sign-in is the manual step; after it, doctor is green`, async (t) => {
			const m = await machine(t, instant(name));
			await diagnosed(m, 'adc', reason);
			const {code, report} = await m.json(['--yes', '--json']);
			expect(code).toBe(1);
			expect(report.manualSteps).toEqual([
				{step: 'adc', title: 'Sign in for Application Default Credentials', commands: ['gcloud auth application-default login --no-launch-browser']},
			]);
			// gcloud's sign-in also sets the quota project to gcloud's project: nothing is left to repair.
			expect((await m.gcloud(['auth', 'application-default', 'login', '--no-launch-browser'])).code).toBe(0);
			await healthyAgain(m);
		});
	}

	it('gcloud-missing: --yes needs --project (exit 2 naming it); with it and --write-env the project sticks in .env', async (t) => {
		const m = await machine(t, instant('gcloud-missing'));
		const first = await diagnosed(m, 'project', /^No Google Cloud project is selected$/);
		expect(step(first, 'gcloud')).toMatchObject({status: 'warn', summary: 'gcloud is not installed'});
		const asked = await m.json(['--yes', '--json']);
		expect(asked.code).toBe(2);
		expect(asked.report.stopped).toMatchObject({reason: 'needs-answer', flag: '--project PROJECT_ID'});
		await repaired(m, ['--project', MAIN, '--write-env']);
		const dotenv = readFileSync(path.join(m.cwd, '.env'), 'utf8');
		expect(dotenv).toBe(`GOOGLE_CLOUD_PROJECT=${MAIN}\nGOOGLE_CLOUD_LOCATION=global\nGOOGLE_GENAI_USE_VERTEXAI=true\n`);
		// Without gcloud there is no config to remember the project: the person's shell loads .env.
		const vars = Object.fromEntries(dotenv.trim().split('\n').map((l) => l.split('=') as [string, string]));
		const after = await healthyAgain(m, [], vars);
		expect(step(after, 'gcloud').status).toBe('warn');
	});

	// fresh is repaired in dry-run.test.ts, where its end state is compared with the dry-run's plan.

	it('key-creation-blocked: asking for a new key meets the org policy, and the JSON says what to use instead', async (t) => {
		const m = await machine(t, instant('key-creation-blocked'));
		const runner = 'vertex-runner@vertex-demo-123.iam.gserviceaccount.com';
		const ask = ['--key-file', 'new-key.json', '--principal', `serviceAccount:${runner}`, '--no-smoke-test'];
		await diagnosed(m, 'keyFile', /new-key\.json does not exist yet/, ask);
		const {code, report} = await m.json(['--yes', '--json', ...ask]);
		expect(code).toBe(1);
		const key = step(report, 'keyFile');
		expect(key.summary).toMatch(/your organization forbids service-account keys/);
		expect(key.fix_commands).toContain(`gcloud auth application-default login --impersonate-service-account=${runner}`);
		expect(report.manualSteps.map((s) => s.step)).toContain('keyFile');
		expect(existsSync(path.join(m.cwd, 'new-key.json'))).toBe(false);
		// Without a key request the machine is fine: ADC is the developer's own sign-in.
		await healthyAgain(m);
	});

	// Without a key request these three are healthy by design, so doctor exits 0:
	// - model-retired: the smoke test moves on from the retired model to the next current one and
	//   says so in the detail; nothing on the machine or the project is broken.
	// - key-creation-blocked: the policy only matters when a new key is asked for (above); ADC is
	//   the user's own sign-in.
	// - many-projects: the project is looked up by its ID, not found in a list of 5,000.
	for (const name of ['model-retired', 'key-creation-blocked', 'many-projects']) {
		it(`${name}: doctor is green`, async (t) => {
			const m = await machine(t, name);
			const report = await healthyAgain(m);
			expect(report.smokeTest?.reply).toBeTruthy();
			if (name === 'model-retired') {
				expect(report.smokeTest?.model).toBe('gemini-2.5-flash');
				expect(step(report, 'smokeTest').detail).toMatch(/Not served: gemini-3\.1-flash-lite in global/);
			}
		});
	}
});
