import {type Detail, GoogleError, T, errorInfo, rpcError, statusBody} from './errors.js';

/** The RPC being called, for the `metadata{method, service}` of auth errors. */
export interface Rpc {
	service: string;
	method: string;
}

const SEE = 'See https://developers.google.com/identity/sign-in/web/devconsole-project.';
const WWW_AUTH = {'www-authenticate': 'Bearer realm="https://accounts.google.com/"'};

/** §8.4, verbatim: no Authorization header at all. */
export function credentialsMissing(rpc: Rpc): GoogleError {
	const body = statusBody(
		401,
		`Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. ${SEE}`,
		[errorInfo('CREDENTIALS_MISSING', 'googleapis.com', {method: rpc.method, service: rpc.service})],
	);
	// The v1 `errors[]` entry sits before `status`, as Google sends it.
	const {code, message, status, details} = body.error;
	const errors = [{message: 'Login Required.', domain: 'global', reason: 'required', location: 'Authorization', locationType: 'header'}];
	return new GoogleError(401, {error: {code, message, errors, status, details}}, WWW_AUTH);
}

/** §8.4: an unknown, malformed or expired token. */
export function accessTokenExpired(rpc: Rpc): GoogleError {
	const body = statusBody(
		401,
		`Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. ${SEE}`,
		[errorInfo('ACCESS_TOKEN_EXPIRED', 'googleapis.com', {method: rpc.method, service: rpc.service})],
	);
	return new GoogleError(401, body, WWW_AUTH);
}

/** A token whose scopes do not cover this API. */
export function scopeInsufficient(rpc: Rpc): GoogleError {
	return rpcError(403, 'Request had insufficient authentication scopes.', [
		errorInfo('ACCESS_TOKEN_SCOPE_INSUFFICIENT', 'googleapis.com', {method: rpc.method, service: rpc.service}),
	]);
}

const ACTIVATION = (service: string, project: string) =>
	`https://console.developers.google.com/apis/api/${service}/overview?project=${project}`;

/** §7.3.2: the API is not enabled (or not yet propagated) in the consumer project. */
export function serviceDisabled(service: string, title: string, project: string): GoogleError {
	const url = ACTIVATION(service, project);
	const message = `${title} has not been used in project ${project} before or it is disabled. Enable it by visiting ${url} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`;
	const details: Detail[] = [
		errorInfo('SERVICE_DISABLED', 'googleapis.com', {
			activationUrl: url,
			service,
			consumer: `projects/${project}`,
			containerInfo: project,
			serviceTitle: title,
		}),
		{'@type': T.localized, locale: 'en-US', message},
		{'@type': T.help, links: [{description: 'Google developers console API activation', url}]},
	];
	return rpcError(403, message, details);
}

/** §8.2: the project has no open billing account. */
export function billingDisabled(service: string, projectNumber: string): GoogleError {
	const url = `https://console.developers.google.com/billing/enable?project=${projectNumber}`;
	return rpcError(
		403,
		`This API method requires billing to be enabled. Please enable billing on project #${projectNumber} by visiting ${url} then retry. If you enabled billing for this project recently, wait a few minutes for the action to propagate to our systems and retry.`,
		[
			{'@type': T.help, links: [{description: 'Google developers console billing', url}]},
			errorInfo('BILLING_DISABLED', 'googleapis.com', {service, consumer: `projects/${projectNumber}`}),
		],
	);
}

/**
 * The caller may not charge quota to the `x-goog-user-project` it named. Wording as commonly
 * reported for USER_PROJECT_DENIED; not in the reference (UNVERIFIED).
 */
export function userProjectDenied(service: string, project: string): GoogleError {
	const url = `https://console.developers.google.com/iam-admin/iam/project?project=${project}`;
	const message = `Caller does not have required permission to use project ${project}. Grant the caller the roles/serviceusage.serviceUsageConsumer role, or a custom role with the serviceusage.services.use permission, by visiting ${url} and then retry. Propagation of the new permission may take a few minutes.`;
	return rpcError(403, message, [
		{'@type': T.help, links: [{description: 'Google developer console IAM admin', url}]},
		{'@type': T.localized, locale: 'en-US', message},
		errorInfo('USER_PROJECT_DENIED', 'googleapis.com', {service, consumer: `projects/${project}`}),
	]);
}
