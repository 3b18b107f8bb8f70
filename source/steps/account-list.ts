import type {Context} from './context.js';

/** `gcloud auth list --format=json` → the active account and every credentialed one (rc is always 0). */
export async function listAccounts(ctx: Pick<Context, 'gcloud'>): Promise<{active: string | null; accounts: string[]}> {
	const result = await ctx.gcloud.run(['auth', 'list', '--format=json'], {timeoutMs: 60_000});
	if (result.exitCode !== 0) {
		const line = result.stderr.split('\n').find(l => l.startsWith('ERROR:')) ?? result.stderr.trim();
		throw new Error(line || `gcloud auth list exited with code ${result.exitCode}`);
	}
	let rows: unknown;
	try {
		rows = JSON.parse(result.stdout || '[]');
	} catch {
		throw new Error('gcloud auth list --format=json did not print JSON');
	}
	const list = Array.isArray(rows) ? (rows as Array<{account?: unknown; status?: unknown}>) : [];
	const accounts = list.map(r => r.account).filter((a): a is string => typeof a === 'string' && a !== '');
	const active = list.find(r => r.status === 'ACTIVE' && typeof r.account === 'string');
	return {active: (active?.account as string | undefined) ?? null, accounts};
}

/** The gcloud account, from facts when the account step ran first, else asked of gcloud. */
export async function gcloudAccount(ctx: Pick<Context, 'gcloud' | 'facts'>): Promise<string | null> {
	if (ctx.facts.account !== undefined) return ctx.facts.account;
	if (!ctx.gcloud.executable) return null;
	return (await listAccounts(ctx).catch(() => ({active: null}))).active;
}
