import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const cli = resolve(import.meta.dirname, '../../dist/cli.js');
const home = mkdtempSync(join(tmpdir(), 'vs-piped-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

/** Runs the built CLI with piped stdin and stdout, as a script or CI would. */
function piped(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
	const env: NodeJS.ProcessEnv = {};
	for (const [k, v] of Object.entries(process.env)) if (!/^(GOOGLE_|CLOUDSDK_|GCLOUD_|VERTEX_SETUP_|CI$)/.test(k)) env[k] = v;
	const run = spawnSync(process.execPath, [cli, ...args], {input: '\n', cwd: home, env: {...env, HOME: home, ...extraEnv}, encoding: 'utf8', timeout: 60_000});
	return {code: run.status, stdout: run.stdout, stderr: run.stderr, timedOut: run.error !== undefined};
}

describe('piped and CI runs never prompt and never hang', () => {
	it('echo | vertex-setup --sandbox fresh: names the flags it needs and exits non-zero', () => {
		const r = piped(['--sandbox', 'fresh']);
		expect(r.timedOut).toBe(false);
		expect(r.code).not.toBe(0);
		expect(r.stdout).toContain('vertex-setup --yes --project PROJECT_ID');
		expect(r.stdout).toContain('gcloud auth login');
		// Nothing was changed without a person's say-so.
		expect(r.stdout).toContain('Nothing was changed');
		expect(r.stdout).not.toMatch(/[\u001B]\[/); // no spinners or cursor movement in a pipe
	});

	it('CI=true on a healthy machine finishes green without asking', () => {
		const r = piped(['--sandbox', 'healthy'], {CI: 'true'});
		expect(r.timedOut).toBe(false);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('✔ Ready');
	});

	it('--yes repairs what needs no browser and reports the sign-ins left to a person', () => {
		const r = piped(['--sandbox', 'fresh', '--yes', '--project', 'vertex-demo-123']);
		expect(r.timedOut).toBe(false);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('gcloud auth login');
	});

	it('a bad flag is a usage error with exit code 2, not a stack trace', () => {
		const r = piped(['--projcet', 'x']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/--project/);
		expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
	});
});
