import {member as memberId, memberFor, projectId} from '../google/ids.js';
import type {Context, Step} from './context.js';
import {asMember, adcMember} from './iam-principal.js';
import type {Fix} from './types.js';

/**
 * What a step would change, worked out without its check: for `--dry-run` when a step it needs
 * failed (on a fresh machine nothing is signed in yet, so nothing in the cloud can be looked at).
 * The plan assumes the steps before it get fixed first, and fills in the values from the flags
 * (--project, --principal) and whatever the run did find out.
 */
export interface StepPlan {
	fixes: Fix[];
	/** What can't be planned without a flag: the flag, and what it would be used for. */
	needs?: {flag: string; what: string};
}

/** A step that can plan its fixes while blocked. Still plain data plus plain functions. */
export interface PlannableStep extends Step {
	plan?(ctx: Context): Promise<StepPlan>;
}

export const NEEDS_PROJECT = {flag: '--project PROJECT_ID', what: 'the project to set up'};

/**
 * The project a blocked step plans for: the one the project step found, --project, gcloud's
 * configured one, then GOOGLE_CLOUD_PROJECT (the order the project step uses). Only a valid ID
 * goes into a command.
 */
export async function plannedProject(ctx: Context): Promise<string | undefined> {
	const found = ctx.facts.project?.projectId ?? ctx.options.project ?? (await configuredProject(ctx)) ?? ctx.env.GOOGLE_CLOUD_PROJECT?.trim();
	return found && projectId(found).ok ? found : undefined;
}

/** gcloud's `core/project`, or undefined when unset or gcloud is missing. */
export async function configuredProject(ctx: Context): Promise<string | undefined> {
	if (!ctx.gcloud.executable) return undefined;
	const res = await ctx.gcloud.run(['config', 'get-value', 'project']);
	const value = res.exitCode === 0 ? res.stdout.trim() : '';
	return value && value !== '(unset)' ? value : undefined;
}

/**
 * Who a blocked IAM step would grant to: --principal, then what the code will run as (ADC), then
 * the gcloud account. A team that uses service accounts must name one.
 */
export function plannedMember(ctx: Context): string | undefined {
	if (ctx.options.principal) {
		const m = asMember(ctx.options.principal);
		return memberId(m).ok ? m : undefined;
	}
	if (ctx.options.principalKind === 'serviceAccount') {
		const adc = adcMember(ctx);
		return adc?.startsWith('serviceAccount:') ? adc : undefined;
	}
	return adcMember(ctx) ?? (ctx.facts.account ? memberFor(ctx.facts.account) : undefined);
}
