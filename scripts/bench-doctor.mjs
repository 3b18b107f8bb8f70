#!/usr/bin/env node
// Wall time of `vertex-setup doctor` on a healthy sandbox machine: one emulator and one sandbox
// environment, then N runs of the built CLI against them. Build first (npm run build).
//
//   node scripts/bench-doctor.mjs [--runs 10] [--scenario healthy] [--json]
//
// Prints each run, then min and median. `--json` times `doctor --json` instead of the plain report.
import {$, argv, tmpdir} from 'zx';
import {fileURLToPath} from 'node:url';
import {startEmulator} from '../dist/sandbox/emulator/index.js';
import {createSandboxEnvironment} from '../dist/sandbox/environment.js';

const runs = Number(argv.runs ?? 10);
const scenario = String(argv.scenario ?? 'healthy');
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const emulator = await startEmulator({scenario});
const sandbox = await createSandboxEnvironment(emulator);
const cwd = tmpdir('vertex-setup-bench');
// The person's real Google setup must not leak in (nor a CI flag change the renderer).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GOOGLE_|google_|CLOUDSDK_|GCLOUD_|VERTEX_SETUP_|CI$)/.test(k)));
Object.assign(env, sandbox.env);
$.verbose = false;

const times = [];
try {
	const args = ['doctor', ...(argv.json ? ['--json'] : [])];
	// One untimed run: the first start-up pays for cold disk caches.
	await $({env, cwd, nothrow: true, quiet: true})`node ${cli} ${args}`;
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		const result = await $({env, cwd, nothrow: true, quiet: true})`node ${cli} ${args}`;
		const ms = performance.now() - started;
		if (result.exitCode !== 0) throw new Error(`doctor exited ${result.exitCode} on ${scenario}:\n${result.stdout}${result.stderr}`);
		times.push(ms);
		console.log(`run ${i + 1}: ${ms.toFixed(0)} ms`);
	}
} finally {
	await emulator.close();
	await sandbox.cleanup();
}
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
console.log(`doctor on ${scenario}, ${runs} runs: min ${times[0].toFixed(0)} ms, median ${median.toFixed(0)} ms`);
