import {hasUnconditional} from '../google/iam-policy.js';
import {getIamPolicy} from '../google/resource-manager.js';
import type {Context} from './context.js';
import {grantFix, hasGrant, rolesToHold, VERTEX_ROLE} from './iam-findings.js';
import {NEEDS_PROJECT, plannedMember, plannedProject, type StepPlan} from './plan.js';

/** Blocked (nothing signed in yet): every role, to --principal or the identity already known. */
export async function planIam(ctx: Context): Promise<StepPlan> {
	const project = await plannedProject(ctx);
	if (!project) return {fixes: [], needs: NEEDS_PROJECT};
	const member = plannedMember(ctx);
	const kind = ctx.options.principalKind === 'serviceAccount' ? 'serviceAccount' : 'user';
	if (!member) return {fixes: [], needs: {flag: `--principal ${kind}:EMAIL`, what: `who gets ${VERTEX_ROLE}`}};
	let roles = rolesToHold(ctx);
	if (ctx.facts.project?.projectId === project) {
		try {
			const policy = await getIamPolicy(await ctx.auth.admin(), ctx.endpoints, project, ctx.signal);
			roles = roles.filter((r) => !(r === VERTEX_ROLE ? hasGrant(policy, member, [VERTEX_ROLE]) : hasUnconditional(policy, r, member)));
		} catch {
			// Can't look: plan every role (granting a held role changes nothing).
		}
	}
	return {fixes: roles.length > 0 ? [grantFix(project, member, roles)] : []};
}
