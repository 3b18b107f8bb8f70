import {NotSignedIn, ReauthRequired} from '../google/auth.js';
import {formatCommand} from '../google/gcloud.js';
import {email} from '../google/ids.js';
import {listAccounts} from './account-list.js';
import type {Context, Step} from './context.js';
import {loginCommand, loginFix, runLogin} from './login.js';
import type {Finding, Fix} from './types.js';

const USE_PREFIX = 'account.use:';

/**
 * Which account gcloud acts as, and whether its session still works. Admin steps (projects,
 * billing, APIs, IAM) run as this account.
 *
 *   ok:   "Signed in to gcloud as dev@example.com"
 *   fail: "gcloud is not signed in. Fix: gcloud auth login"
 */
export const accountStep: Step = {
	id: 'account',
	title: 'gcloud account',
	needs: ['gcloud'],
	async check(ctx) {
		if (!ctx.gcloud.executable) {
			ctx.facts.account = null;
			ctx.facts.accounts = [];
			return {status: 'skipped', summary: 'Skipped: gcloud is not installed, so admin steps use Application Default Credentials'};
		}
		const {active, accounts} = await listAccounts(ctx);
		ctx.facts.account = active;
		ctx.facts.accounts = accounts;
		const login = loginCommand('gcloud', ctx);
		if (accounts.length === 0) {
			return {
				status: 'fail',
				summary: 'gcloud is not signed in',
				detail: 'Admin steps (projects, billing, APIs, IAM) run as your gcloud account.',
				fix: `Sign in: ${login}`,
				commands: [login],
			};
		}
		if (!active) {
			const pick = formatCommand(['gcloud', 'config', 'set', 'account', accounts[0]!]);
			return {
				status: 'fail',
				summary: `gcloud has ${accounts.length === 1 ? 'a signed-in account' : `${accounts.length} signed-in accounts`} but none is active`,
				detail: `Signed in: ${accounts.join(', ')}.`,
				fix: `Pick one: ${pick}`,
				commands: [pick],
			};
		}
		return sessionFinding(ctx, active, accounts, login);
	},
	async fixes(_finding, ctx) {
		const fixes: Fix[] = [];
		const accounts = ctx.facts.accounts ?? [];
		if (!ctx.facts.account && accounts.length > 0) {
			for (const account of accounts) {
				fixes.push({id: USE_PREFIX + account, title: `Use ${account}`, commands: [formatCommand(['gcloud', 'config', 'set', 'account', account])]});
			}
		}
		fixes.push(loginFix('gcloud', ctx, ctx.facts.account ? `Sign in to gcloud again as ${ctx.facts.account}` : undefined));
		return fixes;
	},
	async apply(fix, ctx) {
		if (fix.id.startsWith(USE_PREFIX)) return useAccount(fix.id.slice(USE_PREFIX.length), ctx);
		await runLogin('gcloud', ctx);
	},
};

async function sessionFinding(ctx: Context, active: string, accounts: string[], login: string): Promise<Finding> {
	const others = accounts.filter(a => a !== active);
	const also = others.length > 0 ? `Also signed in: ${others.join(', ')}.` : undefined;
	try {
		// Also primes the admin token cache for the steps that follow.
		await ctx.auth.admin();
	} catch (error) {
		if (error instanceof ReauthRequired || error instanceof NotSignedIn) {
			return {
				status: 'fail',
				summary: `gcloud session for ${active} has expired`,
				detail: `gcloud could not refresh its token (${error instanceof ReauthRequired ? error.reason : error.message}). Sessions expire after a password change, a revoked grant, or a Workspace session-length policy.`,
				fix: `Sign in again: ${login}`,
				commands: [login],
			};
		}
		throw error;
	}
	return {status: 'ok', summary: `Signed in to gcloud as ${active}`, detail: also};
}

async function useAccount(account: string, ctx: Context): Promise<void> {
	const checked = email(account);
	if (!checked.ok) throw new Error(checked.message);
	const args = ['config', 'set', 'account', checked.value];
	ctx.ran(formatCommand(['gcloud', ...args]));
	const result = await ctx.gcloud.run(args);
	if (result.exitCode !== 0) throw new Error(result.stderr.trim() || `gcloud config set account exited with code ${result.exitCode}`);
}
