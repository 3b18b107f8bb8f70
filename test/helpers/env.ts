import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Variables through which the developer's real Google setup could leak into a test. */
const LEAKY = /^(GOOGLE_|google_|CLOUDSDK_|VERTEX_SETUP_|GCE_METADATA_)|^(GCLOUD_PROJECT|gcloud_project|GEMINI_API_KEY)$/;

export interface HermeticEnv {
	/** A full environment for a child process or for code under test. */
	env: NodeJS.ProcessEnv;
	home: string;
	/** CLOUDSDK_CONFIG: an empty gcloud config directory. */
	configDir: string;
	cleanup(): Promise<void>;
}

/**
 * A copy of process.env with every Google, gcloud and vertex-setup variable removed, a fresh temp
 * HOME, APPDATA and CLOUDSDK_CONFIG, and no metadata-server probing. `extra` adds variables (or,
 * with undefined, removes more). Layer a sandbox on top with `{...h.env, ...sandbox.env}`.
 *
 *   const h = hermeticEnv({GOOGLE_CLOUD_PROJECT: 'p'});
 *   onTestFinished(h.cleanup);
 */
export function hermeticEnv(extra: Record<string, string | undefined> = {}): HermeticEnv {
	const root = mkdtempSync(path.join(os.tmpdir(), 'vertex-setup-test-'));
	const home = path.join(root, 'home');
	const configDir = path.join(home, '.config', 'gcloud');
	const appData = path.join(home, 'AppData', 'Roaming');
	mkdirSync(configDir, {recursive: true});
	mkdirSync(appData, {recursive: true});
	const env: NodeJS.ProcessEnv = {};
	for (const [name, value] of Object.entries(process.env)) if (!LEAKY.test(name)) env[name] = value;
	Object.assign(env, {HOME: home, USERPROFILE: home, APPDATA: appData, CLOUDSDK_CONFIG: configDir, METADATA_SERVER_DETECTION: 'none'});
	for (const [name, value] of Object.entries(extra)) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	return {env, home, configDir, cleanup: async () => rmSync(root, {recursive: true, force: true})};
}
