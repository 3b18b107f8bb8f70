/** `gcloud auth login [ACCOUNT]` (surface/auth/login.py), with the sign-in simulated by webFlow. */
import type {Ctx} from '../context.js';
import {flag} from '../context.js';
import {GcloudError} from '../errors.js';
import {GCLOUD_CLIENT_ID, GCLOUD_CLIENT_SECRET, LOGIN_SCOPES} from '../oauth.js';
import {cacheEntry, tokenUrl} from '../session.js';
import {readAdc, writeAdc, type UserCredential} from '../store.js';
import {webFlow} from './webFlow.js';

export async function authLogin(ctx: Ctx): Promise<void> {
	const wanted = ctx.args[0];
	if (wanted && !ctx.flags.has('force') && ctx.store.load(wanted)) {
		ctx.err(`WARNING: Re-using locally stored credentials for [${wanted}]. To fetch new credentials, re-run the command with the \`--force\` flag.\n`);
		loginAs(ctx, wanted);
		return;
	}
	const {tokens, email} = await webFlow(ctx, {
		clientId: GCLOUD_CLIENT_ID,
		clientSecret: GCLOUD_CLIENT_SECRET,
		scopes: LOGIN_SCOPES,
		redirectPage: 'authcode.html',
		subject: 'gcloud CLI',
		command: 'gcloud auth login',
	});
	if (wanted && wanted.toLowerCase() !== email.toLowerCase()) {
		throw new GcloudError(
			`You attempted to log in as account [${wanted}] but the received credentials were for account [${email}].\n\n` +
				`Please check that your browser is logged in as account [${wanted}] and that you are using the correct browser profile.`,
		);
	}
	const credential: UserCredential = {
		client_id: GCLOUD_CLIENT_ID,
		client_secret: GCLOUD_CLIENT_SECRET,
		refresh_token: tokens.refresh_token ?? '',
		revoke_uri: 'https://oauth2.googleapis.com/revoke',
		scopes: LOGIN_SCOPES,
		token_uri: tokenUrl(ctx),
		type: 'authorized_user',
		universe_domain: 'googleapis.com',
	};
	ctx.store.save(email, credential);
	ctx.store.saveToken(email, cacheEntry(tokens));
	if (ctx.flags.has('update-adc')) updateAdc(ctx, credential);
	loginAs(ctx, email);
}

function loginAs(ctx: Ctx, account: string): void {
	ctx.props.set('core', 'account', account);
	const project = flag(ctx, 'project');
	if (project) ctx.props.set('core', 'project', project);
	if (ctx.flags.has('brief')) return;
	ctx.err(
		`\nYou are now logged in as [${account}].\n` +
			`Your current project is [${ctx.props.get('core', 'project') ?? 'None'}].  You can change this setting by running:\n` +
			'  $ gcloud config set project PROJECT_ID\n',
	);
}

/** `--update-adc`: the gcloud credential also becomes the ADC file. */
function updateAdc(ctx: Ctx, credential: UserCredential): void {
	const before = JSON.stringify(readAdc(ctx.props.configDir) ?? null);
	writeAdc(ctx.props.configDir, {
		account: '',
		client_id: credential.client_id,
		client_secret: credential.client_secret,
		refresh_token: credential.refresh_token,
		type: 'authorized_user',
		universe_domain: 'googleapis.com',
	});
	if (JSON.stringify(readAdc(ctx.props.configDir)) !== before) ctx.err('\nApplication Default Credentials (ADC) were updated.\n');
}
