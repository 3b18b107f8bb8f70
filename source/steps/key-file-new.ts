import {access} from 'node:fs/promises';
import path from 'node:path';
import {formatCommand} from '../google/gcloud.js';
import {createKey, listServiceAccounts} from '../google/service-accounts.js';
import type {Context} from './context.js';
import {shellPath} from './key-file-check.js';
import {writeKeyFileExclusive} from './key-file-write.js';
import type {Finding, Fix} from './types.js';

/**
 * `--key-file PATH` naming a file that does not exist yet is a request for a new key there.
 * The key is written with mode 0600 from its first byte; an org policy that forbids keys is a
 * normal answer, met with the safer alternatives.
 */
export async function requestedNewKey(ctx: Context): Promise<string | undefined> {
	if (!ctx.options.keyFile) return undefined;
	const file = path.resolve(ctx.cwd, ctx.options.keyFile);
	return access(file).then(
		() => undefined,
		() => file,
	);
}

export function newKeyFinding(file: string, ctx: Context): Finding {
	const shown = shellPath(file, ctx.home);
	const blocked = ctx.facts.keyBlocked;
	if (blocked) {
		return {
			status: 'fail',
			summary: `Can't create a key for ${blocked.account}: your organization forbids service-account keys`,
			detail: `The org policy ${blocked.constraint} blocks new keys (the default for organizations created since May 2024). Keys are long-lived secrets; the safer ways to run as a service account need none.`,
			fix: `Use your own credentials for ADC, or impersonate the service account: gcloud auth application-default login --impersonate-service-account=${blocked.account}`,
			commands: ['gcloud auth application-default login', `gcloud auth application-default login --impersonate-service-account=${blocked.account}`],
		};
	}
	return {
		status: 'fail',
		summary: `Key file ${shown} does not exist yet`,
		detail: ctx.facts.project ? 'A new key for a service account can be created there, private to you (mode 600).' : 'Choose a project first, so a service account can be picked.',
	};
}

export function newKeyFix(file: string, ctx: Context): Fix[] {
	const project = ctx.facts.project?.projectId;
	if (!project || ctx.facts.keyBlocked) return [];
	const account = serviceAccountOf(ctx);
	const shown = shellPath(file, ctx.home);
	return [
		{
			id: 'key.create',
			title: `Create a new key${account ? ` for ${account}` : ''} at ${shown}`,
			commands: [formatCommand(['gcloud', 'iam', 'service-accounts', 'keys', 'create', file, `--iam-account=${account ?? 'SERVICE_ACCOUNT_EMAIL'}`, `--project=${project}`])],
		},
	];
}

export async function createNewKey(file: string, ctx: Context): Promise<void> {
	const project = ctx.facts.project?.projectId;
	if (!project) return;
	const auth = await ctx.auth.admin();
	const account = serviceAccountOf(ctx) ?? (await pickServiceAccount(ctx, project));
	const result = await createKey(auth, ctx.endpoints, project, account, ctx.signal);
	if (!result.ok) {
		ctx.facts.keyBlocked = {account, constraint: result.constraint};
		return;
	}
	await writeKeyFileExclusive(file, result.text);
	ctx.ran(formatCommand(['gcloud', 'iam', 'service-accounts', 'keys', 'create', file, `--iam-account=${account}`, `--project=${project}`]));
}

function serviceAccountOf(ctx: Context): string | undefined {
	for (const member of [ctx.options.principal, ctx.facts.principal]) {
		if (member?.startsWith('serviceAccount:')) return member.slice('serviceAccount:'.length);
	}
	return undefined;
}

async function pickServiceAccount(ctx: Context, project: string): Promise<string> {
	const accounts = await listServiceAccounts(await ctx.auth.admin(), ctx.endpoints, project, ctx.signal);
	if (accounts.length === 0) throw new Error(`${project} has no service accounts. Create one first: gcloud iam service-accounts create vertex-runner --project=${project}`);
	return ctx.ask.select({
		id: 'key.account',
		message: 'Which service account should the new key belong to?',
		choices: accounts.map((a) => ({label: a.email, value: a.email, hint: a.displayName})),
		initial: accounts.length === 1 ? accounts[0]!.email : undefined,
		flag: '--principal serviceAccount:EMAIL',
	});
}
