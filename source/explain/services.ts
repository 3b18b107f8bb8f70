/**
 * Names Google uses for the same service in different places. Data only: adding a service is a
 * line here.
 */

/** API titles as they appear in "X API has not been used in project …" and similar messages. */
export const SERVICE_BY_TITLE: Record<string, string> = {
	'vertex ai api': 'aiplatform.googleapis.com',
	'agent platform api': 'aiplatform.googleapis.com',
	'cloud ai platform api': 'aiplatform.googleapis.com',
	'cloud resource manager api': 'cloudresourcemanager.googleapis.com',
	'service usage api': 'serviceusage.googleapis.com',
	'identity and access management (iam) api': 'iam.googleapis.com',
	'iam service account credentials api': 'iamcredentials.googleapis.com',
	'cloud billing api': 'cloudbilling.googleapis.com',
	'generative language api': 'generativelanguage.googleapis.com',
	'gemini for google cloud api': 'cloudaicompanion.googleapis.com',
	'compute engine api': 'compute.googleapis.com',
	'google cloud machine learning api': 'ml.googleapis.com',
	'cloud machine learning engine': 'ml.googleapis.com',
	'service management api': 'servicemanagement.googleapis.com',
	'cloud vision api': 'vision.googleapis.com',
	'cloud speech-to-text api': 'speech.googleapis.com',
	'cloud storage api': 'storage.googleapis.com',
};

/** What people call a service in prose. The newer "Agent Platform API" title is shown when the error used it. */
export const TITLE_BY_SERVICE: Record<string, string> = {
	'aiplatform.googleapis.com': 'Vertex AI API',
	'cloudresourcemanager.googleapis.com': 'Cloud Resource Manager API',
	'serviceusage.googleapis.com': 'Service Usage API',
	'iam.googleapis.com': 'IAM API',
	'iamcredentials.googleapis.com': 'IAM Service Account Credentials API',
	'cloudbilling.googleapis.com': 'Cloud Billing API',
	'generativelanguage.googleapis.com': 'Gemini API (Generative Language API)',
	'cloudaicompanion.googleapis.com': 'Gemini for Google Cloud API',
	'compute.googleapis.com': 'Compute Engine API',
	'ml.googleapis.com': 'Cloud Machine Learning API',
};

/** `ERROR: (gcloud.<group>.…)`: the API a gcloud command group calls. */
export const SERVICE_BY_GCLOUD_GROUP: Record<string, string> = {
	ai: 'aiplatform.googleapis.com',
	compute: 'compute.googleapis.com',
	iam: 'iam.googleapis.com',
	services: 'serviceusage.googleapis.com',
	projects: 'cloudresourcemanager.googleapis.com',
	'resource-manager': 'cloudresourcemanager.googleapis.com',
	billing: 'cloudbilling.googleapis.com',
	source: 'sourcerepo.googleapis.com',
	container: 'container.googleapis.com',
	run: 'run.googleapis.com',
	functions: 'cloudfunctions.googleapis.com',
	storage: 'storage.googleapis.com',
	sql: 'sqladmin.googleapis.com',
	secrets: 'secretmanager.googleapis.com',
	pubsub: 'pubsub.googleapis.com',
};

/** Permission prefixes whose service host is not `<prefix>.googleapis.com`. */
export const SERVICE_BY_PERMISSION_PREFIX: Record<string, string> = {
	resourcemanager: 'cloudresourcemanager.googleapis.com',
	billing: 'cloudbilling.googleapis.com',
};

/**
 * The smallest predefined role that carries a permission, by longest matching prefix. The
 * fallback for Vertex is roles/aiplatform.user, the role the wizard grants.
 */
export const ROLE_BY_PERMISSION: Record<string, string> = {
	'aiplatform.': 'roles/aiplatform.user',
	'serviceusage.services.use': 'roles/serviceusage.serviceUsageConsumer',
	'serviceusage.services.enable': 'roles/serviceusage.serviceUsageAdmin',
	'serviceusage.services.list': 'roles/serviceusage.serviceUsageViewer',
	'resourcemanager.projects.get': 'roles/browser',
	'resourcemanager.projects.getIamPolicy': 'roles/iam.securityReviewer',
	'resourcemanager.projects.setIamPolicy': 'roles/resourcemanager.projectIamAdmin',
	'iam.serviceAccountKeys.': 'roles/iam.serviceAccountKeyAdmin',
	'iam.serviceAccounts.getAccessToken': 'roles/iam.serviceAccountTokenCreator',
	'iam.serviceAccounts.actAs': 'roles/iam.serviceAccountUser',
	'iam.serviceAccounts.': 'roles/iam.serviceAccountAdmin',
	'billing.resourceAssociations.': 'roles/billing.user',
	'cloudaicompanion.': 'roles/cloudaicompanion.user',
	'storage.objects.get': 'roles/storage.objectViewer',
	'storage.objects.': 'roles/storage.objectUser',
};

export function roleForPermission(permission: string | null): string | null {
	if (!permission) return null;
	let best: string | null = null;
	let bestLength = 0;
	for (const [prefix, role] of Object.entries(ROLE_BY_PERMISSION)) {
		if (permission.startsWith(prefix) && prefix.length > bestLength) {
			best = role;
			bestLength = prefix.length;
		}
	}
	return best;
}

/**
 * Projects that belong to gcloud's own OAuth clients. A SERVICE_DISABLED naming one of them
 * means the call went out without a quota project of the user's.
 */
export const GCLOUD_CLIENT_PROJECTS = new Set(['google.com:cloudsdktool', '32555940559', '764086051850']);

/** Models that no longer answer on Vertex or the Gemini API (reference §7.4). Prefixes. */
export const RETIRED_MODEL_PREFIXES = [
	'gemini-1.0-', 'gemini-1.5-', 'gemini-pro', 'gemini-ultra', 'text-bison', 'chat-bison', 'code-bison',
	'codechat-bison', 'text-unicorn', 'gemini-2.0-flash-001', 'gemini-2.0-flash-lite-001', 'gemini-3-pro-preview',
];

/** The model a fix suggests: listed stable on the Vertex model-versions page (reference §7.4). */
export const SUGGESTED_MODEL = 'gemini-3.1-flash-lite';
