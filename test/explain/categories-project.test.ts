import {describe, expect, it} from 'vitest';
import {explain, renderDiagnosis, toJson} from '../../source/explain/index.js';
import {billingBody, genaiApiError, iamDeniedBody, serviceDisabledBody} from './samples.js';

const human = (text: string, hints = {}) => {
	const d = explain(text, hints);
	return {d, out: renderDiagnosis(d, {color: false})};
};

describe('project-level causes, human output', () => {
	it('service_disabled: names the API and the project, and the enable command', () => {
		const {d, out} = human(genaiApiError(serviceDisabledBody()));
		expect(d.category).toBe('service_disabled');
		expect(out).toContain('✖ The Agent Platform API (aiplatform.googleapis.com) is not enabled in project my-proj-123.');
		expect(out).toContain('Why: Each Google Cloud API must be switched on');
		expect(out).toMatch(/Fix:\n {2}1\. Enable aiplatform\.googleapis\.com in project my-proj-123/);
		expect(out).toContain('  $ gcloud services enable aiplatform.googleapis.com --project=my-proj-123');
		expect(out).toContain('vertex-setup can do this for you: vertex-setup --project my-proj-123 --apis aiplatform.googleapis.com');
		expect(toJson(d)).toMatchObject({category: 'service_disabled', service: 'aiplatform.googleapis.com', project: 'my-proj-123', permission: null});
	});

	it('quota_project: a SERVICE_DISABLED for a project other than the one called', () => {
		const text = `POST https://us-central1-aiplatform.googleapis.com/v1/projects/my-proj-123/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent failed\n${genaiApiError(serviceDisabledBody('Vertex AI API', 'old-sandbox-77'))}`;
		const {d, out} = human(text);
		expect(d.category).toBe('quota_project');
		expect(d.project).toBe('my-proj-123');
		expect(out).toContain('The request was charged to project old-sandbox-77, not to my-proj-123');
		expect(out).toContain('$ gcloud auth application-default set-quota-project my-proj-123');
		expect(out).toContain('vertex-setup --project my-proj-123');
		expect(d.commands.join('\n')).not.toContain('old-sandbox-77');
	});

	it('quota_project: the runner knows the project, the error names another', () => {
		const d = explain(JSON.stringify(serviceDisabledBody('Vertex AI API', 'old-sandbox-77')), {project: 'my-proj-123'});
		expect(d.category).toBe('quota_project');
		expect(d.commands[0]).toBe('gcloud auth application-default set-quota-project my-proj-123');
	});

	it('quota_project: a SERVICE_DISABLED charged to gcloud\'s own project means no quota project', () => {
		const {d, out} = human('Error 403: Agent Platform API has not been used in project 764086051850 before or it is disabled.', {project: 'my-proj-123'});
		expect(d.category).toBe('quota_project');
		expect(out).toContain('have no quota project');
		expect(out).toContain('$ gcloud auth application-default set-quota-project my-proj-123');
	});

	it('billing_disabled: links the project by number, with the console link', () => {
		const {d, out} = human(JSON.stringify(billingBody));
		expect(d.category).toBe('billing_disabled');
		expect(out).toContain('✖ Billing is not enabled on project 1051023892108.');
		expect(out).toContain('$ gcloud billing projects link 1051023892108 --billing-account=BILLING_ACCOUNT_ID');
		expect(out).toContain('Open https://console.cloud.google.com/billing/linkedaccount?project=1051023892108');
		expect(d.wizardCommand).toBe('vertex-setup --project 1051023892108');
	});

	it('permission_denied: role and member filled from the permission and the hints', () => {
		const {d, out} = human(JSON.stringify(iamDeniedBody), {member: 'ana@example.com'});
		expect(d.category).toBe('permission_denied');
		expect(d).toMatchObject({permission: 'aiplatform.endpoints.predict', project: 'my-proj-123', location: 'europe-west4', model: 'gemini-2.5-flash'});
		expect(out).toContain('✖ ana@example.com is missing the permission aiplatform.endpoints.predict on project my-proj-123.');
		expect(out).toContain('$ gcloud projects add-iam-policy-binding my-proj-123 --member=user:ana@example.com --role=roles/aiplatform.user --condition=None');
		expect(d.wizardCommand).toBe('vertex-setup --project my-proj-123 --principal user:ana@example.com');
	});

	it('permission_denied: enabling a service needs serviceUsageAdmin', () => {
		const text = 'ERROR: (gcloud.services.enable) PERMISSION_DENIED: Permission denied to enable service [aiplatform.googleapis.com]\nHelp Token: AXcLsyA_nWssd1NR8P395vxQgm2XzkXHoxp0UEWsyK66qZc0';
		const d = explain(text, {project: 'my-proj-123', member: 'serviceAccount:ci@my-proj-123.iam.gserviceaccount.com'});
		expect(d.category).toBe('permission_denied');
		expect(d.permission).toBe('serviceusage.services.enable');
		expect(d.commands).toContain('gcloud projects add-iam-policy-binding my-proj-123 --member=serviceAccount:ci@my-proj-123.iam.gserviceaccount.com --role=roles/serviceusage.serviceUsageAdmin --condition=None');
	});

	it('project_not_found: a display name where an ID belongs', () => {
		const text = 'ERROR: (gcloud.config.set) The project property must be set to a valid project ID, not the project name [Bad Project]\nTo set your project, run:\n\n  $ gcloud config set project PROJECT_ID';
		const {d, out} = human(text);
		expect(d.category).toBe('project_not_found');
		expect(d.project).toBe('Bad Project');
		expect(out).toContain('✖ "Bad Project" is not a project ID Google knows');
		expect(out).toContain('$ gcloud projects list');
		expect(d.commands.join('\n')).not.toContain('Bad Project');
	});

	it('project_not_found: a permission error about a project name, not an ID', () => {
		const text = "GaxiosError: Permission 'resourcemanager.projects.get' denied on resource '//cloudresourcemanager.googleapis.com/projects/My_Project' (or it may not exist).";
		expect(explain(text).category).toBe('project_not_found');
	});
});
