/**
 * The browser sign-in of `gcloud auth login` and `gcloud auth application-default login`, simulated:
 * the same link text on stderr as gcloud prints, then an authorization-code grant against the
 * sandbox token endpoint (which signs in the scenario's user) without waiting for a browser or stdin.
 */
import {createHash, randomBytes} from 'node:crypto';
import type {Ctx} from '../context.js';
import {GcloudError} from '../errors.js';
import {idTokenEmail, tokenRequest, type TokenResponse} from '../oauth.js';
import {tokenUrl} from '../session.js';

export interface WebFlowClient {
	clientId: string;
	clientSecret: string;
	scopes: string[];
	/** `authcode.html` or `applicationdefaultauthcode.html`. */
	redirectPage: string;
	/** Who is being authorized, in the `--no-browser` text. */
	subject: 'gcloud CLI' | 'client libraries';
	command: string;
}

export async function webFlow(ctx: Ctx, client: WebFlowClient): Promise<{tokens: TokenResponse; email: string}> {
	const verifier = randomBytes(32).toString('base64url');
	const challenge = createHash('sha256').update(verifier).digest('base64url');
	const state = randomBytes(23).toString('base64url').slice(0, 30);
	const noBrowser = ctx.flags.has('no-browser');
	const browser = !noBrowser && !ctx.flags.has('no-launch-browser');
	const redirectUri = browser ? 'http://localhost:8085/' : `https://sdk.cloud.google.com/${client.redirectPage}`;
	const url = authorizeUrl(client, {redirectUri, state, challenge, mode: noBrowser ? 'remote' : browser ? 'browser' : 'paste'});
	if (noBrowser) {
		ctx.err(
			`You are authorizing ${client.subject} without access to a web browser. Please run the following command on a machine with a web browser and copy its output back here. Make sure the installed gcloud version is 372.0.0 or newer.\n\n` +
				`${client.command} --remote-bootstrap="${url}"\n\n`,
		);
	} else if (browser) {
		ctx.err(`Your browser has been opened to visit:\n\n    ${url}\n\n`);
	} else {
		ctx.err(`Go to the following link in your browser, and complete the sign-in prompts:\n\n    ${url}\n\n`);
	}
	const tokens = await tokenRequest(tokenUrl(ctx), {
		grant_type: 'authorization_code',
		client_id: client.clientId,
		client_secret: client.clientSecret,
		code: `4/0sandbox-${randomBytes(12).toString('base64url')}`,
		redirect_uri: redirectUri,
		code_verifier: verifier,
	});
	const email = idTokenEmail(tokens.id_token);
	if (!email || !tokens.refresh_token) {
		throw new GcloudError('The sandbox token endpoint answered the sign-in without an id_token email or a refresh_token.');
	}
	return {tokens, email};
}

/** The link gcloud prints; parameter order follows each of its three flows (§9.2). */
function authorizeUrl(
	client: WebFlowClient,
	p: {redirectUri: string; state: string; challenge: string; mode: 'browser' | 'paste' | 'remote'},
): string {
	const q: [string, string][] = [['response_type', 'code'], ['client_id', client.clientId]];
	if (p.mode !== 'remote') q.push(['redirect_uri', p.redirectUri]);
	q.push(['scope', client.scopes.join(' ')], ['state', p.state]);
	if (p.mode === 'paste') q.push(['prompt', 'consent'], ['token_usage', 'remote']);
	q.push(['access_type', 'offline'], ['code_challenge', p.challenge], ['code_challenge_method', 'S256']);
	if (p.mode === 'remote') q.push(['token_usage', 'remote']);
	return `https://accounts.google.com/o/oauth2/auth?${new URLSearchParams(q).toString()}`;
}
