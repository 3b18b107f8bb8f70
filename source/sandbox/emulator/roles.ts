/**
 * Predefined roles the sandbox knows, with a realistic subset of their permissions.
 * A trailing `.*` grants every permission with that prefix (as roles/aiplatform.admin does).
 */
const PROJECT_READ = ['resourcemanager.projects.get', 'resourcemanager.projects.list'];

const VIEWER = [
	...PROJECT_READ,
	'resourcemanager.projects.getIamPolicy',
	'serviceusage.services.get',
	'serviceusage.services.list',
	'serviceusage.quotas.get',
	'iam.serviceAccounts.get',
	'iam.serviceAccounts.list',
	'iam.serviceAccountKeys.get',
	'iam.serviceAccountKeys.list',
	'iam.roles.get',
	'iam.roles.list',
	'aiplatform.endpoints.get',
	'aiplatform.endpoints.list',
	'aiplatform.models.get',
	'aiplatform.models.list',
	'aiplatform.locations.get',
	'aiplatform.locations.list',
	'billing.resourcebillinginfo.get',
];

const AIPLATFORM_USER = [
	...PROJECT_READ,
	'aiplatform.endpoints.predict',
	'aiplatform.endpoints.get',
	'aiplatform.endpoints.list',
	'aiplatform.models.get',
	'aiplatform.models.list',
	'aiplatform.locations.get',
	'aiplatform.locations.list',
	'aiplatform.cachedContents.create',
	'aiplatform.cachedContents.get',
];

const SERVICE_USAGE_ADMIN = [
	...PROJECT_READ,
	'serviceusage.services.enable',
	'serviceusage.services.disable',
	'serviceusage.services.get',
	'serviceusage.services.list',
	'serviceusage.services.use',
	'serviceusage.operations.get',
	'serviceusage.operations.list',
	'serviceusage.quotas.get',
	'serviceusage.quotas.update',
	'monitoring.timeSeries.list',
];

const SA_ADMIN = [
	...PROJECT_READ,
	'iam.serviceAccounts.create',
	'iam.serviceAccounts.delete',
	'iam.serviceAccounts.disable',
	'iam.serviceAccounts.enable',
	'iam.serviceAccounts.get',
	'iam.serviceAccounts.getIamPolicy',
	'iam.serviceAccounts.list',
	'iam.serviceAccounts.setIamPolicy',
	'iam.serviceAccounts.undelete',
	'iam.serviceAccounts.update',
];

const SA_KEY_ADMIN = [
	...PROJECT_READ,
	'iam.serviceAccounts.get',
	'iam.serviceAccounts.list',
	'iam.serviceAccountKeys.create',
	'iam.serviceAccountKeys.delete',
	'iam.serviceAccountKeys.disable',
	'iam.serviceAccountKeys.enable',
	'iam.serviceAccountKeys.get',
	'iam.serviceAccountKeys.list',
];

const EDITOR = [
	...VIEWER,
	...AIPLATFORM_USER,
	...SERVICE_USAGE_ADMIN,
	...SA_ADMIN.filter(p => !p.endsWith('IamPolicy')),
	...SA_KEY_ADMIN,
	'aiplatform.*',
	'resourcemanager.projects.update',
];

const OWNER = [
	...EDITOR,
	'resourcemanager.projects.setIamPolicy',
	'resourcemanager.projects.delete',
	'resourcemanager.projects.createBillingAssignment',
	'resourcemanager.projects.deleteBillingAssignment',
	'iam.serviceAccounts.getIamPolicy',
	'iam.serviceAccounts.setIamPolicy',
];

export const ROLE_PERMISSIONS: Record<string, readonly string[]> = {
	'roles/owner': OWNER,
	'roles/editor': EDITOR,
	'roles/viewer': VIEWER,
	'roles/browser': [...PROJECT_READ, 'resourcemanager.projects.getIamPolicy', 'resourcemanager.folders.get', 'resourcemanager.folders.list'],
	'roles/aiplatform.user': AIPLATFORM_USER,
	'roles/aiplatform.admin': [...PROJECT_READ, 'aiplatform.*'],
	'roles/serviceusage.serviceUsageAdmin': SERVICE_USAGE_ADMIN,
	'roles/serviceusage.serviceUsageConsumer': [
		...PROJECT_READ,
		'serviceusage.services.get',
		'serviceusage.services.list',
		'serviceusage.services.use',
		'serviceusage.quotas.get',
	],
	'roles/resourcemanager.projectIamAdmin': [
		'resourcemanager.projects.get',
		'resourcemanager.projects.getIamPolicy',
		'resourcemanager.projects.setIamPolicy',
	],
	'roles/iam.serviceAccountAdmin': SA_ADMIN,
	'roles/iam.serviceAccountKeyAdmin': SA_KEY_ADMIN,
	'roles/billing.projectManager': [
		...PROJECT_READ,
		'resourcemanager.projects.createBillingAssignment',
		'resourcemanager.projects.deleteBillingAssignment',
	],
};

/** Each role's permissions as a set plus wildcard prefixes, built once (policies are checked often). */
const COMPILED = new Map(
	Object.entries(ROLE_PERMISSIONS).map(([role, perms]) => [
		role,
		{exact: new Set(perms), prefixes: perms.filter(p => p.endsWith('.*')).map(p => p.slice(0, -1))},
	]),
);

export function roleGrants(role: string, permission: string): boolean {
	const compiled = COMPILED.get(role);
	if (!compiled) return false;
	return compiled.exact.has(permission) || compiled.prefixes.some(prefix => permission.startsWith(prefix));
}
