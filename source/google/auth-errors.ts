import type {AdcProblem} from './adc.js';
import {redact} from './shell-quote.js';

/**
 * Typed auth problems. Each carries the command that fixes it, so whoever shows it can offer
 * the next step. Messages never include tokens: gaxios errors hold the request body (with the
 * refresh token) in `config`, so they are never passed on as they are.
 */
export type Identity = 'gcloud' | 'adc';

const LOGIN: Record<Identity, string> = {
	gcloud: 'gcloud auth login',
	adc: 'gcloud auth application-default login',
};

/** The session behind a credential has expired or was revoked: only a new sign-in helps. */
export class ReauthRequired extends Error {
	override readonly name = 'ReauthRequired';
	readonly command: string;
	constructor(
		readonly identity: Identity,
		readonly reason: string,
	) {
		super(
			identity === 'gcloud'
				? `Your gcloud session has expired (${reason}). Run: ${LOGIN.gcloud}`
				: `Your Application Default Credentials have expired (${reason}). Run: ${LOGIN.adc}`,
		);
		this.command = LOGIN[identity];
	}
}

/** gcloud is installed but no account is active. */
export class NotSignedIn extends Error {
	override readonly name = 'NotSignedIn';
	readonly command = LOGIN.gcloud;
	constructor() {
		super(`gcloud has no active account. Run: ${LOGIN.gcloud}`);
	}
}

/** No usable ADC: none found, or the file is broken. */
export class AdcUnavailable extends Error {
	override readonly name = 'AdcUnavailable';
	readonly command = LOGIN.adc;
	constructor(readonly problem: AdcProblem | null) {
		super(
			problem
				? `Can't use the credentials in ${problem.path}: ${problem.reason}`
				: `No Application Default Credentials found. Run: ${LOGIN.adc}`,
		);
	}
}

/** Any other failure to get a token, reduced to words and an HTTP status. */
export class AuthFailed extends Error {
	override readonly name = 'AuthFailed';
	constructor(
		readonly identity: Identity,
		message: string,
		readonly status?: number,
	) {
		super(redact(message));
	}
}

// Wording from Google's token endpoint, google-auth-library and gcloud (wire reference §5.1).
const REAUTH = /invalid_grant|invalid_rapt|reauth|problem refreshing your current auth tokens|Token has been expired or revoked/i;

/** True when an error text means the session must be renewed by signing in again. */
export function meansReauth(text: string): boolean {
	return REAUTH.test(text);
}

/** Turns whatever a token request threw into one of the typed errors above. */
export function toAuthError(error: unknown, identity: Identity): Error {
	if (error instanceof ReauthRequired || error instanceof AuthFailed || error instanceof AdcUnavailable) return error;
	const e = error as {message?: string; response?: {status?: number; data?: unknown}; code?: unknown};
	const data = e?.response?.data as {error?: unknown; error_description?: unknown} | undefined;
	const described = data && typeof data === 'object' && typeof data.error === 'string'
		? `${data.error}${typeof data.error_description === 'string' ? `: ${data.error_description}` : ''}`
		: String(e?.message ?? error);
	if (meansReauth(described)) return new ReauthRequired(identity, described);
	const network = typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code) ? ` (${e.code})` : '';
	return new AuthFailed(identity, `${described}${network}`, e?.response?.status);
}
