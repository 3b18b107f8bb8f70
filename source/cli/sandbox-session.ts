import {startEmulator, scenarios} from '../sandbox/emulator/index.js';
import {createSandboxEnvironment} from '../sandbox/environment.js';
import {UsageError} from './args.js';

/** Variables from the person's real shell that would leak their real Google setup into the sandbox. */
const REAL_SETUP = /^(GOOGLE_|CLOUDSDK_|GCLOUD_|GEMINI_API_KEY$|google_)/;

/**
 * `--sandbox SCENARIO`: starts the emulator in this process and points this process at it
 * (temp HOME and gcloud config, the stand-in gcloud first on PATH). The real config is never read.
 */
export async function enterSandbox(scenario: string): Promise<{url: string; close: () => Promise<void>}> {
	if (!Object.hasOwn(scenarios, scenario)) {
		throw new UsageError(`Unknown sandbox scenario '${scenario}'. Scenarios: ${Object.keys(scenarios).join(', ')}.`);
	}
	const emulator = await startEmulator({scenario});
	const sandbox = await createSandboxEnvironment(emulator);
	for (const name of Object.keys(process.env)) if (REAL_SETUP.test(name)) delete process.env[name];
	Object.assign(process.env, sandbox.env);
	return {
		url: emulator.url,
		async close() {
			await emulator.close();
			await sandbox.cleanup();
		},
	};
}
