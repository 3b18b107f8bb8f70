import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {STEP_IDS} from '../../source/steps/types.js';
import {DEV, instant, machine, MAIN, step, SLOW} from './machine.js';

/** The top-level fields the README's "JSON report" table documents. */
function documentedFields(): string[] {
	const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
	const section = readme.slice(readme.indexOf('## JSON report'), readme.indexOf('A step:'));
	return [...section.matchAll(/^\| ((?:`\w+`(?:, )?)+) \|/gm)].flatMap((m) => m[1]!.split(', ').map((f) => f.replace(/`/g, '')));
}

describe.concurrent('vertex-setup doctor', {timeout: SLOW}, () => {
	it('healthy: exits 0, asks nothing, its checks overlap, and --json is one document with the documented fields', async (t) => {
		const m = await machine(t, 'healthy');
		// Every API call takes 200 ms, so calls made one after another can't overlap by chance.
		m.emulator.faults.delay({path: /^\/v1/, ms: 200});
		// m.json fails unless the whole of stdout parses as one document.
		const {code, report, stdout, stderr} = await m.json(['doctor', '--json']);
		expect(code).toBe(0);
		expect(stdout.trimEnd().split('\n').at(-1)).toBe('}');
		expect(report).toMatchObject({schemaVersion: 1, mode: 'doctor', exitCode: 0, project: MAIN, region: 'global', stopped: null});
		const {startedAt, finishedAt} = report as unknown as {startedAt: string; finishedAt: string};
		expect(Date.parse(finishedAt)).toBeGreaterThanOrEqual(Date.parse(startedAt));
		expect(report.identities).toMatchObject({gcloudAccount: DEV, adcPrincipal: DEV, adcSource: 'well-known', googleApplicationCredentials: null, apiKeyVariables: [], warnings: []});
		expect(report.smokeTest).toMatchObject({reply: expect.any(String), latencyMs: expect.any(Number), model: expect.any(String)});
		for (const s of report.steps) expect(Object.keys(s).sort()).toEqual(['commands_run', 'detail', 'fix', 'fix_commands', 'id', 'status', 'summary', 'title']);
		expect(documentedFields().sort()).toEqual(Object.keys(report).sort());
		expect(report.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
		expect(report.steps.filter((s) => s.status !== 'ok').map((s) => s.id)).toEqual(['keyFile']);
		// Billing, IAM and the API list need only the project, so they are asked at the same time.
		expect(m.emulator.requests.maxConcurrent({path: /^\/v\d/})).toBeGreaterThan(1);
		// Nothing was changed: only reads, and the one Gemini call.
		const writes = m.emulator.requests.filter((r) => r.method === 'POST' && !/(:getIamPolicy|:generateContent|^\/token)$/.test(r.path));
		expect(writes).toEqual([]);
		expect(stderr).not.toMatch(/\?/);
	});

	it('prints one line per step in order, with the reason and the fix, then the identities', async (t) => {
		const m = await machine(t, 'api-disabled');
		const {code, stdout} = await m.cli(['doctor']);
		expect(code).toBe(1);
		const stepLines = stdout.split('\n').filter((l) => /^[✔⚠✖○–] /.test(l));
		expect(stepLines.map((l) => l.slice(0, 1))).toEqual(['✔', '✔', '✔', '✔', '✔', '✔', '✖', '✔', '–', '○']);
		expect(stdout).toContain('✖ APIs  Vertex AI API (aiplatform.googleapis.com) is not enabled on vertex-demo-123');
		expect(stdout).toContain(`      $ gcloud services enable aiplatform.googleapis.com --project=${MAIN}`);
		expect(stdout).toContain('○ Gemini smoke test  Blocked: APIs must pass first');
		expect(stdout).toMatch(/Identities\n {2}gcloud account {18}dev@example\.com\n/);
		// A pipe gets no spinners and no cursor movement.
		expect(stdout).not.toMatch(/\u001B\[/);
	});

	it('warns clearly when the identities disagree (API key variable, GOOGLE_CLOUD_PROJECT)', async (t) => {
		const m = await machine(t, 'healthy');
		const {code, report} = await m.json(['doctor', '--json'], {GOOGLE_API_KEY: 'not-a-real-key', GOOGLE_CLOUD_PROJECT: 'team-sandbox-456'});
		// A warning is still exit 0.
		expect(code).toBe(0);
		expect(report.identities).toMatchObject({apiKeyVariables: ['GOOGLE_API_KEY'], googleCloudProject: 'team-sandbox-456'});
		expect(report.identities.warnings).toEqual(
			expect.arrayContaining([expect.stringMatching(/^GOOGLE_CLOUD_PROJECT is team-sandbox-456 but the project set up here is vertex-demo-123/), expect.stringMatching(/^GOOGLE_API_KEY is set/)]),
		);
		expect(step(report, 'adc').status).toBe('warn');
		// The key itself never shows up anywhere.
		expect(JSON.stringify(report)).not.toContain('not-a-real-key');
	});

	it('a usage error is exit 2 with a message, never a stack trace', async (t) => {
		const m = await machine(t, 'healthy');
		const r = await m.cli(['doctor', '--porject', 'x']);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("Unknown option '--porject'. Did you mean '--project'?");
		expect(r.stdout).toBe('');
		expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
	});
});

// A CI=true run on a healthy machine is covered in test/e2e/piped.test.ts.
describe.concurrent('piped and CI runs never prompt and never hang', {timeout: SLOW}, () => {
	it('CI=true with a fix to make but no --yes: changes nothing and names the flag (exit 2)', async (t) => {
		const m = await machine(t, instant('role-missing'));
		const before = JSON.stringify(m.emulator.state.projects[MAIN]!.policy);
		const r = await m.cli([], {CI: 'true'});
		expect(r.code).toBe(2);
		expect(r.stdout).toContain('Run again with --yes');
		expect(JSON.stringify(m.emulator.state.projects[MAIN]!.policy)).toBe(before);
	});
});
