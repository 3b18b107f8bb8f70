import {GoogleApiError, type Problem} from '../google/errors.js';
import {formatCommand} from '../google/gcloud.js';
import {member as memberId} from '../google/ids.js';
import {grantRole, hasPredict} from '../google/iam-policy.js';
import {deniedPermission, isConcurrentChange, isPermissionDenied} from '../google/problems.js';
import {getIamPolicy, testIamPermissions, type Policy} from '../google/resource-manager.js';
import type {Context, Step} from './context.js';
import {diagnosed} from './diagnose.js';
import {adcMember, asMember, principalChoices} from './iam-principal.js';
import {perRun} from './run-state.js';
import type {Finding, Fix} from './types.js';

export const VERTEX_ROLE = 'roles/aiplatform.user';
const PREDICT = 'aiplatform.endpoints.predict';

const state = perRun(() => ({
	chosen: undefined as string | undefined,
	asked: false,
	/** Why the last grant in this run failed. */
	failure: undefined as Problem | undefined,
	/** The policy can't be read: nothing this tool can grant either. */
	noFix: false,
}));

const grantCommand = (project: string, member: string) =>
	formatCommand(['gcloud', 'projects', 'add-iam-policy-binding', project, `--member=${member}`, `--role=${VERTEX_ROLE}`]);

async function check(ctx: Context): Promise<Finding> {
	const project = ctx.facts.project?.projectId;
	if (!project) return {status: 'blocked', summary: 'No project to check IAM on'};
	const s = state(ctx);
	s.noFix = false;
	const member = ctx.options.principal ? asMember(ctx.options.principal) : (s.chosen ?? adcMember(ctx));
	if (!member) {
		s.noFix = true;
		return {status: 'fail', summary: 'No principal to check: Application Default Credentials are not set up', fix: 'Set up ADC, or pass --principal user:EMAIL'};
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
		return unreadablePolicy(ctx, project, member, error.problem);
	}
	const grant = hasPredict(policy, member);
	if (grant && !grant.condition) return {status: 'ok', summary: `${member} has ${grant.role} on ${project}`, detail: notAdc(ctx, member)};
	if (!grant && shouldAsk(ctx)) {
		s.asked = true;
		const choices = await principalChoices(ctx, project, member);
		if (choices.length > 1) {
			s.chosen = await ctx.ask.select({id: 'iam.principal', message: `Who should get ${VERTEX_ROLE} on ${project}?`, choices, initial: member, flag: '--principal'});
			if (s.chosen !== member) return check(ctx);
		}
	}
	if (s.failure) return grantFailed(ctx, project, member, s.failure);
	if (grant?.condition) {
		return {
			status: 'warn',
			summary: `${member} has ${grant.role} on ${project} only under the condition '${grant.condition.title ?? grant.condition.expression}'`,
			detail: `Condition: ${grant.condition.expression}. Requests outside it are denied.`,
			fix: `Grant ${VERTEX_ROLE} to ${member} on ${project} without a condition`,
			commands: [grantCommand(project, member)],
		};
	}
	return {
		status: 'fail',
		summary: `${member} can't call Gemini on ${project}: no role grants ${PREDICT}`,
		detail: `${VERTEX_ROLE} (Vertex AI User) is the smallest predefined role that does. Grants through a group or a custom role are not visible here.`,
		fix: `Grant ${VERTEX_ROLE} to ${member} on ${project}`,
		commands: [grantCommand(project, member)],
	};
}

/** Ask only when the choice matters (a grant is about to be offered) and a person is there to answer. */
function shouldAsk(ctx: Context): boolean {
	const s = state(ctx);
	return ctx.ask.interactive && !ctx.options.principal && !s.asked && !s.failure;
}

function notAdc(ctx: Context, member: string): string | undefined {
	const adc = adcMember(ctx);
	return adc && adc.toLowerCase() !== member.toLowerCase() ? `Your code runs as ${adc}, not ${member}.` : undefined;
}

/** Without getIamPolicy, the ADC principal can still ask Google about itself. */
async function unreadablePolicy(ctx: Context, project: string, member: string, problem: Problem): Promise<Finding> {
	state(ctx).noFix = true;
	if (isPermissionDenied(problem) && member === adcMember(ctx)) {
		const held = await testIamPermissions(await ctx.auth.adc(), ctx.endpoints, project, [PREDICT], ctx.signal).catch(() => [] as string[]);
		if (held.includes(PREDICT)) return {status: 'ok', summary: `${member} can call Gemini on ${project}`, detail: `Checked with testIamPermissions; your account can't read the project's IAM policy.`};
	}
	if (isPermissionDenied(problem)) {
		return {
			status: 'fail',
			summary: `Can't read the IAM policy of ${project}: your account lacks ${deniedPermission(problem) ?? 'resourcemanager.projects.getIamPolicy'}`,
			fix: `Ask a project admin to run: ${grantCommand(project, member)}`,
			commands: [grantCommand(project, member)],
		};
	}
	return diagnosed(problem, ctx, `Can't read the IAM policy of ${project}`);
}

function grantFailed(ctx: Context, project: string, member: string, problem: Problem): Finding {
	const command = grantCommand(project, member);
	if (isPermissionDenied(problem)) {
		return {
			status: 'fail',
			summary: `Can't grant ${VERTEX_ROLE} on ${project}: your account lacks ${deniedPermission(problem) ?? 'resourcemanager.projects.setIamPolicy'}`,
			detail: 'Changing IAM needs Owner, Project IAM Admin or Security Admin on the project.',
			fix: `Ask a project admin to run: ${command}`,
			commands: [command],
		};
	}
	if (isConcurrentChange(problem)) {
		return {status: 'fail', summary: `The IAM policy of ${project} kept changing while the role was being added`, detail: problem.message, fix: 'Run this again in a minute', commands: [command]};
	}
	return diagnosed(problem, ctx, `Can't grant ${VERTEX_ROLE} on ${project}`);
}

async function fixes(_finding: Finding, ctx: Context): Promise<Fix[]> {
	const project = ctx.facts.project?.projectId;
	const member = ctx.facts.principal;
	const s = state(ctx);
	if (!project || !member || s.noFix || s.failure) return [];
	return [{id: 'grant', title: `Grant ${VERTEX_ROLE} to ${member} on ${project}`, commands: [grantCommand(project, member)]}];
}

async function apply(_fix: Fix, ctx: Context): Promise<void> {
	const project = ctx.facts.project?.projectId;
	const member = ctx.facts.principal;
	if (!project || !member) return;
	try {
		const result = await grantRole(await ctx.auth.admin(), ctx.endpoints, project, VERTEX_ROLE, member, {retries: 5, sleep: (ms) => ctx.sleep(ms), signal: ctx.signal});
		if (result.changed) {
			// Google takes a minute or more to honour a new grant; the smoke test waits when this is recent.
			ctx.facts.changedAt = ctx.now();
			ctx.ran(grantCommand(project, member));
		}
	} catch (error) {
		if (!(error instanceof GoogleApiError)) throw error;
		state(ctx).failure = error.problem;
	}
}

export const iamStep: Step = {id: 'iam', title: 'IAM role', needs: ['project', 'adc'], check, fixes, apply};
