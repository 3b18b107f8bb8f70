/**
 * Error texts shaped after the verbatim bodies in the wire reference (§5.1, §7, §8, §9), with
 * values of our own. None of them is in the real-errors dataset.
 */
const ENABLE_TAIL =
	'before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=my-proj-123 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.';

/** §7.3.2: the full SERVICE_DISABLED body, 2026 wording. */
export const serviceDisabledBody = (title = 'Agent Platform API', project = 'my-proj-123') => ({
	error: {
		code: 403,
		message: `${title} has not been used in project ${project} ${ENABLE_TAIL.replaceAll('my-proj-123', project)}`,
		status: 'PERMISSION_DENIED',
		details: [
			{
				'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
				reason: 'SERVICE_DISABLED',
				domain: 'googleapis.com',
				metadata: {
					activationUrl: `https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=${project}`,
					service: 'aiplatform.googleapis.com',
					consumer: `projects/${project}`,
					containerInfo: project,
					serviceTitle: title,
				},
			},
			{'@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: `${title} has not been used in project ${project} …`},
			{'@type': 'type.googleapis.com/google.rpc.Help', links: [{description: 'Google developers console API activation', url: `https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=${project}`}]},
		],
	},
});

/** @google/genai: ApiError whose message is JSON.stringify of the body (§6.2, §8.5). */
export const genaiApiError = (body: unknown, status = 403) => `ApiError: ${JSON.stringify(body)}\n    at throwErrorIfNotOK (node_modules/@google/genai/dist/node/index.cjs:11432:30)\n  status: ${status}`;

/** §7.1: caller lacks aiplatform.endpoints.predict, REST form with ErrorInfo. */
export const iamDeniedBody = {
	error: {
		code: 403,
		message: "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/my-proj-123/locations/europe-west4/publishers/google/models/gemini-2.5-flash' (or it may not exist).",
		status: 'PERMISSION_DENIED',
		details: [
			{
				'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
				reason: 'IAM_PERMISSION_DENIED',
				domain: 'aiplatform.googleapis.com',
				metadata: {permission: 'aiplatform.endpoints.predict', resource: 'projects/my-proj-123/locations/europe-west4/publishers/google/models/gemini-2.5-flash'},
			},
		],
	},
};

/** §8.2 normalised REST form. */
export const billingBody = {
	error: {
		code: 403,
		message: 'This API method requires billing to be enabled. Please enable billing on project #1051023892108 by visiting https://console.developers.google.com/billing/enable?project=1051023892108 then retry. If you enabled billing for this project recently, wait a few minutes for the action to propagate to our systems and retry.',
		status: 'PERMISSION_DENIED',
		details: [
			{'@type': 'type.googleapis.com/google.rpc.Help', links: [{description: 'Google developers console billing', url: 'https://console.developers.google.com/billing/enable?project=1051023892108'}]},
			{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'BILLING_DISABLED', domain: 'googleapis.com', metadata: {service: 'aiplatform.googleapis.com', consumer: 'projects/1051023892108'}},
		],
	},
};

/** §7.1: model not found, the long 2025+ wording. */
export const modelNotFound = (model: string, location: string, project = 'my-proj-123') =>
	JSON.stringify({
		error: {
			code: 404,
			message: `Publisher Model \`projects/${project}/locations/${location}/publishers/google/models/${model}\` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions`,
			status: 'NOT_FOUND',
		},
	});

/** §7.2 verbatim: a streaming call's error is a JSON array. */
export const streaming429 =
	'[{ "error": { "code": 429, "message": "Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.", "status": "RESOURCE_EXHAUSTED" } } ]';

/** §8.6 verbatim capture: gcloud's rendering with YAML details. */
export const gcloudServiceDisabled = `ERROR: (gcloud.services.list) [vertex-setup@my-proj-123.iam.gserviceaccount.com] does not have permission to access projects instance [svcoff-proj] (or it may not exist): Service Usage API has not been used in project 111111111111 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=111111111111 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry. This command is authenticated as vertex-setup@my-proj-123.iam.gserviceaccount.com which is the active account specified by the [core/account] property.
Service Usage API has not been used in project 111111111111 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=111111111111 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.
Google developers console API activation
https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=111111111111
- '@type': type.googleapis.com/google.rpc.ErrorInfo
  domain: googleapis.com
  metadata:
    activationUrl: https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=111111111111
    consumer: projects/111111111111
    containerInfo: '111111111111'
    service: serviceusage.googleapis.com
    serviceTitle: Service Usage API
  reason: SERVICE_DISABLED`;

/** §9.2 verbatim: any gcloud API command with no active account. */
export const gcloudNoAccount = `ERROR: (gcloud.auth.print-access-token) You do not currently have an active account selected.
Please run:

  $ gcloud auth login

to obtain new credentials.

If you have already logged in with a different account, run:

  $ gcloud config set account ACCOUNT

to select an already authenticated account to use.`;
