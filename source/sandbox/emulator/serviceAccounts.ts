import type {iam_v1} from '@googleapis/iam';
import {type GoogleError, T, errorInfo, rpcError} from './errors.js';
import {newUniqueId} from './ids.js';
import {page} from './paging.js';
import {type Principal, holds} from './permissions.js';
import {type EmulatorState, type ProjectState, type ServiceAccountState, findProject, saProjectId, serviceAccountEmail} from './state.js';
import {compact} from './wire.js';

type ServiceAccount = iam_v1.Schema$ServiceAccount;
export const IAM_HOST = 'iam.googleapis.com';

/** IAM's denial names the permission but not the resource (§8.3 item 3). */
export function iamApiDenied(permission: string): GoogleError {
	return rpcError(403, `Permission '${permission}' denied on resource (or it may not exist).`, [
		errorInfo('IAM_PERMISSION_DENIED', IAM_HOST, {permission}),
	]);
}

export function saView(projectId: string, sa: ServiceAccountState): ServiceAccount {
	return compact({
		name: `projects/${projectId}/serviceAccounts/${sa.email}`,
		projectId,
		uniqueId: sa.uniqueId,
		email: sa.email,
		displayName: sa.displayName,
		description: sa.description,
		etag: 'MDEwMjE5MjA=',
		oauth2ClientId: sa.uniqueId,
		disabled: sa.disabled,
	});
}

export function saProject(state: EmulatorState, who: Principal, now: number, ref: string, permission: string): ProjectState {
	const p = findProject(state, ref);
	if (!p || !holds(p, who, permission, now)) throw iamApiDenied(permission);
	return p;
}

/** With `projects/-/…` the project comes from the account's email, or a search by unique ID. */
function ownerOf(state: EmulatorState, saRef: string): ProjectState | undefined {
	if (saRef.includes('@')) {
		const projectId = saProjectId(saRef);
		return projectId === undefined ? undefined : state.projects[projectId];
	}
	return Object.values(state.projects).find(p => Object.values(p.serviceAccounts).some(sa => sa.uniqueId === saRef));
}

/** `projects/{p}/serviceAccounts/{email-or-uniqueId}`; with `-` as project a miss is 403, not 404. */
export function resolveServiceAccount(
	state: EmulatorState,
	who: Principal,
	now: number,
	ref: string,
	saRef: string,
	permission: string,
): {project: ProjectState; sa: ServiceAccountState} {
	const owner = ref === '-' ? ownerOf(state, saRef) : findProject(state, ref);
	if (!owner || !holds(owner, who, permission, now)) throw iamApiDenied(permission);
	const sa = Object.values(owner.serviceAccounts).find(s => s.email === saRef || s.uniqueId === saRef);
	if (!sa) throw ref === '-' ? iamApiDenied(permission) : rpcError(404, 'Unknown service account');
	return {project: owner, sa};
}

export function listServiceAccounts(
	state: EmulatorState,
	who: Principal,
	now: number,
	ref: string,
	args: {pageSize?: string | null; pageToken?: string | null},
): iam_v1.Schema$ListServiceAccountsResponse {
	const p = saProject(state, who, now, ref, 'iam.serviceAccounts.list');
	const all = Object.values(p.serviceAccounts).map(sa => saView(p.projectId, sa));
	const {items, nextPageToken} = page(all, args, 20, 100);
	return compact({accounts: items, nextPageToken});
}

const ACCOUNT_ID = /^[a-z]([-a-z0-9]*[a-z0-9])$/;

function badAccountId(message: string): GoogleError {
	return rpcError(400, message, [{'@type': T.debugInfo, detail: message}]);
}

export function createServiceAccount(
	state: EmulatorState,
	who: Principal,
	now: number,
	ref: string,
	body: iam_v1.Schema$CreateServiceAccountRequest,
): ServiceAccount {
	const p = saProject(state, who, now, ref, 'iam.serviceAccounts.create');
	const accountId = body.accountId ?? '';
	// §4.2 verbatim for the length; the pattern message is UNVERIFIED.
	if (accountId.length < 6 || accountId.length > 30) {
		throw badAccountId(`The account ID "${accountId}" does not have a length between 6 and 30.`);
	}
	if (!ACCOUNT_ID.test(accountId)) {
		throw badAccountId(
			`The account ID "${accountId}" is invalid: it must start with a lowercase letter and contain only lowercase letters, digits and hyphens, and must not end with a hyphen.`,
		);
	}
	const email = serviceAccountEmail(accountId, p.projectId);
	if (p.serviceAccounts[email]) {
		throw rpcError(409, `Service account ${accountId} already exists within project projects/${p.projectId}.`, [
			{'@type': T.resourceInfo, resourceName: `projects/${p.projectId}/serviceAccounts/${email}`},
		], 'ALREADY_EXISTS');
	}
	const sa: ServiceAccountState = {
		accountId,
		email,
		uniqueId: newUniqueId(),
		...(body.serviceAccount?.displayName ? {displayName: body.serviceAccount.displayName} : {}),
		...(body.serviceAccount?.description ? {description: body.serviceAccount.description} : {}),
		keys: {},
	};
	p.serviceAccounts[email] = sa;
	return saView(p.projectId, sa);
}
