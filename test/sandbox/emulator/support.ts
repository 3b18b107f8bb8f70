import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type GlobalOptions, cloudresourcemanager} from '@googleapis/cloudresourcemanager';
import {iam} from '@googleapis/iam';
import {serviceusage} from '@googleapis/serviceusage';
import {GoogleAuth, JWT, gaxios} from 'google-auth-library';
import {afterAll, beforeAll} from 'vitest';
import {GOOGLE_TOKEN_URL} from '../../../source/google/endpoints.js';
import type {Emulator} from '../../helpers/emulator.js';

export const DEV = 'dev@example.com';
export const MAIN = 'vertex-demo-123';
export const MAIN_NUMBER = '123456789012';
/** The client gcloud's ADC login uses (§5.2). */
export const ADC_CLIENT_ID = '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com';
const ADC_CLIENT_SECRET = 'd-FL95Q19q7MQmFpd7hHD0Ty';
export const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

/**
 * Keeps the client libraries away from the real machine: temp HOME and gcloud config, no
 * Google variables, no metadata-server probe, and a project ID so nobody runs `gcloud`.
 */
export function hermeticProcessEnv(): void {
	const saved = {...process.env};
	let dir = '';
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'emulator-test-'));
		for (const k of Object.keys(process.env)) if (/^(GOOGLE_|CLOUDSDK_|GCLOUD_|GCE_METADATA)/i.test(k)) delete process.env[k];
		Object.assign(process.env, {HOME: dir, APPDATA: dir, CLOUDSDK_CONFIG: join(dir, 'gcloud'), METADATA_SERVER_DETECTION: 'none', GOOGLE_CLOUD_PROJECT: MAIN});
	});
	afterAll(() => {
		for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
		Object.assign(process.env, saved);
		rmSync(dir, {recursive: true, force: true});
	});
}

/** ADC for a Google account, as `gcloud auth application-default login` would leave it. */
export function userAuth(e: Emulator, opts: {email?: string; reauthRequired?: boolean; quotaProject?: string} = {}): GoogleAuth {
	const refreshToken = e.issueRefreshToken(opts.email ?? DEV, {clientId: ADC_CLIENT_ID, reauthRequired: opts.reauthRequired ?? false});
	return new GoogleAuth({
		credentials: {
			type: 'authorized_user',
			client_id: ADC_CLIENT_ID,
			client_secret: ADC_CLIENT_SECRET,
			refresh_token: refreshToken,
			...(opts.quotaProject ? {quota_project_id: opts.quotaProject} : {}),
		},
		scopes: [CLOUD_PLATFORM],
		clientOptions: {endpoints: {oauth2TokenUrl: `${e.url}token`}},
	});
}

/** A gaxios whose calls to Google's token URL go to the emulator instead (§5.3.1, way 2). */
export function redirectingTransporter(e: Emulator): gaxios.Gaxios {
	const transporter = new gaxios.Gaxios();
	transporter.interceptors.request.add({
		resolved: async config => {
			if (config.url.href === GOOGLE_TOKEN_URL) config.url = new URL(`${e.url}token`);
			return config;
		},
	});
	return transporter;
}

/** A service-account JWT client from a key file, exchanging its assertion at the emulator. */
export function serviceAccountAuth(e: Emulator, key: Record<string, string>): JWT {
	return new JWT({email: key.client_email, key: key.private_key, keyId: key.private_key_id, scopes: [CLOUD_PLATFORM], transporter: redirectingTransporter(e)});
}

/**
 * googleapis-common carries its own google-auth-library copy (10.5), so ours only fits its
 * types through a cast; at run time any AuthClient or GoogleAuth works.
 */
type Auth = GoogleAuth | JWT;
const wrap = (auth: Auth) => auth as unknown as GlobalOptions['auth'];
export const crmV1 = (e: Emulator, auth: Auth) => cloudresourcemanager({version: 'v1', rootUrl: e.url, auth: wrap(auth)});
export const crmV3 = (e: Emulator, auth: Auth) => cloudresourcemanager({version: 'v3', rootUrl: e.url, auth: wrap(auth)});
export const su = (e: Emulator, auth: Auth) => serviceusage({version: 'v1', rootUrl: e.url, auth: wrap(auth)});
export const iamApi = (e: Emulator, auth: Auth) => iam({version: 'v1', rootUrl: e.url, auth: wrap(auth)});

/** A raw call with a bearer token: for asserting exact wire bodies and headers. */
export async function raw(e: Emulator, method: string, path: string, opts: {token?: string; body?: unknown; headers?: Record<string, string>} = {}) {
	const res = await fetch(new URL(path, e.url), {
		method,
		headers: {
			...(opts.token ? {authorization: `Bearer ${opts.token}`} : {}),
			...(opts.body === undefined ? {} : {'content-type': 'application/json'}),
			...opts.headers,
		},
		...(opts.body === undefined ? {} : {body: JSON.stringify(opts.body)}),
	});
	const text = await res.text();
	let json: any;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return {status: res.status, headers: res.headers, text, json};
}

/** A gaxios error's parts, for `await expect(...).rejects` style checks. */
export async function failure(p: Promise<unknown>): Promise<{status?: number; message: string; data: any}> {
	try {
		await p;
	} catch (error) {
		const err = error as {status?: number; response?: {status?: number; data?: unknown}; message: string};
		return {status: err.response?.status ?? err.status, message: err.message, data: err.response?.data};
	}
	throw new Error('expected the call to fail');
}
