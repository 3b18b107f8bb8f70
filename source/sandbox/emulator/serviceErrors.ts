import {type GoogleError, T, errorInfo, rpcError} from './errors.js';
import {helpToken} from './ids.js';

const DOMAIN = 'serviceusage.googleapis.com';

/** Service Usage ends its messages with a random `Help Token` line (part of `message`). */
function withHelp(message: string): string {
	return `${message}\nHelp Token: ${helpToken()}`;
}

/**
 * §3.4 verbatim for `enable` ("Permission denied to enable service [x]"); the `list` and
 * `get` wordings follow the same pattern (UNVERIFIED).
 */
export function suPermissionDenied(message: string): GoogleError {
	return rpcError(403, withHelp(message), [errorInfo('AUTH_PERMISSION_DENIED', DOMAIN)]);
}

/** An unknown service name (wording as commonly reported; UNVERIFIED). */
export function suServiceNotFound(services: string[]): GoogleError {
	const list = services.join(',');
	return rpcError(403, withHelp(`Not found or permission denied for service(s): ${list}.`), [
		{
			'@type': T.precondition,
			violations: [
				{type: 'googleapis.com', subject: `?error_code=220002&services=${services.join('&services=')}`, description: `Not found or permission denied for service(s): ${list}.`},
			],
		},
		errorInfo('SERVICE_CONFIG_NOT_FOUND_OR_PERMISSION_DENIED', DOMAIN, {services: list}),
	]);
}

/** §3.4 verbatim: enabling a paid API on a project without an open billing account. */
export function billingNotFound(projectNumber: string, services: string[]): GoogleError {
	const list = services.join(',');
	return rpcError(
		400,
		withHelp(`Billing account for project '${projectNumber}' is not found. Billing must be enabled for activation of service(s) '${list}' to proceed.`),
		[
			{
				'@type': T.precondition,
				violations: [
					{
						type: 'googleapis.com/billing-enabled',
						subject: `?error_code=390001&project=${projectNumber}&services=${services.join('&services=')}`,
					},
				],
			},
			errorInfo('UREQ_PROJECT_BILLING_NOT_FOUND', 'serviceusage.googleapis.com/billing-enabled', {project: projectNumber, services: list}),
		],
		'FAILED_PRECONDITION',
	);
}
