/**
 * The active account's access token, as gcloud gets it: from the cache while it has more than
 * five minutes left, else refreshed at `auth/token_host` and cached again.
 */
import type {Ctx} from './context.js';
import {GcloudError, NoActiveAccountError, NoCredentialsForAccountError, NotConfiguredError, reloginText} from './errors.js';
import {jwtBearerForm, LOGIN_SCOPES, refreshForm, TokenError, tokenRequest, type TokenResponse} from './oauth.js';
import type {CachedToken, StoredCredential} from './store.js';

const EXPIRY_WINDOW_MS = 300_000;
export const SERVICE_ACCOUNT_SCOPES = LOGIN_SCOPES.filter((s) => !s.endsWith('accounts.reauth'));

export function activeAccount(ctx: Ctx): string {
	const account = ctx.props.get('core', 'account');
	if (!account) throw new NoActiveAccountError();
	return account;
}

export function tokenUrl(ctx: Ctx): string {
	const url = ctx.props.get('auth', 'token_host');
	if (!url) throw new NotConfiguredError(['CLOUDSDK_AUTH_TOKEN_HOST']);
	return url;
}

export interface Session {
	account: string;
	token: string;
	expiry: Date;
	idToken: string | null;
}

/** Loads the account's credential and a token for it; refresh failures read as gcloud's. */
export async function session(ctx: Ctx, account = activeAccount(ctx), opts: {forceRefresh?: boolean} = {}): Promise<Session> {
	const credential = ctx.store.load(account);
	if (!credential) throw new NoCredentialsForAccountError(account);
	const cached = ctx.store.token(account);
	if (cached && !opts.forceRefresh && Date.parse(cached.token_expiry) - Date.now() > EXPIRY_WINDOW_MS) {
		return {account, token: cached.access_token, expiry: new Date(cached.token_expiry), idToken: cached.id_token ?? null};
	}
	const fresh = await refresh(ctx, credential);
	const token = cacheEntry(fresh);
	ctx.store.saveToken(account, token);
	return {account, token: token.access_token, expiry: new Date(token.token_expiry), idToken: token.id_token ?? null};
}

export function cacheEntry(response: TokenResponse): CachedToken {
	// gcloud stores whole seconds (config-helper prints `2026-11-26T17:13:47Z`).
	const expiry = Math.floor((Date.now() + (response.expires_in ?? 3600) * 1000) / 1000) * 1000;
	return {access_token: response.access_token, token_expiry: new Date(expiry).toISOString(), id_token: response.id_token ?? null};
}

async function refresh(ctx: Ctx, credential: StoredCredential): Promise<TokenResponse> {
	const url = tokenUrl(ctx);
	const serviceAccount = credential.type === 'service_account';
	try {
		const form = credential.type === 'service_account' ? jwtBearerForm(credential, {scopes: SERVICE_ACCOUNT_SCOPES}) : refreshForm(credential);
		return await tokenRequest(url, form);
	} catch (error) {
		if (error instanceof TokenError) {
			throw new GcloudError(reloginText(`There was a problem refreshing your current auth tokens: ${error.pythonText}`, {serviceAccount}));
		}
		throw error;
	}
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the form gcloud prints expiry times in. */
export function isoSeconds(date: Date): string {
	return `${date.toISOString().slice(0, 19)}Z`;
}

/** The active account's token for API calls, with the refresh to use if the API answers 401. */
export async function authorize(ctx: Ctx): Promise<{token: string; refresh: () => Promise<string>}> {
	const current = await session(ctx);
	return {token: current.token, refresh: async () => (await session(ctx, current.account, {forceRefresh: true})).token};
}
