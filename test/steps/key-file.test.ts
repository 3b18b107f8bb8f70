import {execFileSync} from 'node:child_process';
import {chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {endpointsAt} from '../../source/google/endpoints.js';
import {KeyFileExists, keyFileStep, writeKeyFileExclusive} from '../../source/steps/key-file.js';
import {adcStep} from '../../source/steps/adc.js';
import {makeTestContext, sandboxContext} from '../helpers/context.js';

const PROJECT = {projectId: 'vertex-demo-123', projectNumber: '123456789012', name: 'Vertex Demo'};
const KEY = {
	type: 'service_account',
	project_id: 'vertex-demo-123',
	private_key_id: '0123456789abcdef0123456789abcdef01234567',
	private_key: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
	client_email: 'vertex-runner@vertex-demo-123.iam.gserviceaccount.com',
	client_id: '112233445566778899001',
};

let home: string;
let env: NodeJS.ProcessEnv;
beforeEach(async () => {
	home = await mkdtemp(path.join(os.tmpdir(), 'key-file-test-'));
	env = {HOME: home, PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null'};
});
afterEach(async () => {
	await rm(home, {recursive: true, force: true});
});

async function keyAt(rel: string, mode: number, json: object = KEY): Promise<string> {
	const file = path.join(home, rel);
	await mkdir(path.dirname(file), {recursive: true});
	await writeFile(file, JSON.stringify(json));
	await chmod(file, mode); // a real chmod: the file under test starts out too open
	return file;
}

function contextFor(file: string | undefined, opts: {platform?: NodeJS.Platform; project?: typeof PROJECT} = {}) {
	const t = makeTestContext({env, endpoints: endpointsAt('http://127.0.0.1:9/', null), platform: opts.platform});
	t.ctx.facts.adc = file ? {source: 'env', path: file, type: 'service_account', principal: KEY.client_email, keyProject: KEY.project_id} : {source: 'well-known', path: path.join(home, 'adc.json'), type: 'authorized_user'};
	t.ctx.facts.project = opts.project ?? PROJECT;
	return t;
}

function git(cwd: string, ...args: string[]): string {
	return execFileSync('git', args, {cwd, env, encoding: 'utf8'});
}

describe('keyFile step', () => {
	it('is skipped when ADC is a user credential', async () => {
		const {ctx} = contextFor(undefined);
		expect(await keyFileStep.check(ctx)).toEqual({status: 'skipped', summary: 'No key file in use: ADC uses your user credentials'});
	});

	it('fails on a world-readable key, and chmod 600 fixes it', async () => {
		const file = await keyAt('key.json', 0o644);
		const {ctx, commands} = contextFor(file);
		const finding = await keyFileStep.check(ctx);
		expect(finding).toMatchObject({
			status: 'fail',
			summary: "Can't trust key file ~/key.json: mode 644 lets other users read it",
			fix: 'chmod 600 ~/key.json',
			commands: ['chmod 600 ~/key.json'],
		});
		const fixes = await keyFileStep.fixes!(finding, ctx);
		expect(fixes.map(f => f.id)).toEqual(['key.chmod']);
		expect(fixes[0]!.manual).toBeFalsy();
		await keyFileStep.apply!(fixes[0]!, ctx);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect(commands).toEqual(['chmod 600 ~/key.json']);
		expect(await keyFileStep.check(ctx)).toMatchObject({status: 'ok', summary: 'Key file ~/key.json locked down (mode 600, owned by you)'});
	});

	it('names group access precisely', async () => {
		const {ctx} = contextFor(await keyAt('keys/k.json', 0o640));
		expect((await keyFileStep.check(ctx)).summary).toBe("Can't trust key file ~/keys/k.json: mode 640 lets your group read it");
	});

	it('accepts 0400', async () => {
		const {ctx} = contextFor(await keyAt('k.json', 0o400));
		expect((await keyFileStep.check(ctx)).status).toBe('ok');
	});

	it('warns when the key sits in a git work tree and is not ignored; the .gitignore fix clears it', async () => {
		const repo = path.join(home, 'app');
		await mkdir(repo);
		git(repo, 'init', '-q');
		await writeFile(path.join(repo, '.gitignore'), 'node_modules');
		const file = await keyAt('app/secrets/key.json', 0o600);
		const {ctx} = contextFor(file);
		const finding = await keyFileStep.check(ctx);
		expect(finding.status).toBe('warn');
		expect(finding.summary).toMatch(/^Key file ~\/app\/secrets\/key\.json is inside the git work tree .*app and not ignored$/);
		expect(finding.detail).toContain('git add .');
		const fixes = await keyFileStep.fixes!(finding, ctx);
		expect(fixes.map(f => f.id)).toEqual(['key.gitignore']);
		await keyFileStep.apply!(fixes[0]!, ctx);
		expect(await readFile(path.join(repo, '.gitignore'), 'utf8')).toBe('node_modules\n/secrets/key.json\n');
		expect(git(repo, 'check-ignore', 'secrets/key.json').trim()).toBe('secrets/key.json');
		expect((await keyFileStep.check(ctx)).status).toBe('ok');
	});

	it('fails when the key is committed to git', async () => {
		const repo = path.join(home, 'app');
		await mkdir(repo);
		git(repo, 'init', '-q');
		const file = await keyAt('app/key.json', 0o600);
		git(repo, 'add', 'key.json');
		const {ctx} = contextFor(file);
		const finding = await keyFileStep.check(ctx);
		expect(finding.status).toBe('fail');
		expect(finding.summary).toMatch(/^Key file ~\/app\/key\.json is committed to the git repository /);
		expect(finding.detail).toContain('create a new one');
	});

	it('reports every problem, worst first', async () => {
		const repo = path.join(home, 'app');
		await mkdir(repo);
		git(repo, 'init', '-q');
		const {ctx} = contextFor(await keyAt('app/key.json', 0o644));
		const finding = await keyFileStep.check(ctx);
		expect(finding.status).toBe('fail');
		expect(finding.summary).toContain('mode 644');
		expect(finding.detail).toContain('not ignored');
		expect((await keyFileStep.fixes!(finding, ctx)).map(f => f.id)).toEqual(['key.chmod', 'key.gitignore']);
	});

	it('explains a key from another project', async () => {
		const {ctx} = contextFor(await keyAt('key.json', 0o600), {project: {projectId: 'team-sandbox-456', projectNumber: '456789012345', name: 'Team Sandbox'}});
		const finding = await keyFileStep.check(ctx);
		expect(finding.status).toBe('warn');
		expect(finding.summary).toBe('Key file ~/key.json belongs to project vertex-demo-123, not team-sandbox-456');
		expect(finding.detail).toContain('roles/aiplatform.user on team-sandbox-456');
	});

	it('fails on a key file with fields missing', async () => {
		const {private_key: _k, private_key_id: _i, ...partial} = KEY;
		const {ctx} = contextFor(await keyAt('key.json', 0o600, partial));
		const finding = await keyFileStep.check(ctx);
		expect(finding).toMatchObject({status: 'fail', summary: 'Key file ~/key.json is not a complete service-account key: no private_key, private_key_id'});
	});

	it('on Windows explains ACLs instead of judging POSIX modes', async () => {
		const {ctx} = contextFor(await keyAt('key.json', 0o644), {platform: 'win32'});
		const finding = await keyFileStep.check(ctx);
		expect(finding.status).toBe('ok');
		expect(finding.summary).toBe('Key file ~/key.json locked down');
		expect(finding.detail).toContain('icacls');
		expect(await keyFileStep.fixes!(finding, ctx)).toEqual([]);
	});
});

describe('keyFile step in the sandbox', () => {
	it('key-world-readable: fails on the 644 key named by GOOGLE_APPLICATION_CREDENTIALS; chmod 600 repairs it', async () => {
		const {ctx, sandbox} = await sandboxContext('key-world-readable');
		await adcStep.check(ctx);
		ctx.facts.project = PROJECT;
		const finding = await keyFileStep.check(ctx);
		expect(finding).toMatchObject({
			status: 'fail',
			summary: "Can't trust key file ~/vertex-demo-123-vertex-runner.json: mode 644 lets other users read it",
			fix: 'chmod 600 ~/vertex-demo-123-vertex-runner.json',
		});
		const [fix] = await keyFileStep.fixes!(finding, ctx);
		await keyFileStep.apply!(fix!, ctx);
		expect((await stat(path.join(sandbox.home, 'vertex-demo-123-vertex-runner.json'))).mode & 0o777).toBe(0o600);
		expect(await keyFileStep.check(ctx)).toMatchObject({status: 'ok', summary: 'Key file ~/vertex-demo-123-vertex-runner.json locked down (mode 600, owned by you)'});
	});

	it('healthy: skipped, ADC is a user credential', async () => {
		const {ctx} = await sandboxContext('healthy');
		await adcStep.check(ctx);
		expect(await keyFileStep.check(ctx)).toEqual({status: 'skipped', summary: 'No key file in use: ADC uses your user credentials'});
	});
});

describe('writeKeyFileExclusive', () => {
	it('creates the file with mode 0600 from the first byte, whatever the umask', async () => {
		const file = path.join(home, 'new-key.json');
		const old = process.umask(0);
		try {
			await writeKeyFileExclusive(file, KEY);
		} finally {
			process.umask(old);
		}
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(KEY);
	});

	it('refuses to overwrite an existing file, or to write through a symlink', async () => {
		const file = path.join(home, 'key.json');
		await writeFile(file, 'old');
		await expect(writeKeyFileExclusive(file, KEY)).rejects.toBeInstanceOf(KeyFileExists);
		expect(await readFile(file, 'utf8')).toBe('old');
		const link = path.join(home, 'link.json');
		await symlink(path.join(home, 'elsewhere.json'), link);
		await expect(writeKeyFileExclusive(link, KEY)).rejects.toBeInstanceOf(KeyFileExists);
	});
});
