import {OAuth2Client} from 'google-auth-library';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {call, GoogleApiError, toProblem} from '../../source/google/errors.js';
import {problemFromGcloud} from '../../source/google/gcloud-errors.js';
import {
	deniedPermission,
	disabledService,
	isBillingProblem,
	isConcurrentChange,
	isKeyCreationBlocked,
	isPermissionDenied,
	isServiceDisabled,
} from '../../source/google/problems.js';
import {cannedServer} from './wire-server.js';

// Bodies from the wire reference (§2.4.1, §3.4, §4.2, §7.3.2, §8.3).
const SERVICE_DISABLED_MESSAGE =
	'Agent Platform API has not been used in project my-proj-123 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=my-proj-123 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.';
const serviceDisabled = {
	error: {
		code: 403,
		message: SERVICE_DISABLED_MESSAGE,
		status: 'PERMISSION_DENIED',
		details: [
			{
				'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
				reason: 'SERVICE_DISABLED',
				domain: 'googleapis.com',
				metadata: {service: 'aiplatform.googleapis.com', consumer: 'projects/my-proj-123', containerInfo: 'my-proj-123', serviceTitle: 'Agent Platform API'},
			},
			{'@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: SERVICE_DISABLED_MESSAGE},
		],
	},
};
const billingPrecondition = {
	error: {
		code: 400,
		message: "Billing account for project '522837608576' is not found. Billing must be enabled for activation of service(s) 'aiplatform.googleapis.com' to proceed.\nHelp Token: ARD_zUbFpP-0qySPromvgtJNdw33QM1HJpmBG",
		status: 'FAILED_PRECONDITION',
		details: [
			{'@type': 'type.googleapis.com/google.rpc.PreconditionFailure', violations: [{type: 'googleapis.com/billing-enabled', subject: '?error_code=390001&project=522837608576'}]},
			{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'UREQ_PROJECT_BILLING_NOT_FOUND', domain: 'serviceusage.googleapis.com/billing-enabled', metadata: {project: '522837608576'}},
		],
	},
};
const aborted = {error: {code: 409, message: 'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.', status: 'ABORTED'}};
const keyBlocked = {
	error: {
		code: 400,
		message: 'Key creation is not allowed on this service account.',
		status: 'FAILED_PRECONDITION',
		details: [
			{
				'@type': 'type.googleapis.com/google.rpc.PreconditionFailure',
				violations: [{type: 'constraints/iam.disableServiceAccountKeyCreation', subject: 'projects/p/serviceAccounts/sa@p.iam.gserviceaccount.com', description: 'Key creation is not allowed on this service account.'}],
			},
		],
	},
};
const predictDenied = {
	error: {
		code: 403,
		message: "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p/locations/global/publishers/google/models/m' (or it may not exist).",
		errors: [{message: "Permission 'aiplatform.endpoints.predict' denied on resource (or it may not exist).", domain: 'global', reason: 'forbidden'}],
		status: 'PERMISSION_DENIED',
		details: [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'IAM_PERMISSION_DENIED', domain: 'aiplatform.googleapis.com', metadata: {permission: 'aiplatform.endpoints.predict', resource: 'projects/p/locations/global/publishers/google/models/m'}}],
	},
};

let server: Awaited<ReturnType<typeof cannedServer>>;
beforeAll(async () => {
	server = await cannedServer();
});
afterAll(() => server.close());

/** The GaxiosError an AuthClient really raises for this answer. */
async function errorFor(status: number, body: unknown): Promise<unknown> {
	server.reply(status, body);
	const client = new OAuth2Client();
	client.setCredentials({access_token: 'test-token'});
	return client.request({url: `${server.url}v1/thing`, method: 'POST', data: {}}).then(
		() => expect.fail('the request should have failed'),
		(error: unknown) => error,
	);
}

