import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEV, instant, machine, MAIN, notOk, step, type Machine, SLOW} from './machine.js';

const RUNNER = `serviceAccount:vertex-runner@${MAIN}.iam.gserviceaccount.com`;
const DEPLOYER = `serviceAccount:ci-deployer@${MAIN}.iam.gserviceaccount.com`;

function writeProfile(dir: string, profile: unknown, file = 'vertex-setup.json') {
	writeFileSync(path.join(dir, file), JSON.stringify(profile, null, 2));
}

function bindingsOf(m: Machine, role: string): string[] {
	return m.emulator.state.projects[MAIN]!.policy.bindings.find((b) => b.role === role && !b.condition)?.members ?? [];
}

describe.concurrent('team profile', {timeout: SLOW}, () => {
	it('found by walking up from the current directory; its answers are the defaults, and it says so', async (t) => {
		// No gcloud, so no configured project: only the profile names it.
		const m = await machine(t, 'gcloud-missing');
		writeProfile(m.cwd, {project: MAIN, region: 'us-central1'});
		const app = path.join(m.cwd, 'services', 'app');
		mkdirSync(app, {recursive: true});
		const {code, stdout, stderr} = await m.cli(['doctor', '--json'], {}, app);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({project: MAIN, region: 'us-central1'});
		expect(stderr.split('\n')[0]).toBe(`Using team profile ${path.join(m.cwd, 'vertex-setup.json')}: project ${MAIN}, region us-central1`);
		const flagWins = await m.cli(['doctor', '--json', '--region', 'global'], {}, app);
		expect(JSON.parse(flagWins.stdout).region).toBe('global');
		expect(flagWins.stderr.split('\n')[0]).toMatch(/: project vertex-demo-123 \(--region global wins over its region\)$/);
	});

	it('a "vertex-setup" key in package.json works the same', async (t) => {
		const m = await machine(t, 'healthy');
		writeProfile(m.cwd, {name: 'app', private: true, 'vertex-setup': {region: 'europe-west4'}}, 'package.json');
		const {code, report} = await m.json(['doctor', '--json']);
		expect(code).toBe(0);
		expect(report.smokeTest?.region).toBe('europe-west4');
	});

	it('an invalid profile is a usage error naming the file, the field and the expected value', async (t) => {
		const m = await machine(t, 'healthy');
		writeProfile(m.cwd, {project: MAIN, principalKind: 'group'});
		for (const args of [['doctor', '--json'], ['--yes']]) {
			const r = await m.cli(args);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toContain(`${path.join(m.cwd, 'vertex-setup.json')}: field "principalKind" is "group"; expected "user" or "serviceAccount".`);
		}
	});

	it('extra roles: doctor wants each one, --yes grants each without touching other bindings', async (t) => {
		const m = await machine(t, 'healthy');
		writeProfile(m.cwd, {roles: ['roles/logging.viewer']});
		const others = structuredClone(m.emulator.state.projects[MAIN]!.policy.bindings);
		const first = await m.json(['doctor', '--json']);
		expect(first.code).toBe(1);
		expect(step(first.report, 'iam').summary).toBe(`user:${DEV} lacks roles/logging.viewer on ${MAIN}`);
		const terraform = await m.cli(['--dry-run', '--format', 'terraform']);
		expect(terraform.stdout).toContain('resource "google_project_iam_member" "logging_viewer_dev" {\n');
		expect(terraform.stdout.match(/^resource /gm)).toHaveLength(1);
		const fixed = await m.json(['--yes', '--json']);
		expect(fixed.code, notOk(fixed.report).join('\n')).toBe(0);
		expect(step(fixed.report, 'iam').commands_run).toEqual([`gcloud projects add-iam-policy-binding ${MAIN} --member=user:${DEV} --role=roles/logging.viewer --condition=None`]);
		expect(bindingsOf(m, 'roles/logging.viewer')).toEqual([`user:${DEV}`]);
		for (const b of others) expect(m.emulator.state.projects[MAIN]!.policy.bindings).toContainEqual(b);
		const after = await m.json(['doctor', '--json']);
		expect(after.code).toBe(0);
		expect(step(after.report, 'iam').summary).toBe(`user:${DEV} has roles/aiplatform.user, roles/logging.viewer on ${MAIN}`);
	});

	it('principalKind serviceAccount: one account is used; of several, --yes needs --principal', async (t) => {
		const m = await machine(t, instant('healthy'));
		writeProfile(m.cwd, {principalKind: 'serviceAccount'});
		const single = await m.json(['doctor', '--json']);
		expect(single.code).toBe(0);
		expect(step(single.report, 'iam').summary).toBe(`${RUNNER} has roles/aiplatform.user on ${MAIN}`);

		// A second service account, and the role taken from the first: now the choice is open.
		const project = m.emulator.state.projects[MAIN]!;
		const email = DEPLOYER.slice('serviceAccount:'.length);
		project.serviceAccounts[email] = {accountId: 'ci-deployer', email, uniqueId: '104242424242424242424', keys: {}};
		const vertex = project.policy.bindings.find((b) => b.role === 'roles/aiplatform.user')!;
		vertex.members = vertex.members!.filter((x) => x !== RUNNER);
		const several = await m.json(['doctor', '--json']);
		expect(several.code).toBe(1);
		expect(step(several.report, 'iam')).toMatchObject({summary: `${MAIN} has 2 service accounts; which one your team uses is not known`, fix: 'Run again with --principal serviceAccount:EMAIL'});
		const unanswered = await m.json(['--yes', '--json']);
		expect(unanswered.code).toBe(2);
		expect(unanswered.report.stopped).toMatchObject({reason: 'needs-answer', flag: '--principal serviceAccount:EMAIL'});
		const answered = await m.json(['--yes', '--json', '--principal', DEPLOYER]);
		expect(answered.code, notOk(answered.report).join('\n')).toBe(0);
		expect(bindingsOf(m, 'roles/aiplatform.user')).toContain(DEPLOYER);
		// The account that now holds the role is the team's one: no question, no flag.
		const after = await m.json(['doctor', '--json']);
		expect(after.code).toBe(0);
		expect(step(after.report, 'iam').summary).toBe(`${DEPLOYER} has roles/aiplatform.user on ${MAIN}`);
	});
});

