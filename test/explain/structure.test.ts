import {describe, expect, it} from 'vitest';
import {explain} from '../../source/explain/index.js';
import {gcloudServiceDisabled, genaiApiError, serviceDisabledBody, streaming429} from './samples.js';

describe('reading structure before words', () => {
	it('reads a Status nested as a JSON string inside another error (and inside a log line)', () => {
		const inner = JSON.stringify(serviceDisabledBody('Agent Platform API', 'nested-proj-42'));
		const log = JSON.stringify({severity: 'ERROR', message: `request failed: ${inner}`});
		for (const text of [genaiApiError(serviceDisabledBody('Agent Platform API', 'nested-proj-42')), log]) {
			const d = explain(text);
			expect(d.category).toBe('service_disabled');
			expect(d.project).toBe('nested-proj-42');
			expect(d.service).toBe('aiplatform.googleapis.com');
		}
	});

	it('reads ErrorInfo metadata in the Python protobuf text form even when the message says little', () => {
		const text = `google.api_core.exceptions.PermissionDenied: 403 Request denied. [reason: "SERVICE_DISABLED"
domain: "googleapis.com"
metadata {
  key: "service"
  value: "aiplatform.googleapis.com"
}
metadata {
  key: "consumer"
  value: "projects/proto-proj-77"
}
]`;
		const d = explain(text);
		expect(d.category).toBe('service_disabled');
		expect(d.service).toBe('aiplatform.googleapis.com');
		expect(d.project).toBe('proto-proj-77');
		expect(d.commands).toEqual(['gcloud services enable aiplatform.googleapis.com --project=proto-proj-77']);
	});

	it("reads gcloud's YAML details and its ERROR line", () => {
		const d = explain(gcloudServiceDisabled);
		expect(d.category).toBe('service_disabled');
		expect(d.service).toBe('serviceusage.googleapis.com');
		// The consumer is a number and the resource an ID: they may be one project, so no quota-project claim.
		expect(d.project).toBe('111111111111');
	});

	it("reads Go's `metadata = map[…]` rendering", () => {
		const text = `googleapi: Error 403: Request had insufficient authentication scopes.
error details: name = ErrorInfo reason = ACCESS_TOKEN_SCOPE_INSUFFICIENT domain = googleapis.com metadata = map[method:google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent service:generativelanguage.googleapis.com]`;
		const d = explain(text);
		expect(d.service).toBe('generativelanguage.googleapis.com');
		expect(d.category).toBe('api_key_misuse');
	});

	it('reads a streaming JSON array and a body cut short by the paste', () => {
		expect(explain(streaming429).category).toBe('rate_limited');
		const cut = JSON.stringify(serviceDisabledBody('Vertex AI API', 'cut-proj-9')).slice(0, 700);
		const d = explain(`[API Error: ${cut}`);
		expect(d.category).toBe('service_disabled');
		expect(d.project).toBe('cut-proj-9');
	});

	it('treats the 2026 "Agent Platform API" and the older "Vertex AI API" wordings alike', () => {
		const wordings = ['Agent Platform API', 'Vertex AI API'];
		const results = wordings.map((title) => explain(`PermissionDenied: 403 ${title} has not been used in project my-proj-123 before or it is disabled.`));
		for (const d of results) {
			expect(d.category).toBe('service_disabled');
			expect(d.service).toBe('aiplatform.googleapis.com');
			expect(d.commands).toEqual(['gcloud services enable aiplatform.googleapis.com --project=my-proj-123']);
		}
		expect(results[0]?.summary).toContain('Agent Platform API');
		expect(results[1]?.summary).toContain('Vertex AI API');
	});

	it('turns a SERVICE_DISABLED whose consumer differs from the resource project into quota_project', () => {
		const body = serviceDisabledBody('Agent Platform API', 'someone-elses-proj');
		const text = `Error calling projects/my-proj-123/locations/global/publishers/google/models/gemini-2.5-flash: ${JSON.stringify(body)}`;
		const d = explain(text);
		expect(d.category).toBe('quota_project');
		expect(d.project).toBe('my-proj-123');
		expect(d.commands[0]).toBe('gcloud auth application-default set-quota-project my-proj-123');
	});

	it('reads HTTP statuses and exception names when there is no body', () => {
		expect(explain('HttpError 403 when requesting https://aiplatform.googleapis.com/v1/projects/acme-ml/locations/us-central1').category).toBe('permission_denied');
		expect(explain('google.api_core.exceptions.ResourceExhausted').category).toBe('rate_limited');
		expect(explain('io.grpc.StatusRuntimeException: UNAVAILABLE: io exception').category).toBe('network');
	});

	it('does not let a keyword in prose outrank structure', () => {
		// "billing" appears, but the project is empty: the tool never had a project.
		expect(explain('Billing is not enabled for project []. Please enable billing to proceed.').category).toBe('other');
		// On a Google Cloud VM a missing user ADC file is not the problem.
		const vm = 'ERROR: (gcloud.auth.application-default.set-quota-project) Application default credentials have not been set up.\nThis command is authenticated as 123456789012-compute@developer.gserviceaccount.com';
		expect(explain(vm).category).toBe('other');
	});
});
