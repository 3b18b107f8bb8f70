import {OAuth2Client, type AuthClient} from 'google-auth-library';
import type {Endpoints} from './endpoints.js';
import {redirectingTransporter} from './auth.js';

/**
 * Who an authorized_user credential belongs to. The ADC file has no email (gcloud 528 writes
 * `"account": ""`), so ask the token: the refresh answer's id_token carries `email` when the
 * `openid` scope was granted; otherwise tokeninfo tells. Call after the client has a token.
 */
export async function userPrincipal(client: AuthClient, token: string, endpoints: Endpoints): Promise<string | undefined> {
	const idToken = client instanceof OAuth2Client ? client.credentials.id_token : undefined;
	const fromIdToken = idToken ? emailInJwt(idToken) : undefined;
	if (fromIdToken) return fromIdToken;
	return tokenInfoEmail(token, endpoints).catch(() => undefined);
}

/** The `email` claim of a JWT, read without verifying it: it is only shown, never trusted. */
export function emailInJwt(jwt: string): string | undefined {
	const payload = jwt.split('.')[1];
	if (!payload) return undefined;
	try {
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {email?: unknown};
		return typeof claims.email === 'string' && claims.email ? claims.email : undefined;
	} catch {
		return undefined;
	}
}

/** https://oauth2.googleapis.com/token → https://oauth2.googleapis.com/tokeninfo (the same on the emulator). */
export function tokenInfoUrl(endpoints: Endpoints): string {
	return endpoints.tokenUrl.replace(/\/token\/?$/, '/tokeninfo');
}

async function tokenInfoEmail(token: string, endpoints: Endpoints): Promise<string | undefined> {
	const transporter = redirectingTransporter(endpoints) ?? new OAuth2Client().transporter;
	// POST with the token in the form body: it stays out of URLs and access logs, and both
	// Google's tokeninfo and the sandbox read it there.
	const response = await transporter.request<{email?: string}>({
		url: tokenInfoUrl(endpoints),
		method: 'POST',
		headers: {'content-type': 'application/x-www-form-urlencoded;charset=UTF-8'},
		data: new URLSearchParams({access_token: token}).toString(),
		timeout: 15_000,
	});
	return typeof response.data?.email === 'string' && response.data.email ? response.data.email : undefined;
}
