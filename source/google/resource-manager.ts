import type {cloudresourcemanager_v1} from '@googleapis/cloudresourcemanager';
import type {AuthClient} from 'google-auth-library';
import type {ProjectSummary} from '../steps/types.js';
import {at, crmV1, crmV3} from './clients.js';
import type {Endpoints} from './endpoints.js';
import {call} from './errors.js';
import {projectId, projectNumber} from './ids.js';
import {valid} from './validate.js';

export type Policy = cloudresourcemanager_v1.Schema$Policy;

export interface ProjectInfo extends ProjectSummary {
	/** ACTIVE, DELETE_REQUESTED… */
	state: string;
}

/** Keeps a caller-visible bound on a runaway pager (a server that never stops sending tokens). */
const MAX_PAGES = 1000;

/**
 * Every ACTIVE project the caller can see (v3 projects:search, all pages, 500 a page).
 * The server may return fewer than 500 a page and `{}` when nothing matches.
 */
export async function searchAllProjects(auth: AuthClient, endpoints: Endpoints, signal?: AbortSignal): Promise<ProjectSummary[]> {
	const crm = crmV3(auth);
	const projects: ProjectSummary[] = [];
	let pageToken: string | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		const res = await call(() => crm.projects.search({query: 'state:ACTIVE', pageSize: 500, pageToken}, at(endpoints.resourceManager, signal)));
		for (const p of res.data.projects ?? []) {
			if (!p.projectId) continue;
			projects.push({projectId: p.projectId, name: p.displayName || p.projectId, projectNumber: numberOf(p.name)});
		}
		pageToken = res.data.nextPageToken || undefined;
		if (!pageToken) break;
	}
	return projects;
}

/** One project by ID or number (v3 `projects/{id-or-number}`). */
export async function getProject(auth: AuthClient, endpoints: Endpoints, idOrNumber: string, signal?: AbortSignal): Promise<ProjectInfo> {
	const ref = projectNumber(idOrNumber).ok ? valid(projectNumber, idOrNumber) : valid(projectId, idOrNumber);
	const res = await call(() => crmV3(auth).projects.get({name: `projects/${ref}`}, at(endpoints.resourceManager, signal)));
	const p = res.data;
	return {projectId: p.projectId ?? ref, name: p.displayName || p.projectId || ref, projectNumber: numberOf(p.name), state: p.state ?? 'STATE_UNSPECIFIED'};
}

/** The project's policy at version 3, so conditional bindings come back whole. */
export async function getIamPolicy(auth: AuthClient, endpoints: Endpoints, project: string, signal?: AbortSignal): Promise<Policy> {
	const resource = valid(projectId, project);
	const res = await call(() =>
		crmV1(auth).projects.getIamPolicy({resource, requestBody: {options: {requestedPolicyVersion: 3}}}, at(endpoints.resourceManager, signal)),
	);
	return res.data;
}

/**
 * Writes a whole policy. The etag inside makes it conditional: a concurrent change answers
 * 409 ABORTED. No updateMask, as gcloud does: the default (bindings, etag) leaves auditConfigs alone.
 */
export async function setIamPolicy(auth: AuthClient, endpoints: Endpoints, project: string, policy: Policy, signal?: AbortSignal): Promise<Policy> {
	const resource = valid(projectId, project);
	const res = await call(() => crmV1(auth).projects.setIamPolicy({resource, requestBody: {policy}}, at(endpoints.resourceManager, signal)));
	return res.data;
}

/** The subset of `permissions` the caller holds on the project (`{}` from the server means none). */
export async function testIamPermissions(auth: AuthClient, endpoints: Endpoints, project: string, permissions: string[], signal?: AbortSignal): Promise<string[]> {
	const resource = valid(projectId, project);
	const res = await call(() =>
		crmV1(auth).projects.testIamPermissions({resource, requestBody: {permissions}}, at(endpoints.resourceManager, signal)),
	);
	return res.data.permissions ?? [];
}

/** v3 `name` is `projects/123456789012`. */
function numberOf(name: string | null | undefined): string {
	return name?.startsWith('projects/') ? name.slice('projects/'.length) : '';
}
