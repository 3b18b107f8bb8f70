import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execa} from 'execa';
import {describe, expect, it, onTestFinished} from 'vitest';
import {findRealGcloud} from '../../source/sandbox/serve.js';
import {standIn, type Run} from './gcloud/support.js';

/**
 * The real gcloud (528) against the emulator, beside the stand-in: what one prints, the other must
 * print too (apart from the line naming the credential, which differs by design). Skipped where
 * no real gcloud is installed.
 */
const realGcloud = findRealGcloud(path.join(os.tmpdir(), 'no-such-dir'));
if (!realGcloud) console.log('real-gcloud.test.ts: skipped, no gcloud found on PATH to compare the stand-in with.');

async function withReal(scenario: string) {
	const sandbox = await standIn(scenario);
	const config = mkdtempSync(path.join(os.tmpdir(), 'vertex-setup-real-gcloud-'));
	onTestFinished(() => rmSync(config, {recursive: true, force: true}));
	const env: NodeJS.ProcessEnv = {
		...sandbox.env,
		CLOUDSDK_CONFIG: config,
		CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: sandbox.sandbox.realGcloudTokenFile,
		CLOUDSDK_SURVEY_DISABLE_PROMPTS: 'true',
	};
	const real = async (args: string[]): Promise<Run> => {
		const r = await execa(realGcloud!, args, {env, extendEnv: false, reject: false, stripFinalNewline: false, stdin: 'ignore', timeout: 60_000});
		return {stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1};
	};
	return {...sandbox, real};
}

/** Help tokens are random per answer; the credential sentence names who ran the command. */
function comparable(text: string): string {
	return text
		.replace(/Help Token: \S+?(\.?)( This command is authenticated|\n)/g, 'Help Token: X$1$2')
		.replace(/ This command is authenticated [^\n]*?property\.?/g, ' [credential]')
		.replace(/\[(dev@example\.com|None)\] does not have permission/g, '[who] does not have permission');
}

describe.skipIf(!realGcloud)('the real gcloud and the stand-in against the emulator', () => {
	it('list projects and enabled services identically', async () => {
		const {real, gcloud, emulator} = await withReal('healthy');
		// An etag with '+', '/' and stray padding bits shows how gcloud re-encodes bytes fields.
		emulator.state.projects['vertex-demo-123']!.policy.etag = 'BwXhqD+Z/h1=';
		for (const args of [
			['projects', 'list', '--format=json'],
			['projects', 'list'],
			['services', 'list', '--enabled', '--format=json', '--project=vertex-demo-123'],
			['projects', 'get-iam-policy', 'vertex-demo-123', '--format=json'],
			['projects', 'get-iam-policy', 'vertex-demo-123'],
			['projects', 'describe', 'legacy-app-789'],
		]) {
			const [a, b] = [await real(args), await gcloud(args)];
			expect(b, args.join(' ')).toEqual(a);
		}
	}, 90_000);

	it('enable a disabled service the same way', async () => {
		const {real, gcloud, emulator} = await withReal('fresh');
		const enabled = await real(['services', 'enable', 'generativelanguage.googleapis.com', '--project=vertex-demo-123']);
		expect(enabled.exitCode).toBe(0);
		expect(enabled.stderr).toMatch(/^Operation "operations\/acat\.p2-123456789012-[0-9a-f-]+" finished successfully\.\n$/);
		expect(emulator.state.projects['vertex-demo-123']?.services['generativelanguage.googleapis.com']).toBeDefined();
		expect((await gcloud(['auth', 'login', '--brief'])).exitCode).toBe(0);
		const mine = await gcloud(['services', 'enable', 'aiplatform.googleapis.com', '--project=vertex-demo-123']);
		const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
		expect(mine.stderr.replace(uuid, 'ID')).toBe(enabled.stderr.replace(uuid, 'ID'));
		const again = ['services', 'enable', 'generativelanguage.googleapis.com', '--project=vertex-demo-123', '--format=json'];
		expect(await gcloud(again)).toEqual(await real(again));
	}, 90_000);

	it('add an IAM binding keeping every earlier binding, and report a 409 alike', async () => {
		const {real, gcloud, emulator} = await withReal('healthy');
		const before = JSON.parse((await real(['projects', 'get-iam-policy', 'vertex-demo-123', '--format=json'])).stdout) as {bindings: unknown[]};
		const add = (member: string) => ['projects', 'add-iam-policy-binding', 'vertex-demo-123', `--member=${member}`, '--role=roles/aiplatform.user', '--condition=None', '--format=json'];
		const realAdd = await real(add('user:first@example.com'));
		expect(realAdd.stderr).toBe('Updated IAM policy for project [vertex-demo-123].\n');
		const afterReal = JSON.parse(realAdd.stdout) as {bindings: {role: string; members: string[]}[]; version: number};
		expect(afterReal.version).toBe(3);
		expect(afterReal.bindings.length).toBe(before.bindings.length);
		expect(afterReal.bindings.find((b) => b.role === 'roles/aiplatform.user')?.members).toContain('user:first@example.com');
		const mine = await gcloud(add('user:second@example.com'));
		expect(mine.stderr).toBe(realAdd.stderr);
		const afterMine = JSON.parse(mine.stdout) as typeof afterReal;
		expect(afterMine.bindings.find((b) => b.role === 'roles/aiplatform.user')?.members).toEqual([
			...(afterReal.bindings.find((b) => b.role === 'roles/aiplatform.user')?.members ?? []),
			'user:second@example.com',
		]);

		const rival = (p: {bindings: unknown[]}) => void p.bindings.push({role: 'roles/viewer', members: ['user:rival@example.com']});
		emulator.faults.concurrentIamWriter('vertex-demo-123', rival);
		const realConflict = await real(add('user:third@example.com'));
		emulator.faults.concurrentIamWriter('vertex-demo-123', rival);
		expect(await gcloud(add('user:third@example.com'))).toEqual(realConflict);
		expect(realConflict.exitCode).toBe(1);
	}, 90_000);

	it('print API errors alike (apart from who is named as the caller)', async () => {
		const {real, gcloud, emulator} = await withReal('billing-disabled');
		emulator.state.projects['vertex-demo-123']!.services = {};
		const cases = [
			['services', 'enable', 'aiplatform.googleapis.com', '--project=vertex-demo-123'],
			['services', 'list', '--project=no-such-proj-1'],
			['projects', 'describe', 'no-such-proj-1'],
		];
		for (const args of cases) {
			const [a, b] = [await real(args), await gcloud(args)];
			expect(b.exitCode, args.join(' ')).toBe(a.exitCode);
			expect(comparable(b.stderr), args.join(' ')).toBe(comparable(a.stderr));
		}
	}, 90_000);
});
