import type {Problem} from './errors.js';

/**
 * Questions steps ask about a Problem. Each looks at the typed fields first and falls back to
 * Google's wording, because gcloud stderr and some clients lose the ErrorInfo detail.
 */
const SERVICE_DISABLED_TEXT = /has not been used in project \S+ before or it is disabled/;
const ACTIVATION_URL = /apis\/api\/([^/\s]+)\/overview/;

export function isServiceDisabled(p: Problem): boolean {
	return p.reason === 'SERVICE_DISABLED' || SERVICE_DISABLED_TEXT.test(p.message);
}

/** The service a SERVICE_DISABLED problem names, e.g. aiplatform.googleapis.com. */
export function disabledService(p: Problem): string | undefined {
	return p.metadata['service'] ?? ACTIVATION_URL.exec(p.message)?.[1];
}

export function isBillingProblem(p: Problem): boolean {
	return (
		p.reason === 'BILLING_DISABLED' ||
		p.reason === 'UREQ_PROJECT_BILLING_NOT_FOUND' ||
		p.violations.some((v) => v.type.includes('billing-enabled')) ||
		/requires billing to be enabled|Billing account for project .* is not found|billing must be enabled/i.test(p.message)
	);
}

export function isPermissionDenied(p: Problem): boolean {
	return (p.status === 'PERMISSION_DENIED' || p.httpStatus === 403) && !isServiceDisabled(p) && !isBillingProblem(p);
}

/** The permission a denial names: from ErrorInfo, or "Permission 'x.y.z' denied on …". */
export function deniedPermission(p: Problem): string | undefined {
	return p.metadata['permission'] ?? /Permission '([^']+)' denied/.exec(p.message)?.[1];
}

/** setIamPolicy with a stale etag: 409 ABORTED "There were concurrent policy changes…". */
export function isConcurrentChange(p: Problem): boolean {
	return p.httpStatus === 409 || p.status === 'ABORTED';
}

export function isNotFound(p: Problem): boolean {
	return p.httpStatus === 404 || p.status === 'NOT_FOUND';
}

/** Org policy constraints/iam.disableServiceAccountKeyCreation (secure-by-default orgs). */
export function isKeyCreationBlocked(p: Problem): boolean {
	return p.violations.some((v) => v.type.endsWith('iam.disableServiceAccountKeyCreation')) || /Key creation is not allowed/.test(p.message);
}
