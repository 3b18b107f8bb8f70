import {chmod, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {endpointsAt} from '../../source/google/endpoints.js';
import {createGcloud, formatCommand, GcloudMissing, GcloudTimeout} from '../../source/google/gcloud.js';

let dir: string;
let env: NodeJS.ProcessEnv;

/** Puts a `gcloud` shell script first on the child's PATH. */
async function fakeGcloud(body: string): Promise<void> {
	const file = path.join(dir, 'bin', 'gcloud');
	await writeFile(file, `#!/bin/sh\n${body}\n`);
	await chmod(file, 0o755);
}

beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'gcloud-test-'));
	await import('node:fs/promises').then(fs => fs.mkdir(path.join(dir, 'bin')));
	env = {PATH: `${path.join(dir, 'bin')}:/usr/bin:/bin`, HOME: dir};
});
afterEach(async () => {
	await rm(dir, {recursive: true, force: true});
});

describe('createGcloud', () => {
	it('finds gcloud on the PATH of the environment it was given, not this process', async () => {
		await fakeGcloud('echo hi');
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/'), env);
		expect(gcloud.executable).toBe(path.join(dir, 'bin', 'gcloud'));
	});

	it('passes arguments as an array: spaces, quotes and shell syntax arrive untouched', async () => {
		await fakeGcloud('for a in "$@"; do printf "[%s]\\n" "$a"; done');
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/'), env);
		const args = ['config', 'set', 'project', 'a b', "it's", '$(touch pwned)', '; rm -rf /', '*'];
		const result = await gcloud.run(args);
		expect(result.exitCode).toBe(0);
		expect(result.stdout.trim().split('\n')).toEqual(args.map(a => `[${a}]`));
	});

	it('passes only the given environment, and turns gcloud prompts off', async () => {
		await fakeGcloud('echo "home=$HOME leak=${LEAK_ME:-none} prompts=$CLOUDSDK_CORE_DISABLE_PROMPTS"');
		process.env.LEAK_ME = 'yes';
		try {
			const result = await createGcloud(endpointsAt('http://127.0.0.1:1/'), env).run(['x']);
			expect(result.stdout.trim()).toBe(`home=${dir} leak=none prompts=1`);
		} finally {
			delete process.env.LEAK_ME;
		}
	});

	it('reports a non-zero exit as data, with both streams', async () => {
		await fakeGcloud('echo out; echo "ERROR: (gcloud.x) boom" >&2; exit 2');
		const result = await createGcloud(endpointsAt('http://127.0.0.1:1/'), env).run(['x']);
		expect(result).toEqual({stdout: 'out\n', stderr: 'ERROR: (gcloud.x) boom\n', exitCode: 2});
	});

	it('closes stdin, so a child that waits for input ends instead of hanging', async () => {
		await fakeGcloud('if read line; then echo "got $line"; else echo eof; fi');
		const result = await createGcloud(endpointsAt('http://127.0.0.1:1/'), env).run(['auth', 'login']);
		expect(result.stdout.trim()).toBe('eof');
	});

	it('stops a child that runs past its timeout with a clear error', async () => {
		await fakeGcloud('sleep 30');
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/'), env);
		const error = await gcloud.run(['services', 'enable', 'aiplatform.googleapis.com'], {timeoutMs: 300}).catch(e => e);
		expect(error).toBeInstanceOf(GcloudTimeout);
		expect(error.message).toBe('`gcloud services enable aiplatform.googleapis.com` did not finish within 0.3s and was stopped');
	});

	it('stops the whole child process tree on timeout, not just the wrapper script', async () => {
		// Like the real gcloud: a shell script whose Python child inherits the output pipes.
		await fakeGcloud('sleep 30 &\nwait');
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/'), env);
		await expect(gcloud.run(['version'], {timeoutMs: 300})).rejects.toBeInstanceOf(GcloudTimeout);
	});

	it('has no executable when gcloud is not on PATH, and run() says so with a typed error', async () => {
		// Only the empty bin directory: some machines have a real gcloud in /usr/bin.
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/'), {...env, PATH: path.join(dir, 'bin')});
		expect(gcloud.executable).toBeNull();
		await expect(gcloud.run(['version'])).rejects.toBeInstanceOf(GcloudMissing);
		await expect(gcloud.interactive(['auth', 'login'])).rejects.toBeInstanceOf(GcloudMissing);
	});

	it('has no executable when the endpoints say there is no gcloud', async () => {
		await fakeGcloud('echo hi');
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/', null), env);
		expect(gcloud.executable).toBeNull();
	});

	it('treats a configured path that does not exist as missing', async () => {
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/', path.join(dir, 'nope', 'gcloud')), env);
		expect(gcloud.executable).toBeNull();
		await expect(gcloud.run(['version'])).rejects.toThrow(/gcloud was not found at .*nope\/gcloud/);
	});

	it('turns an executable that vanished after lookup into GcloudMissing', async () => {
		await fakeGcloud('echo hi');
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/'), env);
		await rm(path.join(dir, 'bin', 'gcloud'));
		await expect(gcloud.run(['version'])).rejects.toBeInstanceOf(GcloudMissing);
	});

	it('runs interactive children through the hand-off hook and returns the exit code', async () => {
		await fakeGcloud('exit 3');
		const seen: string[] = [];
		const gcloud = createGcloud(endpointsAt('http://127.0.0.1:1/'), env, async run => {
			seen.push('pause');
			const code = await run();
			seen.push(`resume ${code}`);
			return code;
		});
		expect(await gcloud.interactive(['auth', 'login'])).toBe(3);
		expect(seen).toEqual(['pause', 'resume 3']);
	});
});

describe('formatCommand', () => {
	it('quotes for a POSIX shell only where needed', () => {
		expect(formatCommand(['gcloud', 'config', 'set', 'project', 'my-proj-123'])).toBe('gcloud config set project my-proj-123');
		expect(formatCommand(['gcloud', '--format=json', 'a b', "it's", '', '$HOME', 'user:ana@example.com'])).toBe(
			`gcloud --format=json 'a b' 'it'\\''s' '' '$HOME' user:ana@example.com`,
		);
	});

	it('never shows tokens or keys', () => {
		const shown = formatCommand(['curl', '-H', 'Authorization: Bearer ya29.a0AfH6SMBx-secret', '--refresh', '1//0abcdefghijklmnop']);
		expect(shown).not.toContain('ya29.a0');
		expect(shown).not.toContain('1//0abc');
		expect(shown).toContain('<redacted>');
	});
});
