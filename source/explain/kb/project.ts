import type {Entry} from '../types.js';
import {consumerDiffers, gcloudClientConsumer} from './conditions.js';

const NOT_ENABLED = /has not been used in project|has not activated the|SERVICE_DISABLED|not enabled|is disabled/;

/** Causes about the project itself: its APIs, its quota project, its billing. */
export const PROJECT_ENTRIES: readonly Entry[] = [
	{
		id: 'quota-project-mismatch',
		category: 'quota_project',
		projectFrom: ['resource'],
		signals: [
			{weight: 0.97, reason: ['SERVICE_DISABLED'], when: consumerDiffers},
			{weight: 0.96, text: /has not been used in project \S{1,100} before/, when: consumerDiffers},
		],
		summary: 'The request was charged to project {consumer}, not ⟦to {project}||to the project you called⟧: your credentials carry the wrong quota project.',
		why: 'Google checks that the API is enabled in the quota project: the quota_project_id in your Application Default Credentials, GOOGLE_CLOUD_QUOTA_PROJECT, or the x-goog-user-project header. Yours names {consumer}, so enabling the API ⟦in {project}||in your project⟧ does not help, whatever the error suggests.',
		steps: [
			'Make ⟦{project}||your project⟧ the quota project of your Application Default Credentials.',
			'If GOOGLE_CLOUD_QUOTA_PROJECT is set, change or unset it: it overrides the credentials file.',
			'Restart programs that were already running so they reread the credentials.',
		],
		commands: ['gcloud auth application-default set-quota-project {project}', 'gcloud services enable {service} --project={project}'],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'quota-project-missing',
		category: 'quota_project',
		projectFrom: ['resource'],
		signals: [
			{weight: 0.97, when: (f) => gcloudClientConsumer(f) && NOT_ENABLED.test(f.text)},
			{weight: 0.95, text: /without a quota project|Cannot find a quota project to add to ADC/i},
			{weight: 0.92, text: /requires a quota project|quota project (?:is )?(?:not set|missing)/i},
		],
		summary: 'Your Application Default Credentials have no quota project, so the call is not charged to a project of yours.',
		why: 'User credentials from `gcloud auth application-default login` need a quota project: the project whose enabled APIs and quota a call uses. Without one, calls land on gcloud\'s own project (google.com:cloudsdktool) and fail with "API not enabled" or "quota exceeded".',
		steps: [
			'Set a quota project on your Application Default Credentials: a project where the API is enabled and you have serviceusage.services.use.',
			'Restart programs that were already running so they reread the credentials.',
		],
		commands: ['gcloud auth application-default set-quota-project {project}'],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'service-disabled',
		category: 'service_disabled',
		projectFrom: ['consumer', 'resource'],
		signals: [
			{weight: 0.96, reason: ['SERVICE_DISABLED']},
			{weight: 0.93, text: /has not been used in project \S{1,100} before or it is disabled/},
			{weight: 0.9, reason: ['accessNotConfigured']},
			{weight: 0.9, text: /has not activated the \S{1,100} API/},
			{weight: 0.88, text: /make sure (?:that )?[^\n]{1,80} API is enabled/i},
			{weight: 0.85, text: /\bAPI (?:is )?(?:not enabled|disabled) (?:for|on|in) (?:the |this )?project|\bAPI \[[a-z0-9.-]{1,100}\] not enabled on project/i},
		],
		summary: 'The {api|API this call needs} is not enabled in ⟦project {project}||the project the request was charged to⟧.',
		why: 'Each Google Cloud API must be switched on in a project before calls to it work, and Google checks the project the request is charged to⟦ (here {project})⟧. A new enable takes a few minutes to reach every server.',
		steps: [
			'Enable {service|the API} in ⟦project {project}||your project⟧ (needs roles/serviceusage.serviceUsageAdmin or Owner).',
			'Wait two to five minutes, then retry.',
			'If ⟦{project}||that project⟧ is not the project you meant, your quota project points elsewhere: set it with `gcloud auth application-default set-quota-project YOUR_PROJECT_ID`.',
		],
		commands: ['gcloud services enable {service} --project={project}'],
		wizard: 'vertex-setup⟦ --project {project}⟧⟦ --apis {service}⟧',
	},
	{
		id: 'billing-disabled',
		category: 'billing_disabled',
		projectFrom: ['consumer', 'resource'],
		signals: [
			{weight: 0.96, reason: ['BILLING_DISABLED', 'UREQ_PROJECT_BILLING_NOT_FOUND']},
			{weight: 0.93, text: /requires billing to be enabled|has billing disabled|Billing account for project \S{1,100} is not found|billing account for the owning project is disabled/i},
			{weight: 0.88, text: /billing-enabled|\bbilling (?:is )?(?:not enabled|disabled)\b|enable billing (?:on|for) (?:the |this )?project/i},
		],
		summary: 'Billing is not enabled on ⟦project {project}||the project⟧.',
		why: 'Vertex AI and other paid APIs refuse calls, and refuse to be enabled, until the project is linked to an open billing account. A closed billing account, or one without a valid payment method, counts as disabled. A new link takes a few minutes to propagate.',
		steps: [
			'Link ⟦project {project}||the project⟧ to an open billing account (you need Billing Account User on the account and Project Billing Manager on the project).',
			'Wait a few minutes, then retry (enable the API again if that is what failed).',
		],
		commands: [
			'gcloud billing accounts list',
			'gcloud billing projects link {project} --billing-account=BILLING_ACCOUNT_ID',
			'https://console.cloud.google.com/billing/linkedaccount?project={project}',
		],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
];
