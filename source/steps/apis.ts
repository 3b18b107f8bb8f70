import {GoogleApiError, type Problem} from '../google/errors.js';
import {formatCommand} from '../google/gcloud.js';
import {memberFor, serviceName} from '../google/ids.js';
import {deniedPermission, isBillingProblem, isPermissionDenied} from '../google/problems.js';
import {listEnabled} from '../google/service-usage.js';
import {valid} from '../google/validate.js';
import {apiLabel, enableApis} from './apis-enable.js';
import {billingLink} from './billing.js';
import type {Context} from './context.js';
import {diagnosed} from './diagnose.js';
import {NEEDS_PROJECT, plannedProject, type PlannableStep, type StepPlan} from './plan.js';
import {perRun} from './run-state.js';
import type {Finding, Fix} from './types.js';

export const REQUIRED_APIS = ['aiplatform.googleapis.com', 'generativelanguage.googleapis.com'];

/** What the last enable attempt in this run could not do, keyed by API. */
const state = perRun(() => ({failures: new Map<string, Problem>(), missing: [] as string[]}));

function required(ctx: Context): string[] {
	return [...new Set([...REQUIRED_APIS, ...(ctx.options.apis ?? [])].map((id) => valid(serviceName, id)))];
}

const enableCommand = (project: string, ids: string[]) => formatCommand(['gcloud', 'services', 'enable', ...ids, `--project=${project}`]);

async function check(ctx: Context): Promise<Finding> {
	const project = ctx.facts.project?.projectId;
	if (!project) return {status: 'blocked', summary: 'No project to enable APIs on'};
	let wanted: string[];
	try {
		wanted = required(ctx);
	} catch (error) {
		if (error instanceof GoogleApiError) return {status: 'fail', summary: error.problem.message, fix: 'Pass service names such as aiplatform.googleapis.com to --apis'};
		throw error;
	}
	let enabled: string[];
	try {
		enabled = await listEnabled(await ctx.auth.admin(), ctx.endpoints, project, ctx.signal);
	} catch (error) {
		if (!(error instanceof GoogleApiError)) throw error;
		if (isPermissionDenied(error.problem)) return cannotList(ctx, project, wanted);
		return diagnosed(error.problem, ctx, `Can't list the APIs enabled on ${project}`);
	}
	const missing = wanted.filter((id) => !enabled.includes(id));
	state(ctx).missing = missing;
	if (missing.length === 0) return {status: 'ok', summary: `APIs enabled: ${wanted.join(', ')}`};
	const failures = state(ctx).failures;
	const failed = missing.filter((id) => failures.has(id));
	if (failed.length > 0) return failedFinding(ctx, project, missing, failures.get(failed[0]!)!);
	return {
		status: 'fail',
		summary: missing.length === 1 ? `${apiLabel(missing[0]!)} is not enabled on ${project}` : `${missing.length} APIs are not enabled on ${project}: ${missing.join(', ')}`,
		fix: `Enable ${missing.join(' and ')}`,
		commands: [enableCommand(project, missing)],
	};
}

function adminMember(ctx: Context): string {
	return ctx.facts.account ? memberFor(ctx.facts.account) : 'user:YOUR_EMAIL';
}

/** Not even allowed to look: an admin can grant a viewer role, or check for you. */
function cannotList(ctx: Context, project: string, wanted: string[]): Finding {
	return {
		status: 'fail',
		summary: `Can't list the APIs enabled on ${project}: your account lacks serviceusage.services.list`,
		fix: `Ask a project admin to grant you roles/serviceusage.serviceUsageAdmin (to list and enable APIs), or to enable ${wanted.join(' and ')} for you.`,
		commands: [
			formatCommand(['gcloud', 'projects', 'add-iam-policy-binding', project, `--member=${adminMember(ctx)}`, '--role=roles/serviceusage.serviceUsageAdmin', '--condition=None']),
			enableCommand(project, wanted),
		],
	};
}

