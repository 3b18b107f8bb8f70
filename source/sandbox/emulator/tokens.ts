import {createHash} from 'node:crypto';
import {newAccessToken, newRefreshToken} from './ids.js';
import {type DecodedJwt, numericClaim, verifyRs256} from './jwt.js';
import {type EmulatorState, findServiceAccount} from './state.js';

export const ACCESS_TOKEN_TTL_S = 3599;

export function issueAccessToken(state: EmulatorState, email: string, now: number, ttlSeconds = ACCESS_TOKEN_TTL_S, scope?: string) {
	const token = newAccessToken();
	const expiresAt = now + ttlSeconds * 1000;
	state.accessTokens[token] = {email, expiresAt, ...(scope ? {scope} : {})};
	return {token, expiresAt};
}

export function issueRefreshToken(state: EmulatorState, email: string, opts: {clientId?: string; reauthRequired?: boolean} = {}): string {
	const token = newRefreshToken();
	state.refreshTokens[token] = {email, reauthRequired: opts.reauthRequired ?? false, ...(opts.clientId ? {clientId: opts.clientId} : {})};
	return token;
}

/** A stable 21-digit Google account id for an email (the `sub` claim). */
export function accountSub(email: string): string {
	const digits = BigInt(`0x${createHash('sha256').update(email).digest('hex').slice(0, 16)}`).toString().padStart(20, '0');
	return `1${digits.slice(0, 20)}`;
}

const MAX_LIFETIME_S = 3600;
const SKEW_S = 300;

export type JwtCheck = {ok: true; email: string} | {ok: false; reason: 'malformed' | 'account' | 'signature' | 'time'};

/**
 * Checks an RS256 JWT signed by a service-account key this emulator issued: the `kid`
 * names the key when present (gcloud and self-signed JWTs send it; gtoken does not).
 * Lifetime at most an hour, and `now` inside [iat - 5 min, exp].
 */
export function checkServiceAccountJwt(state: EmulatorState, jwt: DecodedJwt, now: number): JwtCheck {
	const iss = jwt.claims.iss;
	if (typeof iss !== 'string') return {ok: false, reason: 'malformed'};
	const sa = findServiceAccount(state, iss);
	if (!sa || sa.disabled) return {ok: false, reason: 'account'};
	const kid = typeof jwt.header.kid === 'string' ? jwt.header.kid : undefined;
	const candidates = kid ? [sa.keys[kid]].filter(k => k !== undefined) : Object.values(sa.keys);
	if (!candidates.some(k => verifyRs256(jwt, k.publicKeyPem))) return {ok: false, reason: 'signature'};
	const iat = numericClaim(jwt.claims, 'iat');
	const exp = numericClaim(jwt.claims, 'exp');
	const nowS = now / 1000;
	if (iat === undefined || exp === undefined || exp - iat > MAX_LIFETIME_S || iat > nowS + SKEW_S || exp < nowS) {
		return {ok: false, reason: 'time'};
	}
	return {ok: true, email: iss};
}
