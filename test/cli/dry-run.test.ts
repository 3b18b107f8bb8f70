import {accessSync, constants, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {EmulatorState} from '../../source/sandbox/emulator/index.js';
import {DEV, instant, machine, MAIN, notOk, run, step, type Machine, SLOW} from './machine.js';

const FLAGS = ['--project', MAIN, '--principal', DEV];

/** The commands of a plan, without its comment lines. */
const commandsOf = (stdout: string) => stdout.split('\n').filter((l) => l.trim() && !l.startsWith('#'));

/** Every request that could have changed something (reads, token grants and the Gemini call aside). */
function writes(m: Machine) {
	return m.emulator.requests.filter((r) => r.method !== 'GET' && !/(:getIamPolicy|:testIamPermissions|:generateContent|:search|^\/token|^\/tokeninfo)$/.test(r.path));
}

describe.concurrent('--dry-run', {timeout: SLOW}, () => {
	it('fresh: prints, in order, every command from sign-in to a working setup, and changes nothing', async (t) => {
		const m = await machine(t, 'fresh');
		const {code, stdout, stderr} = await m.cli(['--dry-run', ...FLAGS]);
		expect(code).toBe(1);
		expect(commandsOf(stdout)).toEqual([
			'gcloud auth login --no-launch-browser',
			'gcloud auth application-default login --no-launch-browser',
			`gcloud config set project ${MAIN}`,
			`gcloud auth application-default set-quota-project ${MAIN}`,
			`gcloud services enable aiplatform.googleapis.com generativelanguage.googleapis.com --project=${MAIN}`,
			`gcloud projects add-iam-policy-binding ${MAIN} --member=user:${DEV} --role=roles/aiplatform.user --condition=None`,
		]);
		// The sign-ins are marked as a person's job; the rest may be run as they are.
		expect(stdout).toContain('# Sign in to gcloud (a person must do this: it needs a browser)\ngcloud auth login');
		expect(stdout).toContain('# Sign in for Application Default Credentials (a person must do this: it needs a browser)\ngcloud auth application-default login');
		expect(stderr).toContain('○ APIs  Blocked: Project must pass first');
		expect(writes(m)).toEqual([]);
	});

	it('fresh without --project, then without --principal: says which flag the rest of the plan needs', async (t) => {
		const m = await machine(t, 'fresh');
		const bare = await m.cli(['--dry-run']);
		expect(bare.stdout.trimEnd().split('\n').at(-1)).toBe('# Pass --project PROJECT_ID to plan Project, ADC quota project, APIs and IAM role too (the project to set up).');
		const noPrincipal = await m.cli(['--dry-run', '--project', MAIN]);
		expect(commandsOf(noPrincipal.stdout).at(-1)).toMatch(/^gcloud services enable /);
		expect(noPrincipal.stdout).toContain('# Pass --principal user:EMAIL to plan IAM role too (who gets roles/aiplatform.user).');
	});

	it('--format terraform: the same cloud changes as additive resources', async (t) => {
		const m = await machine(t, 'fresh');
		const {stdout} = await m.cli(['--dry-run', '--format', 'terraform', ...FLAGS]);
		expect(stdout).toBe(
			[
				'resource "google_project_service" "aiplatform" {',
				`  project            = "${MAIN}"`,
				'  service            = "aiplatform.googleapis.com"',
				'  disable_on_destroy = false',
				'}',
				'',
				'resource "google_project_service" "generativelanguage" {',
				`  project            = "${MAIN}"`,
				'  service            = "generativelanguage.googleapis.com"',
				'  disable_on_destroy = false',
				'}',
				'',
				'resource "google_project_iam_member" "aiplatform_user_dev" {',
				`  project = "${MAIN}"`,
				'  role    = "roles/aiplatform.user"',
				`  member  = "user:${DEV}"`,
				'}',
				'',
				'',
			].join('\n'),
		);
	});

	it('a healthy machine has nothing to plan; a broken one only what it lacks', async (t) => {
		const healthy = await machine(t, 'healthy');
		expect((await healthy.cli(['--dry-run'])).stdout).toBe('# Nothing to change: every check passed.\n');
		const broken = await machine(t, 'api-disabled');
		const plan = await broken.cli(['--dry-run', '--format', 'terraform']);
		expect(plan.stdout.match(/^resource .*/gm)).toEqual(['resource "google_project_service" "aiplatform" {']);
	});
});

/** The real gcloud, wherever it is on PATH except the sandbox's own bin directory. */
function realGcloud(sandboxBin: string): string | undefined {
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		if (!dir || path.resolve(dir) === path.resolve(sandboxBin)) continue;
		const file = path.join(dir, 'gcloud');
		try {
			accessSync(file, constants.X_OK);
			return file;
		} catch {
			// not here
		}
	}
	return undefined;
}

