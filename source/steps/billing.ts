import {getBillingInfo} from '../google/billing.js';
import {GoogleApiError} from '../google/errors.js';
import type {Context, Step} from './context.js';
import {diagnosed} from './diagnose.js';
import type {Finding} from './types.js';

/** Where a person links a billing account: it takes a payment method, so only they can do it. */
export function billingLink(ctx: Pick<Context, 'endpoints'>, project: string): string {
	return `${ctx.endpoints.console}/billing/linkedaccount?project=${encodeURIComponent(project)}`;
}

async function check(ctx: Context): Promise<Finding> {
	const project = ctx.facts.project?.projectId;
	if (!project) return {status: 'blocked', summary: 'No project to check billing on'};
	delete ctx.facts.billingEnabled;
	try {
		const info = await getBillingInfo(await ctx.auth.admin(), ctx.endpoints, project, ctx.signal);
		ctx.facts.billingEnabled = info.billingEnabled;
		if (info.billingEnabled) {
			return {status: 'ok', summary: `Billing enabled on ${project}`, detail: info.billingAccountName ? `Linked to ${info.billingAccountName}.` : undefined};
		}
		const link = billingLink(ctx, project);
		return {
			status: 'fail',
			summary: `Billing is not enabled on ${project}`,
			detail: info.billingAccountName
				? `${info.billingAccountName} is linked but closed. Vertex AI needs an open billing account.`
				: 'Vertex AI needs a billing account linked to the project, even for free-tier use.',
			fix: `Link a billing account at ${link}, then run this again.`,
			commands: ['gcloud billing accounts list', `gcloud billing projects link ${project} --billing-account=BILLING_ACCOUNT_ID`],
		};
	} catch (error) {
		if (!(error instanceof GoogleApiError)) throw error;
		// Not being allowed to read billing says nothing about whether it is on: don't block the
		// later steps; enabling the APIs will tell.
		return diagnosed(error.problem, ctx, `Can't check billing on ${project}`, 'warn');
	}
}

/** No fix: linking billing happens in the console. Steps that need billing are then blocked. */
export const billingStep: Step = {id: 'billing', title: 'Billing', needs: ['project'], check};
