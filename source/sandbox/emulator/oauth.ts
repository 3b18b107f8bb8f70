import {GOOGLE_TOKEN_URL} from '../../google/endpoints.js';
import {oauthError} from './errors.js';
import {decodeJwt, unsignedIdToken} from './jwt.js';
import type {EmulatorState} from './state.js';
import {ACCESS_TOKEN_TTL_S, accountSub, checkServiceAccountJwt, issueAccessToken, issueRefreshToken} from './tokens.js';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const USER_SCOPES = 'openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/cloud-platform';
const SHORT_LIVED =
	'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.';

function idToken(email: string, aud: string, now: number): string {
	const iat = Math.floor(now / 1000);
	return unsignedIdToken({iss: 'https://accounts.google.com', azp: aud, aud, sub: accountSub(email), email, email_verified: true, iat, exp: iat + 3600});
}

/** The token response: no `scope` (gcloud aborts if the scope set differs from what it asked). */
function tokenResponse(state: EmulatorState, email: string, now: number, extra: Record<string, string> = {}, scope?: string) {
	const {token} = issueAccessToken(state, email, now, ACCESS_TOKEN_TTL_S, scope);
	return {access_token: token, expires_in: ACCESS_TOKEN_TTL_S, token_type: 'Bearer', ...extra};
}

function jwtBearer(state: EmulatorState, now: number, form: URLSearchParams, ownTokenUrl: string) {
	const jwt = decodeJwt(form.get('assertion') ?? '');
	if (!jwt) throw oauthError(400, 'invalid_grant', 'Invalid JWT Signature.');
	const check = checkServiceAccountJwt(state, jwt, now);
	if (!check.ok) {
		if (check.reason === 'account') throw oauthError(400, 'invalid_grant', 'Invalid grant: account not found');
		if (check.reason === 'time') throw oauthError(400, 'invalid_grant', SHORT_LIVED);
		throw oauthError(400, 'invalid_grant', 'Invalid JWT Signature.');
	}
	const aud = jwt.claims.aud;
	if (aud !== GOOGLE_TOKEN_URL && aud !== ownTokenUrl) {
		// Wording UNVERIFIED.
		throw oauthError(400, 'invalid_grant', `Invalid JWT: Failed audience check. The right audience is ${GOOGLE_TOKEN_URL}`);
	}
	const targetAudience = jwt.claims.target_audience;
	if (typeof targetAudience === 'string' && targetAudience) return {id_token: idToken(check.email, targetAudience, now)};
	const scope = jwt.claims.scope;
	if (typeof scope !== 'string' || scope.trim() === '') {
		throw oauthError(400, 'invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
	}
	return tokenResponse(state, check.email, now, {}, scope);
}

function refreshGrant(state: EmulatorState, now: number, form: URLSearchParams) {
	const refreshToken = form.get('refresh_token');
	if (!refreshToken) throw oauthError(400, 'invalid_request', 'Missing required parameter: refresh_token');
	const clientId = form.get('client_id');
	if (!clientId) throw oauthError(400, 'invalid_request', 'Could not determine client ID from request.');
	const record = state.refreshTokens[refreshToken];
	if (!record || record.revoked) throw oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
	if (record.reauthRequired) {
		throw oauthError(400, 'invalid_grant', 'reauth related error (invalid_rapt)', {
			error_uri: 'https://support.google.com/a/answer/9368756',
			error_subtype: 'invalid_rapt',
		});
	}
	// A refresh token only works with the client it was issued to (wording UNVERIFIED).
	if (record.clientId && record.clientId !== clientId) throw oauthError(401, 'unauthorized_client', 'Unauthorized');
	return tokenResponse(state, record.email, now, {id_token: idToken(record.email, clientId, now)});
}

/** Any code signs in the scenario's user, as a browser consent would. */
function codeGrant(state: EmulatorState, now: number, form: URLSearchParams) {
	if (!form.get('code')) throw oauthError(400, 'invalid_request', 'Missing required parameter: code');
	const clientId = form.get('client_id');
	if (!clientId) throw oauthError(400, 'invalid_request', 'Could not determine client ID from request.');
	const email = state.user;
	const refreshToken = issueRefreshToken(state, email, {clientId});
	return tokenResponse(state, email, now, {refresh_token: refreshToken, id_token: idToken(email, clientId, now)});
}

/** `POST /token` (form-encoded). Errors are RFC 6749 bodies, thrown as GoogleError. */
export function tokenEndpoint(state: EmulatorState, now: number, form: URLSearchParams, ownTokenUrl: string): Record<string, unknown> {
	const grant = form.get('grant_type');
	if (grant === JWT_BEARER) return jwtBearer(state, now, form, ownTokenUrl);
	if (grant === 'refresh_token') return refreshGrant(state, now, form);
	if (grant === 'authorization_code') return codeGrant(state, now, form);
	if (!grant) throw oauthError(400, 'invalid_request', 'Missing required parameter: grant_type');
	throw oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grant}`);
}

/** `GET|POST /tokeninfo?access_token=…`: values are strings, as Google's tokeninfo sends them. */
export function tokenInfo(state: EmulatorState, now: number, accessToken: string | null): Record<string, string> {
	const record = accessToken ? state.accessTokens[accessToken] : undefined;
	if (!record || record.expiresAt <= now) throw oauthError(400, 'invalid_token', 'Invalid Value');
	return {
		azp: '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com',
		aud: '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com',
		sub: accountSub(record.email),
		scope: record.scope ?? USER_SCOPES,
		exp: String(Math.floor(record.expiresAt / 1000)),
		expires_in: String(Math.max(0, Math.floor((record.expiresAt - now) / 1000))),
		email: record.email,
		email_verified: 'true',
		access_type: 'offline',
	};
}
