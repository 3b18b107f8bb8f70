import {formatCommand} from '../google/gcloud.js';
import {email, member as memberId, memberFor} from '../google/ids.js';
import {listServiceAccounts} from '../google/service-accounts.js';
import type {Context} from './context.js';
import type {Choice, Finding} from './types.js';

/** `user:EMAIL`/`serviceAccount:EMAIL` as given, or a bare email turned into one. */
export function asMember(value: string): string {
	const v = value.trim();
	return email(v).ok ? memberFor(v) : v;
}

/** The identity the developer's code will run as: the ADC principal. */
export function adcMember(ctx: Context): string | undefined {
	const principal = ctx.facts.adc?.principal;
	return principal ? asMember(principal) : undefined;
}

/**
 * Who else could get the role: the gcloud account(s) and the project's service accounts.
 * A list that can't be read just offers fewer choices.
 */
export async function principalChoices(ctx: Context, project: string, initial: string): Promise<Choice<string>[]> {
	const choices: Choice<string>[] = [{label: initial, value: initial, hint: 'what your code runs as (Application Default Credentials)'}];
	const add = (value: string, hint: string) => {
		if (memberId(value).ok && !choices.some((c) => c.value.toLowerCase() === value.toLowerCase())) choices.push({label: value, value, hint});
	};
	for (const account of ctx.facts.accounts ?? (ctx.facts.account ? [ctx.facts.account] : [])) add(memberFor(account), 'gcloud account');
	try {
		const accounts = await listServiceAccounts(await ctx.auth.admin(), ctx.endpoints, project, ctx.signal);
		for (const sa of accounts.filter((a) => !a.disabled)) add(`serviceAccount:${sa.email}`, sa.displayName ? `service account: ${sa.displayName}` : 'service account');
	} catch {
		// Listing needs iam.serviceAccounts.list; without it the person can still pick from the rest.
	}
	return choices;
}

/**
 * The team's member of choice when nobody named one. Teams that run as a user get the ADC user
 * (or the gcloud account when ADC is a key); without a profile it is whatever ADC runs as.
 */
export function defaultMember(ctx: Context): string | undefined {
	const adc = adcMember(ctx);
	if (ctx.options.principalKind !== 'user' || adc?.startsWith('user:')) return adc;
	return ctx.facts.account ? memberFor(ctx.facts.account) : adc;
}

/**
 * A team profile that says `"principalKind": "serviceAccount"`: the service account that
 * should hold the roles. ADC that already runs as one wins; a project with one account uses it;
 * with several, the one already granted, else a person picks (or passes --principal). Returns a
 * finding when there is nothing to pick or nobody to ask.
 */
export async function teamServiceAccount(ctx: Context, project: string, holds: (member: string) => Promise<boolean>): Promise<string | Finding> {
	const adc = adcMember(ctx);
	if (adc?.startsWith('serviceAccount:')) return adc;
	const flag = '--principal serviceAccount:EMAIL';
	let accounts;
	try {
		accounts = (await listServiceAccounts(await ctx.auth.admin(), ctx.endpoints, project, ctx.signal)).filter((a) => !a.disabled);
	} catch {
		return {status: 'fail', summary: `Can't list the service accounts of ${project} to pick the one your team uses`, fix: `Run again with ${flag}`};
	}
	const members = accounts.map((a) => `serviceAccount:${a.email}`);
	if (members.length === 0) {
		return {
			status: 'fail',
			summary: `Your team profile asks for a service account, but ${project} has none`,
			fix: `Create one, then run again with ${flag}`,
			commands: [formatCommand(['gcloud', 'iam', 'service-accounts', 'create', 'vertex-runner', `--project=${project}`])],
		};
	}
	if (members.length === 1) return members[0]!;
	for (const m of members) if (await holds(m)) return m;
	if (!ctx.ask.interactive && !ctx.options.yes) {
		return {status: 'fail', summary: `${project} has ${members.length} service accounts; which one your team uses is not known`, detail: `Service accounts: ${members.join(', ')}.`, fix: `Run again with ${flag}`};
	}
	// --yes has no safe default here: the unattended prompter turns this into an error naming the flag.
	return ctx.ask.select({
		id: 'iam.principal',
		message: `Which service account should get roles/aiplatform.user on ${project}?`,
		choices: accounts.map((a, i) => ({label: members[i]!, value: members[i]!, hint: a.displayName})),
		flag,
	});
}