/** Why an enable failed, with who must do what. */
function failedFinding(ctx: Context, project: string, missing: string[], problem: Problem): Finding {
	const command = enableCommand(project, missing);
	if (isBillingProblem(problem)) {
		return {
			status: 'fail',
			summary: `Can't enable ${missing.join(', ')}: billing is not enabled on ${project}`,
			detail: problem.message,
			fix: `Link a billing account at ${billingLink(ctx, project)}, then run this again.`,
			commands: [command],
		};
	}
	if (isPermissionDenied(problem)) {
		const permission = deniedPermission(problem) ?? 'serviceusage.services.enable';
		return {
			status: 'fail',
			summary: `Can't enable ${missing.join(', ')} on ${project}: your account lacks ${permission}`,
			detail: `Enabling APIs needs ${permission}, which roles/serviceusage.serviceUsageAdmin (or Owner/Editor) carries. ${problem.message}`,
			fix: `Ask a project admin to grant you roles/serviceusage.serviceUsageAdmin, or to enable the APIs for you with: ${command}`,
			commands: [
				formatCommand(['gcloud', 'projects', 'add-iam-policy-binding', project, `--member=${adminMember(ctx)}`, '--role=roles/serviceusage.serviceUsageAdmin', '--condition=None']),
				command,
			],
		};
	}
	return diagnosed(problem, ctx, `Can't enable ${missing.join(', ')} on ${project}`);
}

async function fixes(_finding: Finding, ctx: Context): Promise<Fix[]> {
	const project = ctx.facts.project?.projectId;
	const {missing, failures} = state(ctx);
	// After a failed attempt, only a person (billing, an admin) can move things on.
	if (!project || missing.length === 0 || missing.some((id) => failures.has(id))) return [];
	return [enableFix(project, missing)];
}

/** One batch enable; `changes` lets --dry-run --format terraform write a google_project_service each. */
function enableFix(project: string, ids: string[]): Fix {
	return {
		id: 'enable',
		title: `Enable ${ids.join(', ')} on ${project}`,
		commands: [enableCommand(project, ids)],
		changes: ids.map((service) => ({kind: 'enable-service', project, service})),
	};
}

/**
 * Blocked (not signed in yet, or billing is off): every API the run needs, on the project from
 * the flags. When the project could be looked at, only the ones still off.
 */
async function plan(ctx: Context): Promise<StepPlan> {
	const project = await plannedProject(ctx);
	if (!project) return {fixes: [], needs: NEEDS_PROJECT};
	let missing: string[];
	try {
		missing = required(ctx);
	} catch (error) {
		if (error instanceof GoogleApiError) return {fixes: [], needs: {flag: '--apis', what: error.problem.message}};
		throw error;
	}
	if (ctx.facts.project?.projectId === project) {
		try {
			const enabled = await listEnabled(await ctx.auth.admin(), ctx.endpoints, project, ctx.signal);
			missing = missing.filter((id) => !enabled.includes(id));
		} catch {
			// Can't look: plan them all (enabling an enabled API changes nothing).
		}
	}
	return {fixes: missing.length > 0 ? [enableFix(project, missing)] : []};
}

async function apply(_fix: Fix, ctx: Context): Promise<void> {
	const project = ctx.facts.project?.projectId;
	const s = state(ctx);
	if (!project || s.missing.length === 0) return;
	const failures = await enableApis(ctx, await ctx.auth.admin(), project, s.missing);
	s.failures = failures;
	const enabled = s.missing.filter((id) => !failures.has(id));
	if (enabled.length > 0) {
		// Google takes minutes to notice an enable; the smoke test waits when this is recent.
		ctx.facts.changedAt = ctx.now();
		ctx.ran(enableCommand(project, enabled));
	}
}

export const apisStep: PlannableStep = {id: 'apis', title: 'APIs', needs: ['project', 'billing'], check, fixes, apply, plan};
