import type {AuthClient} from 'google-auth-library';
import type {Endpoints} from './endpoints.js';
import {call} from './errors.js';
import {projectId} from './ids.js';
import {valid} from './validate.js';

/** Cloud Billing `ProjectBillingInfo` (no per-API package: the AuthClient calls it directly). */
export interface ProjectBillingInfo {
	name?: string;
	projectId?: string;
	billingAccountName?: string;
	billingEnabled?: boolean;
}

export interface BillingState {
	billingEnabled: boolean;
	/** `billingAccounts/012345-567890-ABCDEF`, or undefined when none is linked. */
	billingAccountName?: string;
}

/**
 * Whether the project is linked to an open billing account. Google may send
 * `"billingEnabled": false, "billingAccountName": ""` or omit both (proto3 drops defaults):
 * both mean "not billed".
 */
export async function getBillingInfo(auth: AuthClient, endpoints: Endpoints, project: string, signal?: AbortSignal): Promise<BillingState> {
	const id = valid(projectId, project);
	const res = await call(() => auth.request<ProjectBillingInfo>({url: `${endpoints.billing}v1/projects/${id}/billingInfo`, method: 'GET', signal}));
	const info = res.data ?? {};
	return {billingEnabled: info.billingEnabled === true, billingAccountName: info.billingAccountName || undefined};
}
