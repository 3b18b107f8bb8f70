import {GoogleApiError, type Problem} from '../google/errors.js';
import {formatCommand} from '../google/gcloud.js';
import {problemFromGcloud} from '../google/gcloud-errors.js';
import {projectId} from '../google/ids.js';
import {valid} from '../google/validate.js';
import {searchAllProjects} from '../google/resource-manager.js';
import type {Context} from './context.js';
import {diagnosed} from './diagnose.js';
import {configuredProject, NEEDS_PROJECT, type PlannableStep, type StepPlan} from './plan.js';
import {resolveProject, type Resolved} from './project-resolve.js';
import {perRun} from './run-state.js';
import type {Finding, Fix, ProjectSummary} from './types.js';

const state = perRun(() => ({
	/** The project picked in this run: it wins over everything else on the re-check. */
	chosen: undefined as string | undefined,
	/** What a picked name or number turned out to be, said again on the re-check. */
	pickedNote: undefined as string | undefined,
	projects: undefined as Promise<ProjectSummary[]> | undefined,
	/** Nothing to pick from (no projects, or the list can't be read): no fix to offer. */
	noChoice: false,
}));

type Source = 'picked' | 'flag' | 'gcloud' | 'env';

/** The project list, fetched once per run (a many-project account has thousands). */
function allProjects(ctx: Context): Promise<ProjectSummary[]> {
	const s = state(ctx);
	if (!s.projects) {
		s.projects = ctx.auth.admin().then((auth) => searchAllProjects(auth, ctx.endpoints, ctx.signal));
		s.projects.catch(() => (s.projects = undefined)); // a failed fetch is tried again next time
	}
	return s.projects;
}

/** The project in use: picked in this run, then --project, then gcloud's, then GOOGLE_CLOUD_PROJECT. */
async function currentValue(ctx: Context): Promise<{value: string; source: Source} | undefined> {
	const chosen = state(ctx).chosen;
	if (chosen) return {value: chosen, source: 'picked'};
	if (ctx.options.project) return {value: ctx.options.project, source: 'flag'};
	const configured = await configuredProject(ctx);
	if (configured) return {value: configured, source: 'gcloud'};
	const env = ctx.env.GOOGLE_CLOUD_PROJECT?.trim();
	return env ? {value: env, source: 'env'} : undefined;
}

async function check(ctx: Context): Promise<Finding> {
	state(ctx).noChoice = false;
	delete ctx.facts.project;
	const current = await currentValue(ctx);
	if (!current) return noProject(ctx);
	let resolved: Resolved;
	try {
		resolved = await resolveProject(current.value, await ctx.auth.admin(), ctx.endpoints, () => allProjects(ctx), ctx.signal);
	} catch (error) {
		if (error instanceof GoogleApiError) return cannotList(error.problem, ctx, `Can't check project ${current.value}`);
		throw error;
	}
	if (!resolved.ok) return {status: 'fail', summary: resolved.summary, detail: resolved.detail, fix: 'Choose another project'};
	const {project, note} = resolved;
	if (project.state !== 'ACTIVE') {
		return {
			status: 'fail',
			summary: `Project ${project.projectId} is not active (${project.state})`,
			detail: 'A project that is pending deletion cannot run Vertex AI.',
			fix: 'Choose another project',
		};
	}
	ctx.facts.project = {projectId: project.projectId, projectNumber: project.projectNumber, name: project.name};
	const summary = `Using project ${project.name} (${project.projectId})`;
	if (note && current.source === 'gcloud') {
		// gcloud commands and the client libraries want the ID; a number or a name in the config trips them.
		return {
			status: 'warn',
			summary,
			detail: `${note}, but gcloud's config holds '${current.value}'.`,
			fix: `Set gcloud's project to ${project.projectId}`,
			commands: [setCommand(project.projectId)],
		};
	}
	if (current.source === 'flag' && ctx.gcloud.executable && !(await configuredProject(ctx))) {
		// --project answers this run only: with no project in gcloud's config the next run (and
		// the person's gcloud commands) would have none. Another project there is left alone:
		// that is someone's choice.
		return {
			status: 'warn',
			summary,
			detail: 'gcloud has no project set, so gcloud commands and later runs would have none.',
			fix: `Set gcloud's project to ${project.projectId}`,
			commands: [setCommand(project.projectId)],
		};
	}
	return {status: 'ok', summary, detail: note ?? (current.source === 'picked' ? state(ctx).pickedNote : undefined)};
}

