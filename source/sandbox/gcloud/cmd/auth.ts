/** `gcloud auth list | print-access-token | activate-service-account`. */
import {readFileSync} from 'node:fs';
import type {Ctx} from '../context.js';
import {flag} from '../context.js';
import {GcloudError, reloginText, UsageError} from '../errors.js';
import {renderList, renderOne} from '../format/format.js';
import {applyFilter} from '../format/filter.js';
import {GCLOUD_CLIENT_ID, jwtBearerForm, TokenError, tokenRequest} from '../oauth.js';
import {cacheEntry, SERVICE_ACCOUNT_SCOPES, session, tokenUrl} from '../session.js';
import type {ServiceAccountKey} from '../store.js';

/**
 *                  Credentialed Accounts
 *   ACTIVE  ACCOUNT
 *   *       alice@example.com
 */
export async function authList(ctx: Ctx): Promise<void> {
	const active = ctx.props.get('core', 'account');
	const only = flag(ctx, 'filter-account');
	let rows = ctx.store
		.accounts()
		.filter((account) => only === undefined || account === only)
		.map((account) => ({account, status: account === active ? 'ACTIVE' : ''}));
	rows = applyFilter(rows, flag(ctx, 'filter'));
	ctx.out(
		renderList(rows, ctx.format, {
			title: 'Credentialed Accounts',
			columns: [
				{label: 'ACTIVE', get: (r) => ((r as {status: string}).status ? '*' : '')},
				{label: 'ACCOUNT', get: (r) => (r as {account: string}).account},
			],
		}),
	);
	if (ctx.format.kind !== 'default') return;
	if (rows.length > 0) ctx.err('\nTo set the active account, run:\n    $ gcloud config set account `ACCOUNT`\n\n');
	else ctx.err('\nNo credentialed accounts.\n\nTo login, run:\n  $ gcloud auth login `ACCOUNT`\n\n');
}

export async function printAccessToken(ctx: Ctx): Promise<void> {
	const current = await session(ctx, ctx.args[0] ?? undefined);
	ctx.out(ctx.format.kind === 'default' ? `${current.token}\n` : renderOne({token: current.token}, ctx.format));
}

export async function activateServiceAccount(ctx: Ctx): Promise<void> {
	const file = flag(ctx, 'key-file');
	if (file === undefined) throw new UsageError('argument --key-file: Must be specified.', true);
	const key = readKeyFile(file);
	const account = key.client_email;
	if (ctx.args[0] && ctx.args[0] !== account) {
		throw new GcloudError(
			'Invalid value for [ACCOUNT]: The given account name does not match the account name in the key file.  This argument can be omitted when using .json keys.',
		);
	}
	let token;
	try {
		// Like gcloud: an ID token for gcloud's own client first, then an access token.
		const url = tokenUrl(ctx);
		const {id_token} = await tokenRequest(url, jwtBearerForm(key, {targetAudience: GCLOUD_CLIENT_ID}), 'id_token');
		token = {...(await tokenRequest(url, jwtBearerForm(key, {scopes: SERVICE_ACCOUNT_SCOPES}))), id_token};
	} catch (error) {
		if (!(error instanceof TokenError)) throw error;
		throw new GcloudError(
			reloginText(`There was a problem refreshing your current auth tokens: ${error.pythonText}`, {serviceAccount: true}),
		);
	}
	ctx.store.save(account, key);
	ctx.store.saveToken(account, cacheEntry(token));
	ctx.props.set('core', 'account', account);
	const project = flag(ctx, 'project');
	if (project) ctx.props.set('core', 'project', project);
	ctx.err(`Activated service account credentials for: [${account}]\n`);
}

function readKeyFile(file: string): ServiceAccountKey {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? `[Errno 2] No such file or directory: '${file}'` : (error as Error).message;
		throw new GcloudError(`Unable to read file [${file}]: ${reason}`);
	}
	let json: Record<string, unknown>;
	try {
		json = JSON.parse(text) as Record<string, unknown>;
	} catch (error) {
		// gcloud takes anything else for a .p12 key, which needs an ACCOUNT (and is not supported here).
		if (!file.endsWith('.json')) throw new GcloudError('Missing required argument [ACCOUNT]: An account is required when using .p12 keys');
		const detail = /^\s*[[{]/.test(text) ? (error as Error).message : 'Expecting value: line 1 column 1 (char 0)';
		throw new GcloudError(`Could not read json file ${file}: ${detail}`);
	}
	if (json.type !== 'service_account' || typeof json.client_email !== 'string' || typeof json.private_key !== 'string') {
		throw new GcloudError('The .json key file is not in a valid format.');
	}
	return json as unknown as ServiceAccountKey;
}
