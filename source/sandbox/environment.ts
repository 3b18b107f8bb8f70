/**
 * A throw-away developer machine for one emulator: a temp HOME and gcloud config holding the
 * scenario's client side, the stand-in `gcloud` first on PATH, and the variables that point
 * gcloud, google-auth-library and vertex-setup at the emulator.
 *
 *   const sandbox = await createSandboxEnvironment(emulator);
 *   await execa('gcloud', ['projects', 'list'], {env: {...process.env, ...sandbox.env}});
 *   await sandbox.cleanup();
 */
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {ENDPOINT_ENV, GCLOUD_ENV} from '../google/endpoints.js';
import {writeClientSide, writeWithMode} from './client.js';
import type {Emulator} from './emulator/index.js';
import {standInGcloudScript} from './paths.js';

export interface SandboxEnvironment {
	/** Only the variables to set or override on top of a process environment. */
	env: Record<string, string>;
	home: string;
	/** CLOUDSDK_CONFIG (HOME/.config/gcloud, where older google-auth-library looks too). */
	configDir: string;
	binDir: string;
	/** The stand-in wrapper, or null when the scenario's machine has no gcloud. */
	gcloudPath: string | null;
	/**
	 * A long-lived emulator access token for the scenario's user (mode 0600), for driving a REAL
	 * gcloud with CLOUDSDK_AUTH_ACCESS_TOKEN_FILE. Not in `env`: the stand-in would not use it.
	 */
	realGcloudTokenFile: string;
	cleanup(): Promise<void>;
}

/** The API names gcloud reads from CLOUDSDK_API_ENDPOINT_OVERRIDES_<API>. */
export const OVERRIDDEN_APIS = ['CLOUDRESOURCEMANAGER', 'SERVICEUSAGE', 'CLOUDBILLING', 'IAM', 'AIPLATFORM'];

/** `dir`: where to make the temp directory (default: the OS temp dir). */
export async function createSandboxEnvironment(emulator: Emulator, opts: {dir?: string} = {}): Promise<SandboxEnvironment> {
	const script = emulator.scenario.client.gcloudInstalled ? standInGcloudScript() : undefined;
	const root = mkdtempSync(path.join(opts.dir ?? os.tmpdir(), 'vertex-setup-sandbox-'));
	const cleanup = async () => rmSync(root, {recursive: true, force: true});
	try {
		const home = path.join(root, 'home');
		const configDir = path.join(home, '.config', 'gcloud');
		const appData = path.join(home, 'AppData', 'Roaming');
		const binDir = path.join(root, 'bin');
		for (const dir of [configDir, appData, binDir]) mkdirSync(dir, {recursive: true});

		const gcloudPath = script ? writeWrapper(binDir, script) : null;
		const clientEnv = writeClientSide(emulator, {home, configDir});
		const realGcloudTokenFile = path.join(root, 'real-gcloud-access-token');
		const {token} = emulator.issueAccessToken(emulator.scenario.user, {ttlSeconds: 12 * 3600});
		writeWithMode(realGcloudTokenFile, token, 0o600);

		const url = emulator.url;
		const env: Record<string, string> = {
			HOME: home,
			APPDATA: appData,
			CLOUDSDK_CONFIG: configDir,
			PATH: [binDir, process.env.PATH ?? ''].filter(Boolean).join(path.delimiter),
			...Object.fromEntries(OVERRIDDEN_APIS.map((api) => [`CLOUDSDK_API_ENDPOINT_OVERRIDES_${api}`, url])),
			CLOUDSDK_AUTH_TOKEN_HOST: `${url}token`,
			CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
			CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: 'true',
			// gcloud's login flow refuses plain-http token endpoints without it.
			OAUTHLIB_INSECURE_TRANSPORT: '1',
			// Off GCE, google-auth-library would otherwise probe the metadata server for seconds.
			METADATA_SERVER_DETECTION: 'none',
			[ENDPOINT_ENV]: url,
			[GCLOUD_ENV]: gcloudPath ?? 'none',
			...clientEnv,
		};
		return {env, home, configDir, binDir, gcloudPath, realGcloudTokenFile, cleanup};
	} catch (error) {
		await cleanup();
		throw error;
	}
}

/** `bin/gcloud`: runs the built stand-in with this very Node, whatever PATH holds. */
function writeWrapper(binDir: string, script: string): string {
	if (process.platform === 'win32') {
		const cmd = path.join(binDir, 'gcloud.cmd');
		writeFileSync(cmd, `@"${process.execPath}" "${script}" %*\r\n`);
		return cmd;
	}
	const wrapper = path.join(binDir, 'gcloud');
	writeFileSync(wrapper, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(script)} "$@"\n`, {mode: 0o755});
	chmodSync(wrapper, 0o755); // an executable script, not a secret: the umask must not strip x
	return wrapper;
}

/** A POSIX shell single-quoted word: `it's` → `'it'\''s'`. */
export function shellQuote(value: string): string {
	return `'${value.replace(/'/g, `'\\''`)}'`;
}
