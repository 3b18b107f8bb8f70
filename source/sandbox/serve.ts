/**
 * `vertex-setup sandbox serve --scenario NAME [--port N]`: runs the emulator and a sandbox machine
 * until Ctrl-C, and prints the shell lines that point `vertex-setup` and the stand-in `gcloud` at it.
 *
 *   Sandbox 'healthy' is listening on http://127.0.0.1:4000/
 *   export HOME='/tmp/vertex-setup-sandbox-x/home'
 *   …
 */
import {accessSync, constants} from 'node:fs';
import path from 'node:path';
import {startEmulator, scenarios, type Emulator} from './emulator/index.js';
import {createSandboxEnvironment, shellQuote, type SandboxEnvironment} from './environment.js';

interface Out {
	write(text: string): unknown;
}

/** Variables of the person's own shell that would leak their real Google setup into the sandbox. */
const REAL_SETUP = /^(GOOGLE_|CLOUDSDK_|GCLOUD_|GEMINI_API_KEY$|google_|VERTEX_SETUP_)/;

export async function serveSandbox(opts: {scenario: string; port?: number}, io: {stdout: Out; stderr: Out}): Promise<number> {
	if (!Object.hasOwn(scenarios, opts.scenario)) {
		io.stderr.write(`Unknown sandbox scenario '${opts.scenario}'. Scenarios: ${Object.keys(scenarios).join(', ')}.\n`);
		return 2;
	}
	let emulator: Emulator;
	try {
		emulator = await startEmulator({scenario: opts.scenario, port: opts.port});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EADDRINUSE' || code === 'EACCES') {
			const why = code === 'EADDRINUSE' ? 'is already in use' : 'cannot be opened by this user';
			io.stderr.write(`Port ${opts.port} on 127.0.0.1 ${why}. Pick another with --port N, or --port 0 for any free port.\n`);
			return 1;
		}
		throw error;
	}
	let sandbox: SandboxEnvironment;
	try {
		sandbox = await createSandboxEnvironment(emulator);
	} catch (error) {
		await emulator.close();
		io.stderr.write(`${(error as Error).message}\n`);
		return 1;
	}
	io.stdout.write(describe(opts.scenario, emulator, sandbox));
	await untilSignal();
	await emulator.close();
	await sandbox.cleanup();
	io.stderr.write(`Sandbox '${opts.scenario}' stopped; removed ${path.dirname(sandbox.home)}.\n`);
	return 0;
}

function describe(name: string, emulator: Emulator, sandbox: SandboxEnvironment): string {
	const lines = [`Sandbox '${name}' is listening on ${emulator.url}`, `# ${emulator.scenario.description}`, ''];
	lines.push('# Run these lines in a shell (sh, bash, zsh) so that `vertex-setup` and `gcloud` there use this sandbox:');
	const leaked = Object.keys(process.env).filter((n) => REAL_SETUP.test(n) && !(n in sandbox.env)).sort();
	for (const variable of leaked) lines.push(`unset ${variable}`);
	for (const [variable, value] of Object.entries(sandbox.env)) lines.push(`export ${variable}=${shellQuote(value)}`);
	lines.push('');
	const real = findRealGcloud(sandbox.binDir);
	const token = `CLOUDSDK_AUTH_ACCESS_TOKEN_FILE=${shellQuote(sandbox.realGcloudTokenFile)}`;
	lines.push('# A real gcloud talks to this sandbox too: call it by its full path with the access-token file, e.g.');
	lines.push(`#   ${token} ${real ? shellQuote(real) : '/path/to/real/gcloud'} projects list`);
	if (!real) lines.push('#   (no gcloud other than the sandbox one was found on PATH)');
	lines.push('# Press Ctrl-C here to stop the sandbox; its temporary HOME is then removed.', '');
	return lines.join('\n');
}

/** The first executable `gcloud` on PATH outside the sandbox's own bin directory. */
export function findRealGcloud(exclude: string, pathVar = process.env.PATH ?? ''): string | undefined {
	const names = process.platform === 'win32' ? ['gcloud.cmd', 'gcloud.exe'] : ['gcloud'];
	for (const dir of pathVar.split(path.delimiter)) {
		if (!dir || path.resolve(dir) === path.resolve(exclude)) continue;
		for (const name of names) {
			const candidate = path.join(dir, name);
			try {
				accessSync(candidate, constants.X_OK);
				return candidate;
			} catch {
				// not here
			}
		}
	}
	return undefined;
}

function untilSignal(): Promise<void> {
	return new Promise((resolve) => {
		const stop = () => {
			process.off('SIGINT', stop);
			process.off('SIGTERM', stop);
			resolve();
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
}
