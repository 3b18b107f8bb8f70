import {email, member as memberId, memberFor} from '../google/ids.js';
import {listServiceAccounts} from '../google/service-accounts.js';
import type {Context} from './context.js';
import type {Choice} from './types.js';

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
