import {describe, expect, it} from 'vitest';
import type {RunResult, StepOutcome} from '../../source/flow/runner.js';
import {planLines, terraformPlan} from '../../source/report/plan.js';
import type {Finding, Fix} from '../../source/steps/types.js';

const P = 'vertex-demo-123';
const step = (id: StepOutcome['id'], title: string, finding: Finding, pending: Fix[] = []): StepOutcome => ({id, title, finding, applied: [], pending});
const failing = (summary: string, commands?: string[]): Finding => ({status: 'fail', summary, commands});

const LOGIN: Fix = {id: 'login.gcloud', title: 'Sign in to gcloud', commands: ['gcloud auth login'], manual: true};
const ENABLE: Fix = {
	id: 'enable',
	title: `Enable the APIs on ${P}`,
	commands: [`gcloud services enable aiplatform.googleapis.com generativelanguage.googleapis.com --project=${P}`],
	changes: [
		{kind: 'enable-service', project: P, service: 'aiplatform.googleapis.com'},
		{kind: 'enable-service', project: P, service: 'generativelanguage.googleapis.com'},
	],
};
const GRANT: Fix = {
	id: 'grant',
	title: 'Grant roles/aiplatform.user to user:ana@example.com',
	commands: [`gcloud projects add-iam-policy-binding ${P} --member=user:ana@example.com --role=roles/aiplatform.user --condition=None`],
	changes: [{kind: 'grant-role', project: P, role: 'roles/aiplatform.user', member: 'user:ana@example.com'}],
};

describe('dry-run plan (commands)', () => {
	it('lists each pending fix under a heading, in step order, and marks what a person must do', () => {
		const result: RunResult = {
			steps: [
				step('gcloud', 'gcloud CLI', {status: 'ok', summary: 'Google Cloud SDK 528.0.0'}),
				step('account', 'Account', failing('Not signed in'), [LOGIN]),
				step('apis', 'APIs', failing('Vertex AI API is disabled'), [ENABLE]),
				step('iam', 'IAM role', failing('Missing roles/aiplatform.user'), [GRANT]),
			],
		};
		expect(planLines(result)).toEqual([
			'# Sign in to gcloud (a person must do this: it needs a browser)',
			'gcloud auth login',
			`# Enable the APIs on ${P}`,
			ENABLE.commands[0],
			'# Grant roles/aiplatform.user to user:ana@example.com',
			GRANT.commands[0],
		]);
	});

	it('prints each command once, even when several steps share it', () => {
		const again: Fix = {...LOGIN, id: 'login.again', title: 'Sign in again'};
		const result: RunResult = {
			steps: [
				step('account', 'Account', failing('Not signed in'), [LOGIN]),
				step('project', 'Project', failing('Needs a sign-in', ['gcloud auth login']), [again]),
				step('billing', 'Billing', failing('Needs a sign-in', ['gcloud auth login', 'gcloud auth login'])),
			],
		};
		const lines = planLines(result);
		expect(lines.filter((l) => l === 'gcloud auth login')).toHaveLength(1);
		// A heading never stands alone above commands already printed.
		expect(lines).toEqual(['# Sign in to gcloud (a person must do this: it needs a browser)', 'gcloud auth login']);
	});

	it('uses a failing check\'s own commands when no fix is pending', () => {
		const result: RunResult = {steps: [step('billing', 'Billing', failing(`Billing is not enabled on ${P}`, [`gcloud billing projects link ${P} --billing-account=ACCOUNT_ID`]))]};
		expect(planLines(result)).toEqual([`# Billing: Billing is not enabled on ${P}`, `gcloud billing projects link ${P} --billing-account=ACCOUNT_ID`]);
	});

	it('keeps a manual fix that has no command on the list', () => {
		const console: Fix = {id: 'billing.link', title: 'Link a billing account in the Cloud console', commands: [], manual: true};
		expect(planLines({steps: [step('billing', 'Billing', failing('No billing'), [console])]})).toEqual([
			'# Link a billing account in the Cloud console (a person must do this: it needs a browser)',
		]);
	});

	it('says so when there is nothing to do', () => {
		expect(planLines({steps: [step('gcloud', 'gcloud CLI', {status: 'ok', summary: 'ok'})]})).toEqual(['# Nothing to change: every check passed.']);
	});
});

describe('dry-run plan (terraform)', () => {
	it('writes a google_project_service per API and an additive google_project_iam_member per grant', () => {
		const result: RunResult = {steps: [step('apis', 'APIs', failing('disabled'), [ENABLE]), step('iam', 'IAM role', failing('missing'), [GRANT])]};
		expect(terraformPlan(result).join('\n')).toBe(
			[
				'resource "google_project_service" "aiplatform" {',
				`  project            = "${P}"`,
				'  service            = "aiplatform.googleapis.com"',
				'  disable_on_destroy = false',
				'}',
				'',
				'resource "google_project_service" "generativelanguage" {',
				`  project            = "${P}"`,
				'  service            = "generativelanguage.googleapis.com"',
				'  disable_on_destroy = false',
				'}',
				'',
				'resource "google_project_iam_member" "aiplatform_user_ana" {',
				`  project = "${P}"`,
				'  role    = "roles/aiplatform.user"',
				'  member  = "user:ana@example.com"',
				'}',
				'',
			].join('\n'),
		);
	});

	it('writes each change once and never two resources with one name', () => {
		const sa: Fix = {...GRANT, id: 'grant.sa', changes: [{kind: 'grant-role', project: P, role: 'roles/aiplatform.user', member: 'serviceAccount:ana@vertex-demo-123.iam.gserviceaccount.com'}]};
		const result: RunResult = {steps: [step('apis', 'APIs', failing('x'), [ENABLE, ENABLE]), step('iam', 'IAM role', failing('x'), [GRANT, sa])]};
		const lines = terraformPlan(result);
		const names = lines.filter((l) => l.startsWith('resource ')).map((l) => l.split(' ').slice(1, 3).join(' '));
		expect(names).toEqual([
			'"google_project_service" "aiplatform"',
			'"google_project_service" "generativelanguage"',
			'"google_project_iam_member" "aiplatform_user_ana"',
			'"google_project_iam_member" "aiplatform_user_ana_2"',
		]);
	});

	it('makes a valid Terraform name from any service or member', () => {
		const odd: Fix = {id: 'x', title: 'x', commands: [], changes: [{kind: 'enable-service', project: P, service: '1password.googleapis.com'}]};
		expect(terraformPlan({steps: [step('apis', 'APIs', failing('x'), [odd])]})[0]).toBe('resource "google_project_service" "_1password" {');
	});

	it('says so when the project needs no change', () => {
		expect(terraformPlan({steps: [step('account', 'Account', failing('x'), [LOGIN])]})).toEqual(['# Nothing to change in the project: every cloud-side check passed.']);
	});
});
