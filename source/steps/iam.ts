import {GoogleApiError, type Problem} from '../google/errors.js';
import {member as memberId} from '../google/ids.js';
import {grantRole, hasPredict, hasUnconditional} from '../google/iam-policy.js';
import {getIamPolicy, type Policy} from '../google/resource-manager.js';
import type {Context} from './context.js';
import {extraRolesMissing, grantCommands, grantFailed, grantFix, hasGrant, PREDICT, rolesToHold, unreadablePolicy, VERTEX_ROLE} from './iam-findings.js';
import {planIam} from './iam-plan.js';
import {adcMember, asMember, defaultMember, principalChoices, teamServiceAccount} from './iam-principal.js';
import type {PlannableStep} from './plan.js';
import {perRun} from './run-state.js';
import type {Finding, Fix} from './types.js';

export {VERTEX_ROLE} from './iam-findings.js';

const state = perRun(() => ({
	chosen: undefined as string | undefined,
	asked: false,
	/** Why the last grant in this run failed. */
	failure: undefined as Problem | undefined,
	/** The policy can't be read (or no member is known): nothing this tool can grant either. */
	noFix: false,
	/** The roles the member still lacks, as of the last check. */
	missing: [] as string[],
}));

/** --principal, a member picked in this run, the team's kind of principal, else what ADC runs as. */
async function memberToCheck(ctx: Context, project: string): Promise<string | Finding> {
	const s = state(ctx);
	if (ctx.options.principal) return asMember(ctx.options.principal);
	if (s.chosen) return s.chosen;
	if (ctx.options.principalKind === 'serviceAccount') {
		let policy: Promise<Policy | undefined> | undefined;
		const holds = async (m: string) => {
			policy ??= ctx.auth.admin().then((auth) => getIamPolicy(auth, ctx.endpoints, project, ctx.signal)).catch(() => undefined);
			const read = await policy;
			return read ? hasGrant(read, m, rolesToHold(ctx)) : false;
		};
		const picked = await teamServiceAccount(ctx, project, holds);
		if (typeof picked === 'string') s.chosen = picked;
		return picked;
	}
	return defaultMember(ctx) ?? {status: 'fail', summary: 'No principal to check: Application Default Credentials are not set up', fix: 'Set up ADC, or pass --principal user:EMAIL'};
}

async function check(ctx: Context): Promise<Finding> {
	const project = ctx.facts.project?.projectId;
	if (!project) return {status: 'blocked', summary: 'No project to check IAM on'};
	const s = state(ctx);
	s.noFix = false;
	s.missing = [];
	const member = await memberToCheck(ctx, project);
	if (typeof member !== 'string') {
		s.noFix = true;
		return member;
	}
	const checked = memberId(member);
	if (!checked.ok) {
		s.noFix = true;
		return {status: 'fail', summary: checked.message, fix: 'Pass --principal user:EMAIL or serviceAccount:EMAIL'};
	}
	ctx.facts.principal = member;
	let policy: Policy;
	try {
		policy = await getIamPolicy(await ctx.auth.admin(), ctx.endpoints, project, ctx.signal);
	} catch (error) {
		if (!(error instanceof GoogleApiError)) throw error;
		s.noFix = true;
		return unreadablePolicy(ctx, project, member, error.problem);
	}
	const grant = hasPredict(policy, member);
	// Extra roles are granted without a condition, each its own additive binding.
	const extra = rolesToHold(ctx).filter((r) => r !== VERTEX_ROLE && !hasUnconditional(policy, r, member));
	s.missing = [...(grant && !grant.condition ? [] : [VERTEX_ROLE]), ...extra];
	if (s.missing.length === 0) {
		const held = [grant!.role, ...rolesToHold(ctx).filter((r) => r !== VERTEX_ROLE)].join(', ');
		return {status: 'ok', summary: `${member} has ${held} on ${project}`, detail: notAdc(ctx, member)};
	}
	if (!grant && shouldAsk(ctx)) {
		s.asked = true;
		const choices = await principalChoices(ctx, project, member);
		if (choices.length > 1) {
			s.chosen = await ctx.ask.select({id: 'iam.principal', message: `Who should get ${VERTEX_ROLE} on ${project}?`, choices, initial: member, flag: '--principal'});
			if (s.chosen !== member) return check(ctx);
		}
	}
	if (s.failure) return grantFailed(ctx, project, member, s.missing, s.failure);
	if (!grant) {
		return {
			status: 'fail',
			summary: `${member} can't call Gemini on ${project}: no role grants ${PREDICT}`,
			detail: `${VERTEX_ROLE} (Vertex AI User) is the smallest predefined role that does. Grants through a group or a custom role are not visible here.`,
			fix: `Grant ${s.missing.join(', ')} to ${member} on ${project}`,
			commands: grantCommands(project, member, s.missing),
		};
	}
	if (extra.length > 0) return extraRolesMissing(project, member, s.missing, extra);
	return {
		status: 'warn',
		summary: `${member} has ${grant.role} on ${project} only under the condition '${grant.condition!.title ?? grant.condition!.expression}'`,
		detail: `Condition: ${grant.condition!.expression}. Requests outside it are denied.`,
		fix: `Grant ${VERTEX_ROLE} to ${member} on ${project} without a condition`,
		commands: grantCommands(project, member, s.missing),
	};
}

/** Ask only when the choice matters (a grant is about to be offered) and a person is there to answer. */
function shouldAsk(ctx: Context): boolean {
	const s = state(ctx);
	return ctx.ask.interactive && !ctx.options.principal && ctx.options.principalKind !== 'serviceAccount' && !s.asked && !s.failure;
}

function notAdc(ctx: Context, member: string): string | undefined {
	const adc = adcMember(ctx);
	return adc && adc.toLowerCase() !== member.toLowerCase() ? `Your code runs as ${adc}, not ${member}.` : undefined;
}

async function fixes(_finding: Finding, ctx: Context): Promise<Fix[]> {
	const project = ctx.facts.project?.projectId;
	const member = ctx.facts.principal;
	const s = state(ctx);
	if (!project || !member || s.noFix || s.failure || s.missing.length === 0) return [];
	return [grantFix(project, member, s.missing)];
}

/** Each role its own read-modify-write with the etag: other bindings are never touched. */
async function apply(_fix: Fix, ctx: Context): Promise<void> {
	const project = ctx.facts.project?.projectId;
	const member = ctx.facts.principal;
	if (!project || !member) return;
	try {
		for (const role of state(ctx).missing) {
			const result = await grantRole(await ctx.auth.admin(), ctx.endpoints, project, role, member, {retries: 5, sleep: (ms) => ctx.sleep(ms), signal: ctx.signal});
			if (!result.changed) continue;
			// Google takes a minute or more to honour a new grant; the smoke test waits when this is recent.
			ctx.facts.changedAt = ctx.now();
			ctx.ran(grantCommands(project, member, [role])[0]!);
		}
	} catch (error) {
		if (!(error instanceof GoogleApiError)) throw error;
		state(ctx).failure = error.problem;
	}
}

export const iamStep: PlannableStep = {id: 'iam', title: 'IAM role', needs: ['project', 'adc'], check, fixes, apply, plan: planIam};
