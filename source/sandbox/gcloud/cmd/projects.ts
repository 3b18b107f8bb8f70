/** `gcloud projects list | describe | get-iam-policy` against Cloud Resource Manager v1. */
import type {Ctx} from '../context.js';
import {flag} from '../context.js';
import {UsageError} from '../errors.js';
import {applyFilter} from '../format/filter.js';
import {getPath, renderList, renderOne} from '../format/format.js';
import {callApi} from '../http.js';
import {authorize} from '../session.js';
import {asGcloudPolicy} from './etag.js';

type Project = Record<string, unknown>;

/**
 *   PROJECT_ID   NAME        PROJECT_NUMBER
 *   my-proj-123  My Project  123456789012
 */
export async function projectsList(ctx: Ctx): Promise<void> {
	const auth = await authorize(ctx);
	const projects: Project[] = [];
	let pageToken: string | undefined;
	do {
		const page = await callApi<{projects?: Project[]; nextPageToken?: string}>(ctx, 'cloudresourcemanager', 'v1/projects', {
			...auth,
			query: {filter: 'lifecycleState:ACTIVE', pageSize: '500', pageToken},
		});
		projects.push(...(page.projects ?? []));
		pageToken = page.nextPageToken || undefined;
	} while (pageToken);
	const shown = limit(ctx, sortBy(ctx, applyFilter(projects, flag(ctx, 'filter'))));
	ctx.out(
		renderList(shown, ctx.format, {
			columns: [
				{label: 'PROJECT_ID', get: (p) => text(p, 'projectId')},
				{label: 'NAME', get: (p) => text(p, 'name')},
				{label: 'PROJECT_NUMBER', get: (p) => text(p, 'projectNumber')},
			],
			sortBy: (p) => text(p, 'projectId'),
		}),
	);
	listedZero(ctx, shown.length);
}

export async function projectsDescribe(ctx: Ctx): Promise<void> {
	const project = requireProjectArg(ctx, 'PROJECT_ID_OR_NUMBER');
	const auth = await authorize(ctx);
	ctx.out(renderOne(await callApi(ctx, 'cloudresourcemanager', `v1/projects/${project}`, auth), ctx.format));
}

export async function projectsGetIamPolicy(ctx: Ctx): Promise<void> {
	const project = requireProjectArg(ctx, 'PROJECT_ID');
	const auth = await authorize(ctx);
	const policy = await callApi<{etag?: string}>(ctx, 'cloudresourcemanager', `v1/projects/${project}:getIamPolicy`, {
		...auth,
		body: {options: {requestedPolicyVersion: 3}},
	});
	ctx.out(renderOne(asGcloudPolicy(policy), ctx.format));
}

/** The positional project, percent-encoded so nothing in it can change the request path. */
export function requireProjectArg(ctx: Ctx, name: string): string {
	const project = ctx.args[0];
	if (!project) throw new UsageError(`argument ${name}: Must be specified.`, true);
	return encodeURIComponent(project);
}

/** List commands print `Listed 0 items.` when the default format shows nothing. */
export function listedZero(ctx: Ctx, count: number): void {
	if (count === 0 && ctx.format.kind === 'default') ctx.err('Listed 0 items.\n');
}

export function limit<T>(ctx: Ctx, items: T[]): T[] {
	const value = flag(ctx, 'limit');
	if (value === undefined) return items;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new UsageError(`argument --limit: Value must be greater than or equal to 1; received: ${value}`);
	return items.slice(0, n);
}

/** `--sort-by=KEY` or `~KEY` (descending), comma-separated. */
export function sortBy<T>(ctx: Ctx, items: T[]): T[] {
	const keys = flag(ctx, 'sort-by')?.split(',').filter(Boolean);
	if (!keys || keys.length === 0) return items;
	return [...items].sort((a, b) => {
		for (const raw of keys) {
			const desc = raw.startsWith('~');
			const key = desc ? raw.slice(1) : raw;
			const x = String(getPath(a, key) ?? '');
			const y = String(getPath(b, key) ?? '');
			if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
		}
		return 0;
	});
}

function text(resource: unknown, key: string): string {
	const value = getPath(resource, key);
	return value === undefined || value === null ? '' : String(value);
}
