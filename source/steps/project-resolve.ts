import type {AuthClient} from 'google-auth-library';
import type {Endpoints} from '../google/endpoints.js';
import {GoogleApiError, type Problem} from '../google/errors.js';
import {projectId, projectNumber} from '../google/ids.js';
import {isNotFound, isPermissionDenied} from '../google/problems.js';
import {getProject, type ProjectInfo} from '../google/resource-manager.js';
import type {ProjectSummary} from './types.js';

export type Resolved =
	| {ok: true; project: ProjectInfo; note?: string}
	| {ok: false; summary: string; detail?: string; problem?: Problem};

/**
 * What a typed project means: an ID, a project number, or a display name. Numbers and names are
 * mapped to the ID and the mapping is said out loud, because gcloud and the libraries want the ID.
 *
 *   resolveProject('Vertex Demo', …) → {ok: true, project: {projectId: 'vertex-demo-123', …},
 *     note: "'Vertex Demo' is a display name; the project ID is vertex-demo-123"}
 */
export async function resolveProject(
	value: string,
	auth: AuthClient,
	endpoints: Endpoints,
	listAll: () => Promise<ProjectSummary[]>,
	signal?: AbortSignal,
): Promise<Resolved> {
	const typed = value.trim();
	const isId = projectId(typed).ok;
	const isNumber = !isId && projectNumber(typed).ok;
	let denied: Problem | undefined;
	if (isId || isNumber) {
		try {
			const project = await getProject(auth, endpoints, typed, signal);
			const note = isNumber ? `${typed} is a project number; the project ID is ${project.projectId}` : undefined;
			return {ok: true, project, note};
		} catch (error) {
			// Google answers 403, not 404, for a project you cannot see: it may not exist at all.
			if (!(error instanceof GoogleApiError) || !(isPermissionDenied(error.problem) || isNotFound(error.problem))) throw error;
			denied = error.problem;
		}
	}
	// Not an ID (or not one we can see): it may be a display name, which can look like an ID too.
	const named = (await listAll()).filter((p) => p.name.toLowerCase() === typed.toLowerCase());
	if (named.length === 1) {
		const project = await getProject(auth, endpoints, named[0]!.projectId, signal);
		return {ok: true, project, note: `'${typed}' is a display name; the project ID is ${project.projectId}`};
	}
	if (named.length > 1) {
		return {
			ok: false,
			summary: `'${typed}' is the display name of ${named.length} projects`,
			detail: `Project IDs: ${named.map((p) => p.projectId).join(', ')}. Pick one by its ID.`,
		};
	}
	if (denied) return {ok: false, summary: `Project ${typed} does not exist, or your account can't see it`, detail: denied.message, problem: denied};
	const checked = projectId(typed);
	return {ok: false, summary: `No project has the ID, number or name '${typed}'`, detail: checked.ok ? undefined : checked.message};
}
