import {cloudresourcemanager, type GlobalOptions} from '@googleapis/cloudresourcemanager';
import {iam} from '@googleapis/iam';
import {serviceusage} from '@googleapis/serviceusage';
import type {AuthClient} from 'google-auth-library';

/**
 * The @googleapis/* clients, built without a client-level rootUrl: that one drops any path
 * prefix (reference §5.8), so every call passes `{rootUrl}` itself (see `at`).
 *
 * googleapis-common pins its own copy of google-auth-library, whose class types differ from
 * ours by version only; at run time it just calls `auth.request()`, which every AuthClient has.
 */
const asAuth = (auth: AuthClient) => auth as unknown as GlobalOptions['auth'];

export const crmV1 = (auth: AuthClient) => cloudresourcemanager({version: 'v1', auth: asAuth(auth)});
export const crmV3 = (auth: AuthClient) => cloudresourcemanager({version: 'v3', auth: asAuth(auth)});
export const serviceUsageV1 = (auth: AuthClient) => serviceusage({version: 'v1', auth: asAuth(auth)});
export const iamV1 = (auth: AuthClient) => iam({version: 'v1', auth: asAuth(auth)});

/** Per-call options: the API root from Endpoints (keeps a path prefix) and an abort signal. */
export function at(rootUrl: string, signal?: AbortSignal): {rootUrl: string; signal?: AbortSignal} {
	return signal ? {rootUrl, signal} : {rootUrl};
}
