import {GoogleAuth, OAuth2Client, gaxios, type AuthClient, type JWTInput} from 'google-auth-library';
import {GOOGLE_TOKEN_URL, type Endpoints} from './endpoints.js';
import {locateAdc, readCredentialFile, type CredentialJson} from './adc.js';
import {AdcUnavailable, AuthFailed, NotSignedIn, ReauthRequired, meansReauth, toAuthError} from './auth-errors.js';
import type {Gcloud} from './gcloud.js';

export * from './auth-errors.js';

/** Always asked for: a service-account client without scopes sends no Authorization header at all. */
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/**
 * A transporter that sends requests for Google's token endpoint to ours instead. The JWT client
 * hard-codes https://oauth2.googleapis.com/token and ignores the key file's token_uri, so a
 * request interceptor is the only way to redirect a service account.
 */
export function redirectingTransporter(endpoints: Endpoints): InstanceType<typeof gaxios.Gaxios> | undefined {
	if (endpoints.tokenUrl === GOOGLE_TOKEN_URL) return undefined;
	const transporter = new gaxios.Gaxios();
	transporter.interceptors.request.add({
		resolved: async config => {
			if (config.url.toString() === GOOGLE_TOKEN_URL) config.url = new URL(endpoints.tokenUrl);
			return config;
		},
	});
	return transporter;
}

/** A client for a credential JSON, its token calls aimed at endpoints.tokenUrl. */
export async function clientFromJson(
	endpoints: Endpoints,
	env: NodeJS.ProcessEnv,
	json: CredentialJson,
	projectId?: string,
): Promise<AuthClient> {
	const transporter = redirectingTransporter(endpoints);
	const clientOptions = transporter ? {transporter, endpoints: {oauth2TokenUrl: endpoints.tokenUrl}} : {};
	// A known project stops the library from running `gcloud config config-helper` on its own
	// (with this process's PATH, which may not be the gcloud we were asked to use).
	const project = projectId ?? (typeof json.project_id === 'string' ? json.project_id : undefined) ?? projectFromEnv(env);
	const auth = new GoogleAuth({credentials: json as JWTInput, scopes: [CLOUD_PLATFORM_SCOPE], projectId: project, clientOptions});
	const client = await auth.getClient();
	// The library reads this override from process.env; the person's environment is `env`.
	if (env.GOOGLE_CLOUD_QUOTA_PROJECT) client.quotaProjectId = env.GOOGLE_CLOUD_QUOTA_PROJECT;
	return client;
}

export function projectFromEnv(env: NodeJS.ProcessEnv): string | undefined {
	return env.GCLOUD_PROJECT || env.GOOGLE_CLOUD_PROJECT || env.gcloud_project || env.google_cloud_project || undefined;
}

/** The ADC client the person's own code would get, found with the person's environment. */
export async function adcClient(endpoints: Endpoints, env: NodeJS.ProcessEnv, projectId?: string, platform = process.platform): Promise<AuthClient> {
	const location = locateAdc(env, platform);
	if (location.source === 'none') throw new AdcUnavailable(null);
	const read = await readCredentialFile(location.path);
	if (!read.ok) throw new AdcUnavailable(read.problem);
	return clientFromJson(endpoints, env, read.json, projectId);
}

/** Fetches a token so a dead session shows up now, as a typed error, not mid-way through a later step. */
export async function verifyClient(client: AuthClient): Promise<string> {
	try {
		const {token} = await client.getAccessToken();
		if (!token) throw new AuthFailed('adc', 'The token endpoint returned no access token');
		return token;
	} catch (error) {
		throw toAuthError(error, 'adc');
	}
}

/**
 * The gcloud account's access token. Non-zero exits become typed errors: no account, an
 * expired session, or gcloud's own first error line.
 */
export async function gcloudAccessToken(gcloud: Gcloud): Promise<string> {
	const result = await gcloud.run(['auth', 'print-access-token'], {timeoutMs: 60_000});
	const token = result.stdout.trim();
	if (result.exitCode === 0 && token) return token;
	const stderr = result.stderr;
	if (/do not currently have an active account/i.test(stderr)) throw new NotSignedIn();
	const line = stderr.split('\n').find(l => l.startsWith('ERROR:')) ?? stderr.trim().split('\n')[0] ?? '';
	const reason = line.replace(/^ERROR: \([^)]*\)\s*/, '').trim() || `gcloud exited with code ${result.exitCode}`;
	if (meansReauth(stderr)) throw new ReauthRequired('gcloud', reason);
	throw new AuthFailed('gcloud', reason);
}

/** Admin calls run as the gcloud account; without gcloud, as ADC. */
export async function adminClient(gcloud: Gcloud, endpoints: Endpoints, env: NodeJS.ProcessEnv, projectId?: string): Promise<AuthClient> {
	if (!gcloud.executable) return adcClient(endpoints, env, projectId);
	const client = new OAuth2Client();
	client.setCredentials({access_token: await gcloudAccessToken(gcloud)});
	return client;
}