/** What the cloud ended up with: the project's enabled services and its bindings, order-free. */
function cloudState(state: EmulatorState) {
	const p = state.projects[MAIN]!;
	const bindings = p.policy.bindings.map((b) => ({role: b.role, members: [...(b.members ?? [])].sort(), condition: b.condition?.title ?? null}));
	return {services: Object.keys(p.services).sort(), bindings: bindings.sort((a, b) => `${a.role}${a.condition}`.localeCompare(`${b.role}${b.condition}`))};
}

/** What the machine ended up with: gcloud's project and the ADC quota project. */
async function clientState(gcloud: string, env: NodeJS.ProcessEnv, cwd: string) {
	const project = (await run(gcloud, ['config', 'get-value', 'project'], env, cwd)).stdout.trim();
	const adc = JSON.parse(readFileSync(path.join(env.CLOUDSDK_CONFIG!, 'application_default_credentials.json'), 'utf8')) as {quota_project_id?: string};
	return {project, quotaProject: adc.quota_project_id};
}

describe('fresh: the wizard after the sign-ins, and the dry-run run through the real gcloud', () => {
	it('the wizard repairs what a program can, and the plan ends in the same state', {timeout: 2 * SLOW}, async (t) => {
		const wizard = await machine(t, instant('fresh'));
		const first = await wizard.json(['doctor', '--json']);
		expect(first.code).toBe(1);
		expect(step(first.report, 'account').summary).toBe('gcloud is not signed in');
		expect(step(first.report, 'adc').summary).toBe('No Application Default Credentials found');
		const signInFirst = await wizard.json(['--yes', '--json', '--project', MAIN]);
		expect(signInFirst.code).toBe(1);
		expect(signInFirst.report.manualSteps.map((s) => s.commands)).toEqual([['gcloud auth login --no-launch-browser'], ['gcloud auth application-default login --no-launch-browser']]);
		// The person signs in (the sandbox's gcloud completes the browser step by itself).
		expect((await wizard.gcloud(['auth', 'login', '--no-launch-browser'])).code).toBe(0);
		expect((await wizard.gcloud(['auth', 'application-default', 'login', '--no-launch-browser'])).code).toBe(0);
		const fixed = await wizard.json(['--yes', '--json', '--project', MAIN]);
		expect(fixed.code, notOk(fixed.report).join('\n')).toBe(0);
		expect(fixed.report.smokeTest?.reply).toBeTruthy();
		const again = await wizard.json(['doctor', '--json']);
		expect(again.code, notOk(again.report).join('\n')).toBe(0);

		const planned = await machine(t, instant('fresh'));
		const gcloud = realGcloud(planned.sandbox.binDir);
		if (!gcloud) {
			console.log('Skipped the dry-run half: no real gcloud on PATH (outside the sandbox) to run the plan with.');
			return;
		}
		const plan = await planned.cli(['--dry-run', ...FLAGS]);
		const realConfig = mkdtempSync(path.join(os.tmpdir(), 'vertex-setup-real-gcloud-'));
		t.onTestFinished(() => rmSync(realConfig, {recursive: true, force: true}));
		// The real gcloud signs in with an emulator token; its config is its own, never the user's.
		const realEnv = {...planned.env, CLOUDSDK_CONFIG: realConfig, CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: planned.sandbox.realGcloudTokenFile, CLOUDSDK_CORE_DISABLE_PROMPTS: '1'};
		let manual = false;
		for (const line of plan.stdout.split('\n')) {
			if (line.startsWith('#')) manual = line.includes('a person must do this');
			if (line.startsWith('#') || !line.trim()) continue;
			if (manual) {
				// The person's sign-ins: the gcloud one is the token file above; the ADC one is done
				// as they would, through the sandbox's browser-free sign-in, into the same config.
				if (line.includes('application-default login')) expect((await run(planned.sandbox.gcloudPath!, line.split(' ').slice(1), realEnv, planned.cwd)).code).toBe(0);
				continue;
			}
			// The plan's lines hold no quotes or shell syntax: splitting on spaces is the argument array.
			const r = await run(gcloud, line.split(' ').slice(1), realEnv, planned.cwd, 60_000);
			expect(r.code, `${line}\n${r.stderr}`).toBe(0);
		}
		expect(cloudState(planned.emulator.state)).toEqual(cloudState(wizard.emulator.state));
		expect(cloudState(planned.emulator.state).services).toContain('aiplatform.googleapis.com');
		const client = await clientState(gcloud, realEnv, planned.cwd);
		expect(client).toEqual({project: MAIN, quotaProject: MAIN});
		expect(client).toEqual(await clientState(wizard.sandbox.gcloudPath!, wizard.env, wizard.cwd));
	});
});
