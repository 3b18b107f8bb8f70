import {type Rpc, accessTokenExpired, credentialsMissing, scopeInsufficient} from './authErrors.js';
import {decodeJwt} from './jwt.js';
import {type Principal, principalFor} from './permissions.js';
import type {EmulatorState} from './state.js';
import {checkServiceAccountJwt} from './tokens.js';

export interface Caller {
	principal: Principal;
	/** Space-separated scopes when the credential says which; undefined when it does not. */
	scope?: string;
}

/**
 * Who is calling: an access token this emulator issued, or a self-signed RS256 JWT (§5.3.2)
 * from a service-account key it issued. No header → CREDENTIALS_MISSING; anything else
 * that does not check out → ACCESS_TOKEN_EXPIRED (§8.4).
 */
export function authenticate(state: EmulatorState, now: number, authorization: string | undefined, rpc: Rpc): Caller {
	if (!authorization) throw credentialsMissing(rpc);
	const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
	if (!m?.[1]) throw credentialsMissing(rpc);
	const token = m[1];
	const record = state.accessTokens[token];
	if (record) {
		if (record.expiresAt <= now) throw accessTokenExpired(rpc);
		return {principal: principalFor(record.email), ...(record.scope ? {scope: record.scope} : {})};
	}
	const jwt = decodeJwt(token);
	if (jwt) {
		const check = checkServiceAccountJwt(state, jwt, now);
		const hasTarget = typeof jwt.claims.aud === 'string' || typeof jwt.claims.scope === 'string';
		if (check.ok && hasTarget) {
			const scope = typeof jwt.claims.scope === 'string' ? jwt.claims.scope : undefined;
			return {principal: principalFor(check.email), ...(scope ? {scope} : {})};
		}
	}
	throw accessTokenExpired(rpc);
}

const CLOUD = 'https://www.googleapis.com/auth/cloud-platform';

/** When the token's scopes are known, they must include one this API accepts. */
export function checkScopes(caller: Caller, accepted: string[], readOnly: boolean, rpc: Rpc): void {
	if (!caller.scope) return;
	const have = new Set(caller.scope.split(/\s+/));
	const ok = have.has(CLOUD) || (readOnly && have.has(`${CLOUD}.read-only`)) || accepted.some(s => have.has(s));
	if (!ok) throw scopeInsufficient(rpc);
}
