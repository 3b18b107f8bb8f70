import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {existsSync, statSync} from 'node:fs';

/** Where the client libraries will look for credentials, in google-auth-library's own order. */
export type AdcLocation =
	| {source: 'env'; path: string; variable: string}
	| {source: 'well-known'; path: string}
	| {source: 'none'; wellKnownPath: string | null};

export const ADC_FILE = 'application_default_credentials.json';

/** gcloud's config directory: $CLOUDSDK_CONFIG, else %APPDATA%\gcloud on Windows, else ~/.config/gcloud. */
export function gcloudConfigDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | null {
	if (env.CLOUDSDK_CONFIG) return env.CLOUDSDK_CONFIG;
	if (platform === 'win32') return env.APPDATA ? path.win32.join(env.APPDATA, 'gcloud') : null;
	return env.HOME ? path.join(env.HOME, '.config', 'gcloud') : null;
}

/**
 * The credential file the libraries would pick. A GOOGLE_APPLICATION_CREDENTIALS that points
 * nowhere is still returned: the libraries fail on it rather than falling through.
 */
export function locateAdc(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): AdcLocation {
	for (const variable of ['GOOGLE_APPLICATION_CREDENTIALS', 'google_application_credentials']) {
		const value = env[variable];
		if (value) return {source: 'env', path: value, variable};
	}
	const dir = gcloudConfigDir(env, platform);
	const wellKnownPath = dir ? (platform === 'win32' ? path.win32.join(dir, ADC_FILE) : path.join(dir, ADC_FILE)) : null;
	if (wellKnownPath && existsSync(wellKnownPath)) return {source: 'well-known', path: wellKnownPath};
	return {source: 'none', wellKnownPath};
}

/** The fields each credential type must carry before google-auth-library will use it. */
const REQUIRED: Record<string, string[]> = {
	authorized_user: ['client_id', 'client_secret', 'refresh_token'],
	service_account: ['client_email', 'private_key'],
	impersonated_service_account: ['source_credentials', 'service_account_impersonation_url'],
	external_account: ['audience', 'subject_token_type'],
	external_account_authorized_user: ['audience', 'refresh_token', 'token_url'],
	gdch_service_account: ['project', 'private_key_id', 'private_key', 'name', 'token_uri'],
};

export type CredentialJson = Record<string, unknown> & {type: string};

/** A credential file that cannot be used, with the path and the reason in words. */
export interface AdcProblem {
	code: 'missing' | 'unreadable' | 'not-json' | 'unknown-type' | 'missing-fields';
	path: string;
	reason: string;
}

export type AdcRead = {ok: true; json: CredentialJson} | {ok: false; problem: AdcProblem};

/** Reads and checks a credential file. Never throws: a bad file is a result. */
export async function readCredentialFile(file: string): Promise<AdcRead> {
	const fail = (code: AdcProblem['code'], reason: string): AdcRead => ({ok: false, problem: {code, path: file, reason}});
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return fail('missing', 'the file does not exist');
		if (code === 'EACCES' || code === 'EPERM') return fail('unreadable', 'permission denied');
		if (code === 'EISDIR') return fail('unreadable', 'it is a directory, not a file');
		return fail('unreadable', (error as Error).message);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return fail('not-json', `it is not valid JSON (${(error as Error).message})`);
	}
	if (!json || typeof json !== 'object' || Array.isArray(json)) return fail('not-json', 'it does not hold a JSON object');
	const type = (json as Record<string, unknown>).type;
	if (typeof type !== 'string' || !(type in REQUIRED)) {
		return fail('unknown-type', `its "type" is ${JSON.stringify(type ?? null)}, expected one of ${Object.keys(REQUIRED).join(', ')}`);
	}
	const missing = (REQUIRED[type] ?? []).filter(field => {
		const value = (json as Record<string, unknown>)[field];
		return value === undefined || value === null || value === '';
	});
	if (missing.length > 0) return fail('missing-fields', `it has no ${missing.map(f => `"${f}"`).join(', ')} (required for ${type})`);
	return {ok: true, json: json as CredentialJson};
}

/** The principal a file names by itself, without a network call (authorized_user files usually don't). */
export function principalInFile(json: CredentialJson): string | undefined {
	const str = (key: string) => (typeof json[key] === 'string' && json[key] !== '' ? (json[key] as string) : undefined);
	if (json.type === 'service_account') return str('client_email');
	if (json.type === 'authorized_user') return str('account');
	const url = str('service_account_impersonation_url');
	const target = url && /([^/]+):generate(?:AccessToken|IdToken)$/.exec(url)?.[1];
	return target ? decodeURIComponent(target) : undefined;
}

/** Changes whenever the ADC file the libraries would use is replaced or rewritten (a sign-in). */
export function adcFileStamp(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
	const location = locateAdc(env, platform);
	if (location.source === 'none') return 'none';
	try {
		const info = statSync(location.path);
		return `${location.path}:${info.size}:${info.mtimeMs}:${info.ino}`;
	} catch {
		return `${location.path}:unreadable`;
	}
}
