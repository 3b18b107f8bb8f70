import {invalidArgument, rpcError} from './errors.js';
import {type Principal, holds} from './permissions.js';
import {type EmulatorState, type ProjectState, findProject} from './state.js';

/** Cloud Billing v1 `ProjectBillingInfo` (no @googleapis package is installed for Cloud Billing). */
export interface ProjectBillingInfo {
	name: string;
	projectId: string;
	billingAccountName: string;
	billingEnabled: boolean;
}

/**
 * §4.1. An unlinked project is answered in the gcloud-snapshot form, with the empty string and
 * `false` present (Google sent them there), not the proto3 form that omits them.
 */
export function billingInfoView(p: ProjectState): ProjectBillingInfo {
	return {
		name: `projects/${p.projectId}/billingInfo`,
		projectId: p.projectId,
		billingAccountName: p.billingAccount ?? '',
		billingEnabled: p.billingAccount !== null,
	};
}

function billingProject(state: EmulatorState, who: Principal, now: number, ref: string, permissions: string[]): ProjectState {
	const p = findProject(state, ref);
	// Exact body for this denial is UNVERIFIED; Google's generic 403 is used.
	if (!p || !permissions.some(perm => holds(p, who, perm, now))) throw rpcError(403, 'The caller does not have permission');
	return p;
}

export function getBillingInfo(state: EmulatorState, who: Principal, now: number, ref: string): ProjectBillingInfo {
	return billingInfoView(billingProject(state, who, now, ref, ['resourcemanager.projects.get', 'billing.resourcebillinginfo.get']));
}

const ACCOUNT = /^billingAccounts\/[0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6}$/;

/** `PUT …/billingInfo`: link (or, with an empty name, unlink) a billing account. */
export function updateBillingInfo(
	state: EmulatorState,
	who: Principal,
	now: number,
	ref: string,
	body: {billingAccountName?: string | null},
): ProjectBillingInfo {
	const account = body.billingAccountName ?? '';
	const permission = account ? 'resourcemanager.projects.createBillingAssignment' : 'resourcemanager.projects.deleteBillingAssignment';
	const p = billingProject(state, who, now, ref, [permission]);
	if (account && !ACCOUNT.test(account)) throw invalidArgument(`Invalid billing account name: ${account}.`);
	p.billingAccount = account || null;
	return billingInfoView(p);
}
