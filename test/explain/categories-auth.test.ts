import {describe, expect, it} from 'vitest';
import {explain, renderDiagnosis} from '../../source/explain/index.js';
import {gcloudNoAccount} from './samples.js';

const human = (text: string, hints = {}) => {
	const d = explain(text, hints);
	return {d, out: renderDiagnosis(d, {color: false})};
};

describe('sign-in and local tool causes, human output', () => {
	it('adc_missing: google-auth-library NO_ADC_FOUND, quota project from the hints', () => {
		const text = 'Error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.\n    at GoogleAuth.getApplicationDefaultAsync';
		const {d, out} = human(text, {project: 'my-proj-123'});
		expect(d.category).toBe('adc_missing');
		expect(out).toContain('✖ No Application Default Credentials were found for this program.');
		expect(out).toContain('$ gcloud auth application-default login');
		expect(out).toContain('$ gcloud auth application-default set-quota-project my-proj-123');
		expect(out).toContain('vertex-setup can do this for you: vertex-setup --project my-proj-123');
	});

	it('reauth_required: the RFC 6749 invalid_rapt body, as google-auth-library reports it', () => {
		const text = 'GaxiosError: {"error":"invalid_grant","error_description":"reauth related error (invalid_rapt)","error_uri":"https://support.google.com/a/answer/9368756","error_subtype":"invalid_rapt"}';
		const {d, out} = human(text);
		expect(d.category).toBe('reauth_required');
		expect(out).toContain('sign-in has expired or was revoked');
		expect(d.commands[0]).toBe('gcloud auth application-default login');
	});

	it('reauth_required: gcloud itself cannot refresh, so gcloud auth login comes first', () => {
		const text = 'ERROR: (gcloud.auth.print-access-token) There was a problem refreshing your current auth tokens: Reauthentication failed. cannot prompt during non-interactive execution.\nPlease run:\n\n  $ gcloud auth login\n\nto obtain new credentials.';
		const d = explain(text);
		expect(d.category).toBe('reauth_required');
		expect(d.commands[0]).toBe('gcloud auth login');
	});

	it('key_file_invalid: a deleted key (invalid_grant: Invalid JWT Signature.)', () => {
		const {d, out} = human('Error: invalid_grant: Invalid JWT Signature.\n    at Gtoken.requestToken');
		expect(d.category).toBe('key_file_invalid');
		expect(out).toContain('the key, or its service account, was deleted or disabled');
		expect(out).toContain('$ gcloud iam service-accounts keys list --iam-account=SERVICE_ACCOUNT_EMAIL');
	});

	it('key_file_invalid: GOOGLE_APPLICATION_CREDENTIALS points nowhere', () => {
		const text = "Error: Unable to read the credential file specified by the GOOGLE_APPLICATION_CREDENTIALS environment variable: ENOENT: no such file or directory, open '/home/ana/key.json'";
		const d = explain(text);
		expect(d.category).toBe('key_file_invalid');
		expect(d.commands).toContain('unset GOOGLE_APPLICATION_CREDENTIALS');
	});

	it('gcloud_missing: POSIX shell and Windows wordings', () => {
		for (const text of ['/bin/sh: 1: gcloud: not found', "'gcloud' is not recognized as an internal or external command,\noperable program or batch file."]) {
			const {d, out} = human(text);
			expect(d.category).toBe('gcloud_missing');
			expect(out).toContain('Install the Google Cloud CLI: https://cloud.google.com/sdk/docs/install');
			expect(out).toContain('$ gcloud version');
		}
	});

	it('gcloud_no_account: the print-access-token message', () => {
		const {d, out} = human(gcloudNoAccount);
		expect(d.category).toBe('gcloud_no_account');
		expect(out).toContain('✖ gcloud has no active account');
		expect(out).toContain('$ gcloud auth login');
		expect(out).toContain('$ gcloud config set account ACCOUNT');
	});

	it('api_key_misuse: Vertex refuses an API key; the curl fix carries region, project and model', () => {
		const text = `curl "https://europe-west4-aiplatform.googleapis.com/v1/projects/my-proj-123/locations/europe-west4/publishers/google/models/gemini-2.5-flash:generateContent?key=AIza..."\n{"error": {"code": 401, "message": "API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials that assert a principal. See https://cloud.google.com/docs/authentication", "status": "UNAUTHENTICATED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "CREDENTIALS_MISSING", "domain": "googleapis.com"}]}}`;
		const {d, out} = human(text);
		expect(d.category).toBe('api_key_misuse');
		expect(out).toContain('Vertex AI does not accept an API key');
		expect(out).toContain('https://europe-west4-aiplatform.googleapis.com/v1/projects/my-proj-123/locations/europe-west4/publishers/google/models/gemini-2.5-flash:generateContent');
		expect(out).toContain('Authorization: Bearer $(gcloud auth print-access-token)');
	});

	it('network: DNS failure names the host, without blaming credentials', () => {
		const text = 'FetchError: request to https://us-central1-aiplatform.googleapis.com/v1/projects/my-proj-123/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent failed, reason: getaddrinfo ENOTFOUND us-central1-aiplatform.googleapis.com';
		const {d, out} = human(text);
		expect(d.category).toBe('network');
		expect(out).toContain('The request never reached Google: the connection to aiplatform.googleapis.com failed');
		expect(out).toContain('$ curl -sSI https://aiplatform.googleapis.com/');
	});

	it('network: TLS interception', () => {
		const d = explain('Error: self-signed certificate in certificate chain\n  code: SELF_SIGNED_CERT_IN_CHAIN');
		expect(d.category).toBe('network');
		expect(d.commands).toContain('export NODE_EXTRA_CA_CERTS=/path/to/corporate-root.pem');
	});
});
