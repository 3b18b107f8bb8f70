import type {Problem} from '../google/errors.js';
import {formatCommand} from '../google/gcloud.js';
import {hasPredict, hasUnconditional, type Policy} from '../google/iam-policy.js';
import {deniedPermission, isConcurrentChange, isPermissionDenied} from '../google/problems.js';
import {testIamPermissions} from '../google/resource-manager.js';
import type {Context} from './context.js';
import {diagnosed} from './diagnose.js';
import {adcMember} from './iam-principal.js';
import type {Change, Finding, Fix} from './types.js';

export const VERTEX_ROLE = 'roles/aiplatform.user';
export const PREDICT = 'aiplatform.endpoints.predict';

/** roles/aiplatform.user, then the team profile's extra roles, each once. */
export function rolesToHold(ctx: Pick<Context, 'options'>): string[] {
	return [...new Set([VERTEX_ROLE, ...(ctx.options.roles ?? [])])];
}

/**
 * `--condition=None`: on a policy that holds any conditional binding, gcloud otherwise asks which
 * condition to use, and without a terminal refuses ("prohibited in non-interactive mode").
 */
export const grantCommand = (project: string, member: string, role: string = VERTEX_ROLE) =>
	formatCommand(['gcloud', 'projects', 'add-iam-policy-binding', project, `--member=${member}`, `--role=${role}`, '--condition=None']);

export const grantCommands = (project: string, member: string, roles: string[]) => roles.map((role) => grantCommand(project, member, role));

/**
 * One additive grant per role (never the whole policy); `changes` lets --dry-run --format
 * terraform write a google_project_iam_member each.
 */
export function grantFix(project: string, member: string, roles: string[]): Fix {
	const changes: Change[] = roles.map((role) => ({kind: 'grant-role', project, role, member}));
	return {id: 'grant', title: `Grant ${roles.join(', ')} to ${member} on ${project}`, commands: grantCommands(project, member, roles), changes};
}

/** Why a grant failed, with the exact commands an admin can run instead. */
export function grantFailed(ctx: Context, project: string, member: string, roles: string[], problem: Problem): Finding {
	const commands = grantCommands(project, member, roles);
	const what = roles.join(', ');
	if (isPermissionDenied(problem)) {
		return {
			status: 'fail',
			summary: `Can't grant ${what} on ${project}: your account lacks ${deniedPermission(problem) ?? 'resourcemanager.projects.setIamPolicy'}`,
			detail: 'Changing IAM needs Owner, Project IAM Admin or Security Admin on the project.',
			fix: `Ask a project admin to run: ${commands.join(' && ')}`,
			commands,
		};
	}
	if (isConcurrentChange(problem)) {
		return {status: 'fail', summary: `The IAM policy of ${project} kept changing while the role was being added`, detail: problem.message, fix: 'Run this again in a minute', commands};
	}
	return diagnosed(problem, ctx, `Can't grant ${what} on ${project}`);
}

/** The member holds the Vertex role, but not every extra role the team profile lists. */
export function extraRolesMissing(project: string, member: string, missing: string[], extra: string[]): Finding {
	return {
		status: 'fail',
		summary: `${member} lacks ${extra.join(', ')} on ${project}`,
		detail: `Your team profile (roles) asks for ${extra.length === 1 ? 'this role' : 'these roles'} besides ${VERTEX_ROLE}.`,
		fix: `Grant ${extra.join(', ')} to ${member} on ${project}`,
		commands: grantCommands(project, member, missing),
	};
}

/** An unconditional Vertex grant, and every extra role, for `member`. */
export function hasGrant(policy: Policy, member: string, roles: string[]): boolean {
	const grant = hasPredict(policy, member);
	return Boolean(grant && !grant.condition) && roles.every((r) => r === VERTEX_ROLE || hasUnconditional(policy, r, member));
}

/** The policy can't be read. Without getIamPolicy, the ADC principal can still ask Google about itself. */
export async function unreadablePolicy(ctx: Context, project: string, member: string, problem: Problem): Promise<Finding> {
	const commands = grantCommands(project, member, rolesToHold(ctx));
	if (isPermissionDenied(problem) && member === adcMember(ctx)) {
		const held = await testIamPermissions(await ctx.auth.adc(), ctx.endpoints, project, [PREDICT], ctx.signal).catch(() => [] as string[]);
		if (held.includes(PREDICT)) return {status: 'ok', summary: `${member} can call Gemini on ${project}`, detail: `Checked with testIamPermissions; your account can't read the project's IAM policy.`};
	}
	if (isPermissionDenied(problem)) {
		return {
			status: 'fail',
			summary: `Can't read the IAM policy of ${project}: your account lacks ${deniedPermission(problem) ?? 'resourcemanager.projects.getIamPolicy'}`,
			fix: `Ask a project admin to run: ${commands.join(' && ')}`,
			commands,
		};
	}
	return diagnosed(problem, ctx, `Can't read the IAM policy of ${project}`);
}
