import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {execa, type ResultPromise} from 'execa';
import {describe, expect, it, onTestFinished} from 'vitest';
import {packageRoot} from '../../source/sandbox/paths.js';
import {serveSandbox} from '../../source/sandbox/serve.js';
import {hermeticEnv} from '../helpers/env.js';

function collector() {
	let text = '';
	return {write: (chunk: string) => void (text += chunk), get text() {
		return text;
	}};
}

/** `sandbox serve` in a child Node (from dist), so that signals reach it as they would from a shell. */
function serveChild(scenario: string): ResultPromise {
	const serve = path.join(packageRoot(), 'dist', 'sandbox', 'serve.js');
	const script = `const {serveSandbox} = await import(${JSON.stringify(serve)});
process.exitCode = await serveSandbox({scenario: ${JSON.stringify(scenario)}, port: 0}, {stdout: process.stdout, stderr: process.stderr});`;
	const env = hermeticEnv();
	onTestFinished(env.cleanup);
	return execa(process.execPath, ['--input-type=module', '-e', script], {env: env.env, extendEnv: false, reject: false, buffer: true});
}

/** Resolves with stdout once the block is complete (its last line), or rejects after a timeout. */
function waitForBlock(child: ResultPromise, timeoutMs = 15_000): Promise<string> {
	return new Promise((resolve, reject) => {
		let out = '';
		const timer = setTimeout(() => reject(new Error(`no environment block within ${timeoutMs} ms:\n${out}`)), timeoutMs);
		child.stdout?.on('data', (chunk: Buffer) => {
			out += chunk.toString('utf8');
			if (out.includes('# Press Ctrl-C')) {
				clearTimeout(timer);
				resolve(out);
			}
		});
		void child.then((r) => reject(new Error(`serve exited early (${r.exitCode}): ${String(r.stderr)}`)));
	});
}

describe.skipIf(process.platform === 'win32')('sandbox serve', () => {
	it('prints a shell block that lets a plain shell run gcloud against the emulator, and stops on SIGTERM', async () => {
		const child = serveChild('healthy');
		onTestFinished(() => void child.kill('SIGKILL'));
		const block = await waitForBlock(child);
		expect(block).toMatch(/^Sandbox 'healthy' is listening on http:\/\/127\.0\.0\.1:\d+\/\n/);
		expect(block).toMatch(/\nexport CLOUDSDK_AUTH_TOKEN_HOST='http:\/\/127\.0\.0\.1:\d+\/token'\n/);
		expect(block).toMatch(/\n# {3}CLOUDSDK_AUTH_ACCESS_TOKEN_FILE='[^']+' \S+ projects list\n/);
		const home = /\nexport HOME='([^']+)'\n/.exec(block)?.[1] ?? '';
		expect(existsSync(home)).toBe(true);

		// Only the block's own lines set the sandbox up: start from an environment without it.
		const shell = hermeticEnv();
		onTestFinished(shell.cleanup);
		const lines = block.split('\n').filter((l) => l.startsWith('export ') || l.startsWith('unset '));
		const run = await execa('sh', ['-c', `${lines.join('\n')}\ngcloud projects list --format='value(projectId)'\ngcloud config get-value project`], {
			env: shell.env,
			extendEnv: false,
			reject: false,
		});
		expect(run.stderr).toBe('');
		expect(run.stdout).toBe('vertex-demo-123\nteam-sandbox-456\nlegacy-app-789\nvertex-demo-123');

		child.kill('SIGTERM');
		const result = await child;
		expect(result.exitCode).toBe(0);
		expect(String(result.stderr)).toContain("Sandbox 'healthy' stopped");
		expect(existsSync(home)).toBe(false);
	});

	it('lists the scenarios when the name is unknown (exit 2)', async () => {
		const out = collector();
		const err = collector();
		expect(await serveSandbox({scenario: 'nope'}, {stdout: out, stderr: err})).toBe(2);
		expect(out.text).toBe('');
		expect(err.text).toMatch(/^Unknown sandbox scenario 'nope'\. Scenarios: healthy, fresh, .*key-creation-blocked.*\.\n$/);
	});

	it('says so when the port is taken (exit 1)', async () => {
		const blocker = createServer();
		await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
		onTestFinished(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
		const port = (blocker.address() as {port: number}).port;
		const err = collector();
		expect(await serveSandbox({scenario: 'healthy', port}, {stdout: collector(), stderr: err})).toBe(1);
		expect(err.text).toBe(`Port ${port} on 127.0.0.1 is already in use. Pick another with --port N, or --port 0 for any free port.\n`);
	});
});
