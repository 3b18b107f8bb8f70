import type {cloudresourcemanager_v1, cloudresourcemanager_v3} from '@googleapis/cloudresourcemanager';
import {iamDenied, invalidArgument, rpcError} from './errors.js';
import {page} from './paging.js';
import {type Principal, canSee} from './permissions.js';
import {compileProjectQuery} from './projectQuery.js';
import {type EmulatorState, type ProjectState, findProject} from './state.js';
import {compact} from './wire.js';

export const CRM_HOST = 'cloudresourcemanager.googleapis.com';
const DEFAULT_PAGE = 500;
const MAX_PAGE = 1000;

export function toV1(p: ProjectState): cloudresourcemanager_v1.Schema$Project {
	return compact({
		projectNumber: p.projectNumber,
		projectId: p.projectId,
		lifecycleState: p.state,
		name: p.name,
		createTime: p.createTime,
		...(p.parent ? {parent: {type: p.parent.type, id: p.parent.id}} : {}),
	});
}

export function toV3(p: ProjectState): cloudresourcemanager_v3.Schema$Project {
	return compact({
		name: `projects/${p.projectNumber}`,
		...(p.parent ? {parent: `${p.parent.type === 'organization' ? 'organizations' : 'folders'}/${p.parent.id}`} : {}),
		projectId: p.projectId,
		state: p.state,
		displayName: p.name,
		createTime: p.createTime,
		updateTime: p.createTime,
		etag: `W/"${p.projectNumber.slice(-10)}"`,
	});
}

/** v1 hides projects you cannot see behind a bare 403 (never 404). */
export function v1Project(state: EmulatorState, who: Principal, now: number, id: string): ProjectState {
	const p = findProject(state, id);
	if (!canSee(p, who, now)) throw rpcError(403, 'The caller does not have permission');
	return p;
}

/** v3 names the missing permission and the resource as the caller wrote it. */
export function v3Project(state: EmulatorState, who: Principal, now: number, idOrNumber: string, permission = 'resourcemanager.projects.get'): ProjectState {
	const p = findProject(state, idOrNumber);
	if (!canSee(p, who, now)) throw iamDenied(permission, CRM_HOST, `projects/${idOrNumber}`);
	return p;
}

function visible(state: EmulatorState, who: Principal, now: number, query: string | null | undefined): ProjectState[] {
	const match = compileProjectQuery(query);
	return Object.values(state.projects).filter(p => match(p) && canSee(p, who, now));
}

export interface ListArgs {
	filter?: string | null;
	pageSize?: string | null;
	pageToken?: string | null;
}

export function listV1(state: EmulatorState, who: Principal, now: number, args: ListArgs): cloudresourcemanager_v1.Schema$ListProjectsResponse {
	const {items, nextPageToken} = page(visible(state, who, now, args.filter), args, DEFAULT_PAGE, MAX_PAGE);
	return compact({projects: items.map(toV1), nextPageToken});
}

export function searchV3(
	state: EmulatorState,
	who: Principal,
	now: number,
	args: {query?: string | null; pageSize?: string | null; pageToken?: string | null},
): cloudresourcemanager_v3.Schema$SearchProjectsResponse {
	const {items, nextPageToken} = page(visible(state, who, now, args.query), args, DEFAULT_PAGE, MAX_PAGE);
	return compact({projects: items.map(toV3), nextPageToken});
}

/** v3 `projects.list` needs a parent; the sandbox's projects mostly have none. */
export function listV3(
	state: EmulatorState,
	who: Principal,
	now: number,
	args: {parent?: string | null; pageSize?: string | null; pageToken?: string | null},
): cloudresourcemanager_v3.Schema$ListProjectsResponse {
	if (!args.parent || !/^(organizations|folders)\/\d+$/.test(args.parent)) {
		throw invalidArgument('Request contains an invalid argument.');
	}
	const all = visible(state, who, now, `parent:${args.parent}`);
	const {items, nextPageToken} = page(all, args, DEFAULT_PAGE, MAX_PAGE);
	return compact({projects: items.map(toV3), nextPageToken});
}
