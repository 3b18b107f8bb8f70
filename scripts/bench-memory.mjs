#!/usr/bin/env node
// Peak memory (max RSS) and wall time of the built CLI's main modes, measured with
// /usr/bin/time against one sandbox machine per mode. Build first (npm run build).
//
//   node scripts/bench-memory.mjs
import {$, tmpdir} from 'zx';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startEmulator} from '../dist/sandbox/emulator/index.js';
import {createSandboxEnvironment} from '../dist/sandbox/environment.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GOOGLE_|google_|CLOUDSDK_|GCLOUD_|VERTEX_SETUP_|CI$)/.test(k)));
$.verbose = false;

async function measure(label, scenario, args, input) {
	const emulator = await startEmulator({scenario});
	const sandbox = await createSandboxEnvironment(emulator);
	const cwd = tmpdir('vertex-setup-bench');
	try {
		const run = await $({env: {...clean, ...sandbox.env}, cwd, nothrow: true, quiet: true, input})`/usr/bin/time -f ${'%M %e'} node ${cli} ${args}`;
		const [kb, seconds] = run.stderr.trim().split('\n').pop().split(' ');
		console.log(`${label.padEnd(44)} exit ${run.exitCode}  ${(Number(kb) / 1024).toFixed(0)} MB max RSS  ${Number(seconds).toFixed(2)} s`);
	} finally {
		await emulator.close();
		await sandbox.cleanup();
	}
}

await measure('doctor (healthy)', 'healthy', ['doctor']);
await measure('doctor --json (many-projects, 5,003 projects)', 'many-projects', ['doctor', '--json']);
await measure('--yes repair (api-disabled)', 'api-disabled', ['--yes', '--no-smoke-test']);
await measure('wizard, piped (healthy)', 'healthy', []);
const big = join(tmpdir('vertex-setup-bench'), 'big.txt');
writeFileSync(
	big,
	`${'x'.repeat(1024 * 1024)}\nPermission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/my-proj-123/locations/us-central1/publishers/google/models/gemini-2.5-flash' (or it may not exist).`,
);
await measure('explain < 1 MB of text', 'healthy', ['explain'], (await import('node:fs')).readFileSync(big, 'utf8'));