async function noProject(ctx: Context): Promise<Finding> {
	let projects: ProjectSummary[];
	try {
		projects = await allProjects(ctx);
	} catch (error) {
		if (error instanceof GoogleApiError) return cannotList(error.problem, ctx, 'No project is selected, and the project list cannot be read');
		throw error;
	}
	if (projects.length === 0) {
		state(ctx).noChoice = true;
		const url = `${ctx.endpoints.console}/projectcreate`;
		return {
			status: 'fail',
			summary: 'Your account has no Google Cloud projects',
			detail: 'Vertex AI runs inside a project. Create one (it takes a minute), then run this again.',
			fix: `Create a project at ${url}`,
			commands: ['gcloud projects create PROJECT_ID'],
		};
	}
	const count = `${projects.length} project${projects.length === 1 ? '' : 's'}`;
	return {status: 'fail', summary: 'No Google Cloud project is selected', detail: `Your account can use ${count}.`, fix: 'Choose a project'};
}

function cannotList(problem: Problem, ctx: Context, prefix: string): Finding {
	state(ctx).noChoice = true;
	return diagnosed(problem, ctx, prefix);
}

const setCommand = (id: string) => formatCommand(['gcloud', 'config', 'set', 'project', id]);

async function fixes(finding: Finding, ctx: Context): Promise<Fix[]> {
	if (state(ctx).noChoice) return [];
	const id = ctx.facts.project?.projectId;
	if (finding.status === 'warn' && id) return [{id: 'set-config', title: `Set gcloud's project to ${id}`, commands: [setCommand(id)]}];
	// Without gcloud there is no config to hold the choice: the person's code reads the variable.
	const commands = ctx.gcloud.executable ? ['gcloud projects list', setCommand('PROJECT_ID')] : ['export GOOGLE_CLOUD_PROJECT=PROJECT_ID'];
	return [{id: 'choose', title: 'Choose a project', commands, asks: true}];
}

async function apply(fix: Fix, ctx: Context): Promise<void> {
	let id = ctx.facts.project?.projectId;
	if (fix.id === 'choose') {
		const projects = await allProjects(ctx);
		const picked = (await ctx.ask.pickProject({projects, current: (await currentValue(ctx))?.value})).trim();
		const resolved = await resolveProject(picked, await ctx.auth.admin(), ctx.endpoints, () => allProjects(ctx), ctx.signal);
		// An unknown pick is kept too: the re-check then says what is wrong with it.
		id = resolved.ok ? resolved.project.projectId : picked;
		state(ctx).chosen = id;
		state(ctx).pickedNote = resolved.ok ? resolved.note : undefined;
		if (!resolved.ok) return;
	}
	if (!id || !ctx.gcloud.executable) return;
	const args = ['config', 'set', 'project', valid(projectId, id)];
	const res = await ctx.gcloud.run(args);
	if (res.exitCode !== 0) throw new GoogleApiError(problemFromGcloud(res));
	ctx.ran(formatCommand(['gcloud', ...args]));
}

/**
 * Blocked (gcloud is not signed in yet): --project becomes gcloud's project when it has none.
 * Nothing can be checked against Google yet, so only a well-formed ID is planned.
 */
async function plan(ctx: Context): Promise<StepPlan> {
	const wanted = ctx.options.project?.trim();
	const configured = await configuredProject(ctx);
	if (!wanted) return {fixes: [], needs: configured || ctx.env.GOOGLE_CLOUD_PROJECT?.trim() ? undefined : NEEDS_PROJECT};
	const checked = projectId(wanted);
	if (!checked.ok) return {fixes: [], needs: {flag: '--project PROJECT_ID', what: checked.message}};
	// As the check does: a project already in gcloud's config is left alone.
	if (!ctx.gcloud.executable || configured) return {fixes: []};
	return {fixes: [{id: 'set-config', title: `Set gcloud's project to ${checked.value}`, commands: [setCommand(checked.value)]}]};
}

export const projectStep: PlannableStep = {id: 'project', title: 'Project', needs: ['account'], check, fixes, apply, plan};
