import {describe, expect, it} from 'vitest';
import {explain} from '../../source/explain/index.js';

/**
 * The same causes as different clients print them (Python, Node, Go, Java, gcloud, curl). None
 * of these texts is in the dataset; they check that the rules are general, not per-line.
 */
const CASES: [string, string, Partial<Record<'project' | 'service' | 'model' | 'location' | 'permission', string>>][] = [
	['service_disabled', 'google.api_core.exceptions.PermissionDenied: 403 Agent Platform API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=123456789012 then retry.', {project: '123456789012', service: 'aiplatform.googleapis.com'}],
	['service_disabled', 'Error: 7 PERMISSION_DENIED: Vertex AI API has not been used in project dev-box-4411 before or it is disabled.', {project: 'dev-box-4411', service: 'aiplatform.googleapis.com'}],
	['service_disabled', 'googleapi: Error 403: Cloud Billing API has not been used in project 998877665544 before or it is disabled., accessNotConfigured', {service: 'cloudbilling.googleapis.com'}],
	['service_disabled', 'com.google.api.gax.rpc.PermissionDeniedException: io.grpc.StatusRuntimeException: PERMISSION_DENIED: Vertex AI API has not been used in project acme-ml-prod before or it is disabled.', {project: 'acme-ml-prod'}],
	['permission_denied', "ERROR: (gcloud.projects.add-iam-policy-binding) [bob@example.com] does not have permission to access projects instance [acme-ml:setIamPolicy] (or it may not exist): The caller does not have permission", {project: 'acme-ml'}],
	['permission_denied', 'ERROR: (gcloud.auth.application-default.set-quota-project) Cannot add the project "noperm-proj" to application default credentials (ADC) as a quota project because the account in ADC does not have the "serviceusage.services.use" permission on this project.', {project: 'noperm-proj', permission: 'serviceusage.services.use'}],
	['billing_disabled', "ERROR: (gcloud.services.enable) FAILED_PRECONDITION: Billing account for project '123456789012' is not found. Billing must be enabled for activation of service(s) 'aiplatform.googleapis.com' to proceed.", {project: '123456789012', service: 'aiplatform.googleapis.com'}],
	['billing_disabled', 'Project charming-module-137923 (#808448574146) has billing disabled. Please enable it.', {project: 'charming-module-137923'}],
	['adc_missing', 'google.auth.exceptions.DefaultCredentialsError: Could not automatically determine credentials. Please set GOOGLE_APPLICATION_CREDENTIALS or explicitly create credentials and re-run the application.', {}],
	['adc_missing', 'ERROR: (gcloud.auth.application-default.print-access-token) Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.', {}],
	['adc_missing', '{"error": {"code": 401, "message": "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.", "status": "UNAUTHENTICATED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "CREDENTIALS_MISSING", "domain": "googleapis.com", "metadata": {"service": "aiplatform.googleapis.com"}}]}}', {service: 'aiplatform.googleapis.com'}],
	['reauth_required', "google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant', 'error_description': 'Token has been expired or revoked.'})", {}],
	['reauth_required', "ERROR: (gcloud.auth.application-default.print-access-token) There was a problem refreshing your current auth tokens: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})", {}],
	['reauth_required', '{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_EXPIRED","domain":"googleapis.com"}]}}', {}],
	['quota_project', 'WARNING: \nCannot find a quota project to add to ADC. You might receive a "quota exceeded" or "API not enabled" error. Run $ gcloud auth application-default set-quota-project to add a quota project.', {}],
	['model_not_found', "ClientError: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'Publisher Model `projects/acme-ml/locations/us-central1/publishers/google/models/gemini-2.5-flash-001` not found.', 'status': 'NOT_FOUND'}}", {project: 'acme-ml', model: 'gemini-2.5-flash-001', location: 'us-central1'}],
	['model_not_found', 'models/gemini-1.5-flash is not found for API version v1beta, or is not supported for generateContent.', {model: 'gemini-1.5-flash', service: 'generativelanguage.googleapis.com'}],
	['region_unsupported', 'Publisher Model `projects/p-123456/locations/asia-northeast1/publishers/google/models/gemini-2.5-flash-preview-09-2025` was not found or your project does not have access to it.', {location: 'asia-northeast1'}],
	['rate_limited', 'google.api_core.exceptions.ResourceExhausted: 429 Resource exhausted. Please try again later.', {}],
	['rate_limited', 'ApiError: {"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-2.5-pro.","status":"RESOURCE_EXHAUSTED"}}', {model: 'gemini-2.5-pro'}],
	['project_not_found', 'Error: Unable to detect a Project Id in the current environment. To learn more about authentication and Google APIs, visit: https://cloud.google.com/docs/authentication/getting-started', {}],
	['project_not_found', "ERROR: (gcloud.projects.describe) NOT_FOUND: Project 'projects/acme-typo' not found or permission denied.", {project: 'acme-typo'}],
	['project_not_found', 'PERMISSION_DENIED: Permission denied on resource project My First Project.', {project: 'My First Project'}],
	['org_policy', "ERROR: (gcloud.iam.service-accounts.keys.create) FAILED_PRECONDITION: Key creation is not allowed on this service account.\n- '@type': type.googleapis.com/google.rpc.PreconditionFailure\n  violations:\n  - type: constraints/iam.disableServiceAccountKeyCreation", {}],
	['key_file_invalid', 'Error: error:1E08010C:DECODER routines::unsupported\n    at createPrivateKey', {}],
	['key_file_invalid', 'Error: The incoming JSON object does not contain a client_email field', {}],
	['gcloud_missing', 'Error: spawn gcloud ENOENT\n    at ChildProcess._handle.onexit', {}],
	['gcloud_missing', 'exec: "gcloud": executable file not found in $PATH', {}],
	['gcloud_missing', "FileNotFoundError: [Errno 2] No such file or directory: 'gcloud'", {}],
	['api_key_misuse', '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]}}', {service: 'generativelanguage.googleapis.com'}],
	['network', 'Error: connect ECONNREFUSED 127.0.0.1:443', {}],
	['network', 'grpc._channel._MultiThreadedRendezvous: <_MultiThreadedRendezvous of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "DNS resolution failed for us-central1-aiplatform.googleapis.com:443"', {}],
	['other', '{"error":{"code":400,"message":"Invalid JSON payload received. Unknown name \\"contentz\\": Cannot find field.","status":"INVALID_ARGUMENT"}}', {}],
];

describe('texts from many clients', () => {
	it.each(CASES)('%s: %s', (category, text, values) => {
		const d = explain(text);
		expect(d.category).toBe(category);
		expect(d).toMatchObject(values);
	});
});