describe.concurrent('init-profile and --write-env', {timeout: SLOW}, () => {
	it('init-profile writes the working setup as a profile the next run picks up', async (t) => {
		const m = await machine(t, 'healthy');
		const r = await m.cli(['init-profile', '--region', 'us-central1']);
		expect(r.code).toBe(0);
		const file = path.join(m.cwd, 'vertex-setup.json');
		expect(r.stdout).toContain(`Wrote ${file}.`);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({project: MAIN, region: 'us-central1', model: 'gemini-3.1-flash-lite', principalKind: 'user'});
		const next = await m.cli(['doctor', '--json']);
		expect(next.code).toBe(0);
		expect(next.stderr).toContain(`Using team profile ${file}: project ${MAIN}, region us-central1, model gemini-3.1-flash-lite, principal kind user`);
	});

	it('init-profile on a broken setup writes nothing and says why', async (t) => {
		const m = await machine(t, 'api-disabled');
		const r = await m.cli(['init-profile']);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('the setup is not healthy yet; run vertex-setup first, then init-profile');
		expect(existsSync(path.join(m.cwd, 'vertex-setup.json'))).toBe(false);
	});

	it('--write-env PATH updates the three keys and keeps every other line', async (t) => {
		const m = await machine(t, 'healthy');
		const file = path.join(m.cwd, 'dev.env');
		writeFileSync(file, '# local settings\nexport GOOGLE_CLOUD_PROJECT=old-project\nDATABASE_URL="postgres://localhost/app"\n\nGOOGLE_CLOUD_LOCATION=us-east1 \n');
		const r = await m.cli(['--yes', '--write-env', 'dev.env']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain(`Wrote ${file}.`);
		expect(readFileSync(file, 'utf8')).toBe(
			`# local settings\nexport GOOGLE_CLOUD_PROJECT=${MAIN}\nDATABASE_URL="postgres://localhost/app"\n\nGOOGLE_CLOUD_LOCATION=global\nGOOGLE_GENAI_USE_VERTEXAI=true\n`,
		);
	});
});
