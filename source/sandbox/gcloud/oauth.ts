/**
 * Calls to the OAuth token endpoint, shaped as gcloud 528 sends them (§5.1): refresh-token,
 * jwt-bearer (service-account key) and authorization-code grants, form-encoded.
 */
import {createSign} from 'node:crypto';
import {GcloudError} from './errors.js';
import {pyRepr} from './pyrepr.js';
import type {ServiceAccountKey, UserCredential} from './store.js';

export const GCLOUD_CLIENT_ID = '32555940559.apps.googleusercontent.com';
export const GCLOUD_CLIENT_SECRET = 'ZmssLNjJy2998hD4CTg2ejr2';
export const ADC_CLIENT_ID = '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com';
export const ADC_CLIENT_SECRET = 'd-FL95Q19q7MQmFpd7hHD0Ty';
/** google-auth signs every assertion for this audience, whatever token host is configured. */
const GOOGLE_TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
const SCOPE = 'https://www.googleapis.com/auth/';
export const LOGIN_SCOPES = ['openid', `${SCOPE}userinfo.email`, `${SCOPE}cloud-platform`, `${SCOPE}appengine.admin`, `${SCOPE}sqlservice.login`, `${SCOPE}compute`, `${SCOPE}accounts.reauth`];
export const ADC_SCOPES = ['openid', `${SCOPE}userinfo.email`, `${SCOPE}cloud-platform`, `${SCOPE}sqlservice.login`];

export interface TokenResponse {
	/** Absent only from ID-token (target_audience) answers. */
	access_token: string;
	expires_in?: number;
	refresh_token?: string;
	id_token?: string;
}

/** A refusal from the token endpoint (RFC 6749 body), or an answer that is not one. */
export class TokenError extends Error {
	constructor(
		readonly status: number,
		readonly body: Record<string, unknown> | undefined,
		text: string,
	) {
		super(text);
	}

	/** google-auth asks for reauthentication on these; gcloud then fails when it cannot prompt. */
	get reauthRequired(): boolean {
		return this.body?.error === 'invalid_grant' && ['invalid_rapt', 'rapt_required'].includes(String(this.body.error_subtype));
	}

	/** How google-auth's RefreshError prints: `('invalid_grant: Bad Request', {...})`. */
	get pythonText(): string {
		if (this.reauthRequired) return 'Reauthentication failed. cannot prompt during non-interactive execution.';
		if (!this.body) return this.message;
		const description = this.body.error_description === undefined ? 'None' : String(this.body.error_description);
		return `(${pyRepr(`${String(this.body.error)}: ${description}`)}, ${pyRepr(this.body)})`;
	}
}

export async function tokenRequest(tokenUrl: string, form: Record<string, string>, expect: 'access_token' | 'id_token' = 'access_token'): Promise<TokenResponse> {
	let response: Response;
	try {
		response = await fetch(tokenUrl, {
			method: 'POST',
			headers: {'content-type': 'application/x-www-form-urlencoded'},
			body: new URLSearchParams(form).toString(),
		});
	} catch (error) {
		throw unreachable(tokenUrl, error);
	}
	const text = await response.text();
	let body: Record<string, unknown> | undefined;
	try {
		body = JSON.parse(text) as Record<string, unknown>;
	} catch {
		body = undefined;
	}
	if (!response.ok || !body || typeof body[expect] !== 'string') {
		throw new TokenError(response.status, body && typeof body.error === 'string' ? body : undefined, text || `HTTP ${response.status}`);
	}
	return body as unknown as TokenResponse;
}

export function unreachable(url: string, error: unknown): GcloudError {
	const cause = (error as {cause?: {code?: string}}).cause?.code ?? (error as Error).message;
	return new GcloudError(
		`Could not reach the sandbox emulator at [${url}] (${cause}). Is the emulator (\`vertex-setup sandbox serve\`) still running?`,
	);
}

export function refreshForm(credential: UserCredential): Record<string, string> {
	return {
		grant_type: 'refresh_token',
		client_id: credential.client_id,
		client_secret: credential.client_secret,
		refresh_token: credential.refresh_token,
	};
}

/**
 * The RS256 assertion gcloud signs with a service-account key (header carries `kid`): for an
 * access token (`scopes`) or, with `targetAudience`, for an ID token.
 */
export function jwtBearerForm(key: ServiceAccountKey, want: {scopes: string[]} | {targetAudience: string}): Record<string, string> {
	const now = Math.floor(Date.now() / 1000);
	const header = {typ: 'JWT', alg: 'RS256', ...(key.private_key_id ? {kid: key.private_key_id} : {})};
	const purpose = 'scopes' in want ? {scope: want.scopes.join(' ')} : {target_audience: want.targetAudience};
	const claims = {iss: key.client_email, ...purpose, aud: GOOGLE_TOKEN_AUDIENCE, iat: now, exp: now + 3600};
	const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
	const signature = createSign('RSA-SHA256').update(unsigned).sign(key.private_key).toString('base64url');
	return {grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: `${unsigned}.${signature}`};
}

/** The `email` claim of an id_token; gcloud does not check the signature here either. */
export function idTokenEmail(idToken: string | undefined): string | undefined {
	const payload = idToken?.split('.')[1];
	if (!payload) return undefined;
	try {
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {email?: unknown};
		return typeof claims.email === 'string' ? claims.email : undefined;
	} catch {
		return undefined;
	}
}

function b64url(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}