describe('toProblem on real GaxiosErrors', () => {
	it('reads SERVICE_DISABLED from the ErrorInfo detail', async () => {
		const p = toProblem(await errorFor(403, serviceDisabled));
		expect(p).toMatchObject({httpStatus: 403, status: 'PERMISSION_DENIED', reason: 'SERVICE_DISABLED', domain: 'googleapis.com'});
		expect(p.metadata.service).toBe('aiplatform.googleapis.com');
		expect(p.message).toBe(SERVICE_DISABLED_MESSAGE);
		expect(isServiceDisabled(p) && !isPermissionDenied(p)).toBe(true);
		expect(disabledService(p)).toBe('aiplatform.googleapis.com');
	});

	it('reads the billing precondition and drops the Help Token', async () => {
		const p = toProblem(await errorFor(400, billingPrecondition));
		expect(p).toMatchObject({httpStatus: 400, status: 'FAILED_PRECONDITION', reason: 'UREQ_PROJECT_BILLING_NOT_FOUND'});
		expect(p.violations[0]?.type).toBe('googleapis.com/billing-enabled');
		expect(p.message).not.toContain('Help Token');
		expect(isBillingProblem(p)).toBe(true);
		expect(isPermissionDenied(p)).toBe(false);
	});

	it('recognises a concurrent IAM change (409 ABORTED)', async () => {
		const p = toProblem(await errorFor(409, aborted));
		expect(p).toMatchObject({httpStatus: 409, status: 'ABORTED'});
		expect(isConcurrentChange(p)).toBe(true);
	});

	it('recognises the org policy that blocks key creation', async () => {
		const p = toProblem(await errorFor(400, keyBlocked));
		expect(isKeyCreationBlocked(p)).toBe(true);
	});

	it('names the denied permission, and keeps Google message over the v1 errors[] text', async () => {
		const p = toProblem(await errorFor(403, predictDenied));
		expect(p.reason).toBe('IAM_PERMISSION_DENIED');
		expect(deniedPermission(p)).toBe('aiplatform.endpoints.predict');
		expect(isPermissionDenied(p)).toBe(true);
		expect(p.message).toContain('//aiplatform.googleapis.com/projects/p/');
	});

	it('reads a streaming error array', async () => {
		const p = toProblem(await errorFor(429, [{error: {code: 429, message: 'Resource exhausted. Please try again later.', status: 'RESOURCE_EXHAUSTED'}}]));
		expect(p).toMatchObject({httpStatus: 429, status: 'RESOURCE_EXHAUSTED', message: 'Resource exhausted. Please try again later.'});
	});

	it('reads an OAuth token error from a refresh', async () => {
		server.reply(400, {error: 'invalid_grant', error_description: 'reauth related error (invalid_rapt)', error_subtype: 'invalid_rapt'});
		const client = new OAuth2Client({clientId: 'id', clientSecret: 'secret', endpoints: {oauth2TokenUrl: `${server.url}token`}});
		client.setCredentials({refresh_token: '1//refresh'});
		const error = await client.getAccessToken().then(
			() => expect.fail('the refresh should have failed'),
			(e: unknown) => e,
		);
		const p = toProblem(error);
		expect(p).toMatchObject({httpStatus: 400, reason: 'invalid_grant', message: 'invalid_grant: reauth related error (invalid_rapt)'});
		expect(p.metadata.error_subtype).toBe('invalid_rapt');
	});

	it('keeps the system code of a network failure', async () => {
		const closed = await cannedServer();
		await closed.close();
		const client = new OAuth2Client();
		client.setCredentials({access_token: 't'});
		const error = await client.request({url: `${closed.url}x`, retry: false}).catch((e: unknown) => e);
		const p = toProblem(error);
		expect(p.code).toBe('ECONNREFUSED');
		expect(p.httpStatus).toBeUndefined();
	});

	it('call() rethrows as GoogleApiError, once', async () => {
		const error = await call(() => errorFor(409, aborted).then((e) => Promise.reject(e))).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GoogleApiError);
		expect((error as GoogleApiError).problem.status).toBe('ABORTED');
		const again = await call(() => Promise.reject(error)).catch((e: unknown) => e);
		expect(again).toBe(error);
	});
});

describe('toProblem on other shapes', () => {
	it("parses @google/genai's ApiError, whose message is the JSON body", () => {
		const apiError = Object.assign(new Error(JSON.stringify(serviceDisabled)), {name: 'ApiError', status: 403});
		expect(toProblem(apiError)).toMatchObject({httpStatus: 403, reason: 'SERVICE_DISABLED'});
	});

	it('takes a plain string or Error as the message', () => {
		expect(toProblem('boom').message).toBe('boom');
		expect(toProblem(new Error('bad')).message).toBe('bad');
	});
});

describe('problemFromGcloud', () => {
	it('reads status, message and the YAML ErrorInfo from gcloud stderr (§8.6)', () => {
		const stderr = [
			"ERROR: (gcloud.services.enable) FAILED_PRECONDITION: Billing account for project '522837608576' is not found. Billing must be enabled for activation of service(s) 'aiplatform.googleapis.com' to proceed.",
			"- '@type': type.googleapis.com/google.rpc.PreconditionFailure",
			'  violations:',
			'  - subject: ?error_code=390001&project=522837608576',
			'    type: googleapis.com/billing-enabled',
			"- '@type': type.googleapis.com/google.rpc.ErrorInfo",
			'  domain: serviceusage.googleapis.com/billing-enabled',
			'  metadata:',
			"    project: '522837608576'",
			'    services: aiplatform.googleapis.com',
			'  reason: UREQ_PROJECT_BILLING_NOT_FOUND',
			'',
		].join('\n');
		const p = problemFromGcloud({stderr, exitCode: 1});
		expect(p).toMatchObject({status: 'FAILED_PRECONDITION', httpStatus: 400, reason: 'UREQ_PROJECT_BILLING_NOT_FOUND', domain: 'serviceusage.googleapis.com/billing-enabled'});
		expect(p.metadata).toEqual({project: '522837608576', services: 'aiplatform.googleapis.com'});
		expect(p.violations.map((v) => v.type)).toEqual(['googleapis.com/billing-enabled']);
		expect(p.message.startsWith("Billing account for project '522837608576'")).toBe(true);
		expect(isBillingProblem(p)).toBe(true);
	});

	it('recognises the 409 conflict wording', () => {
		const p = problemFromGcloud({
			stderr: 'ERROR: (gcloud.projects.add-iam-policy-binding) Resource in projects [conflict-proj:setIamPolicy] is the subject of a conflict: There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.\n',
			exitCode: 1,
		});
		expect(isConcurrentChange(p)).toBe(true);
	});

	it('falls back to the first line when there is no ERROR: prefix', () => {
		expect(problemFromGcloud({stderr: 'something odd\n', exitCode: 2}).message).toBe('something odd');
		expect(problemFromGcloud({stderr: '', exitCode: 2}).message).toBe('gcloud exited with code 2');
	});
});
