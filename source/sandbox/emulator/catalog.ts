/**
 * The services the sandbox knows. Titles are what Service Usage reports in `config.title`
 * and what SERVICE_DISABLED messages start with. aiplatform's title follows the 2026
 * rename to "Agent Platform API" seen in error texts (the config title itself is UNVERIFIED).
 */
export interface ServiceInfo {
	title: string;
	summary: string;
	/** Enabling it needs an open billing account on the project (UREQ_PROJECT_BILLING_NOT_FOUND otherwise). */
	needsBilling?: boolean;
}

export const SERVICES: Record<string, ServiceInfo> = {
	'aiplatform.googleapis.com': {
		title: 'Agent Platform API',
		summary: 'Train high-quality custom machine learning models with minimal machine learning expertise and effort.',
		needsBilling: true,
	},
	'generativelanguage.googleapis.com': {
		title: 'Generative Language API',
		summary: 'The Gemini API allows developers to build generative AI applications using Gemini models.',
	},
	'serviceusage.googleapis.com': {
		title: 'Service Usage API',
		summary: 'Enables services that service consumers want to use on Google Cloud Platform, lists the available or enabled services, or disables services that service consumers no longer use.',
	},
	'cloudresourcemanager.googleapis.com': {
		title: 'Cloud Resource Manager API',
		summary: 'Creates, reads, and updates metadata for Google Cloud Platform resource containers.',
	},
	'iam.googleapis.com': {
		title: 'Identity and Access Management (IAM) API',
		summary: 'Manages identity and access control for Google Cloud resources, including the creation of service accounts, which you can use to authenticate to Google and make API calls.',
	},
	'iamcredentials.googleapis.com': {
		title: 'IAM Service Account Credentials API',
		summary: 'Creates short-lived credentials for impersonating IAM service accounts.',
	},
	'cloudbilling.googleapis.com': {
		title: 'Cloud Billing API',
		summary: 'Allows developers to manage billing for their Google Cloud Platform projects programmatically.',
	},
	'compute.googleapis.com': {
		title: 'Compute Engine API',
		summary: 'Creates and runs virtual machines on Google Cloud Platform.',
		needsBilling: true,
	},
	'run.googleapis.com': {
		title: 'Cloud Run Admin API',
		summary: 'Deploy and manage user provided container images that scale automatically based on incoming requests.',
		needsBilling: true,
	},
	'cloudbuild.googleapis.com': {title: 'Cloud Build API', summary: 'Creates and manages builds on Google Cloud Platform.', needsBilling: true},
	'cloudaicompanion.googleapis.com': {title: 'Gemini for Google Cloud API', summary: 'The AI-powered assistant for Google Cloud.'},
	'secretmanager.googleapis.com': {title: 'Secret Manager API', summary: 'Stores sensitive data such as API keys, passwords, and certificates.'},
	'storage.googleapis.com': {title: 'Cloud Storage API', summary: 'Lets you store and retrieve potentially-large, immutable data objects.'},
	'bigquery.googleapis.com': {title: 'BigQuery API', summary: 'A data platform for customers to create, manage, share and query data.'},
	'logging.googleapis.com': {title: 'Cloud Logging API', summary: 'Writes log entries and manages your Cloud Logging configuration.'},
	'monitoring.googleapis.com': {title: 'Cloud Monitoring API', summary: 'Manages your Cloud Monitoring data and configurations.'},
	'cloudapis.googleapis.com': {title: 'Google Cloud APIs', summary: 'This is a meta service for Google Cloud APIs for convenience.'},
};

export function serviceTitle(service: string): string {
	return SERVICES[service]?.title ?? service;
}
