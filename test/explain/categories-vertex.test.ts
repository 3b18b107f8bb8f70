import {describe, expect, it} from 'vitest';
import {explain, renderDiagnosis} from '../../source/explain/index.js';
import {modelNotFound, streaming429} from './samples.js';

const human = (text: string, hints = {}) => {
	const d = explain(text, hints);
	return {d, out: renderDiagnosis(d, {color: false})};
};

describe('model, region, quota and policy causes, human output', () => {
	it('model_not_found: a misspelt id at global', () => {
		const {d, out} = human(modelNotFound('gemini-2.5-flsh', 'global'));
		expect(d.category).toBe('model_not_found');
		expect(d).toMatchObject({model: 'gemini-2.5-flsh', location: 'global', project: 'my-proj-123'});
		expect(out).toContain('✖ Model gemini-2.5-flsh is not available to project my-proj-123 in global.');
		expect(out).toContain('https://aiplatform.googleapis.com/v1/projects/my-proj-123/locations/global/publishers/google/models/gemini-2.5-flsh:generateContent');
		expect(d.wizardCommand).toBe('vertex-setup --project my-proj-123 --region global --model gemini-2.5-flsh');
	});

	it('model_not_found: a retired model suggests a current one', () => {
		const {d, out} = human(modelNotFound('gemini-1.5-pro-002', 'us-central1'));
		expect(d.category).toBe('model_not_found');
		expect(out).toContain('✖ Model gemini-1.5-pro-002 has been retired');
		expect(d.wizardCommand).toMatch(/^vertex-setup --project my-proj-123 --model gemini-/);
	});

	it('region_unsupported: a preview model called in a region reads as "not found"', () => {
		const {d, out} = human(modelNotFound('gemini-3.1-pro-preview', 'europe-west4'));
		expect(d.category).toBe('region_unsupported');
		expect(out).toContain('✖ gemini-3.1-pro-preview is not served in europe-west4');
		expect(out).toContain('$ export GOOGLE_CLOUD_LOCATION=global');
		expect(out).toContain('locations/global/publishers/google/models/gemini-3.1-pro-preview:generateContent');
		expect(d.wizardCommand).toBe('vertex-setup --project my-proj-123 --region global --model gemini-3.1-pro-preview');
	});

	it('region_unsupported: the Gemini API geo-restriction points to Vertex', () => {
		const {d, out} = human("google.genai.errors.ClientError: 400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'User location is not supported for the API use.', 'status': 'FAILED_PRECONDITION'}}", {project: 'my-proj-123'});
		expect(d.category).toBe('region_unsupported');
		expect(d.service).toBe('generativelanguage.googleapis.com');
		expect(out).toContain('$ export GOOGLE_GENAI_USE_VERTEXAI=true');
		expect(d.wizardCommand).toBe('vertex-setup --project my-proj-123');
	});

	it('rate_limited: the streaming JSON array', () => {
		const {d, out} = human(streaming429, {project: 'my-proj-123'});
		expect(d.category).toBe('rate_limited');
		expect(out).toContain('✖ Requests were refused for quota or capacity (429 RESOURCE_EXHAUSTED).');
		expect(out).toContain('Retry with exponential backoff');
		expect(out).toContain('Open https://console.cloud.google.com/iam-admin/quotas?project=my-proj-123');
	});

	it('org_policy: domain-restricted sharing when granting a role', () => {
		const text = 'ERROR: (gcloud.projects.add-iam-policy-binding) FAILED_PRECONDITION: One or more users named in the policy do not belong to a permitted customer,  perhaps due to an organization policy.';
		const {d, out} = human(text, {project: 'my-proj-123', member: 'user:friend@gmail.com'});
		expect(d.category).toBe('org_policy');
		expect(out).toContain('and friend@gmail.com is outside it');
		expect(out).toContain('$ gcloud resource-manager org-policies describe iam.allowedPolicyMemberDomains --project=my-proj-123 --effective');
	});

	it('org_policy: any other constraint is named and described', () => {
		const d = explain('FAILED_PRECONDITION: Constraint constraints/compute.vmExternalIpAccess violated for project my-proj-123.');
		expect(d.category).toBe('org_policy');
		expect(d.commands).toEqual(['gcloud resource-manager org-policies describe compute.vmExternalIpAccess --project=my-proj-123 --effective']);
	});

	it('other: unknown text gets low confidence and vertex-setup doctor', () => {
		const {d, out} = human('TypeError: Cannot read properties of undefined (reading \'candidates\')');
		expect(d.category).toBe('other');
		expect(d.confidence).toBeLessThanOrEqual(0.2);
		expect(d.commands).toEqual(['vertex-setup doctor']);
		expect(d.wizardCommand).toBe('vertex-setup doctor');
		expect(out).toContain('Run vertex-setup doctor to check the whole setup.');
		expect(out).toContain('Next: vertex-setup doctor');
	});
});
