import type {Entry} from '../types.js';

const DESCRIBE = 'gcloud resource-manager org-policies describe {constraint} --project={project} --effective';

/** Organization policies: rules set above the project that no project role overrides. */
export const POLICY_ENTRIES: readonly Entry[] = [
	{
		id: 'org-key-creation',
		category: 'org_policy',
		signals: [{weight: 0.97, text: /iam\.(?:managed\.)?disableServiceAccountKeyCreation|Key creation is not allowed on this service account/}],
		summary: 'An organization policy (iam.disableServiceAccountKeyCreation) forbids service-account keys in ⟦project {project}||this project⟧.',
		why: 'Many organizations block downloadable keys because a leaked key file is a long-lived credential. Project Owner, and even Super Admin, does not override it; only an Organization Policy Administrator can.',
		steps: [
			'Skip the key: on your machine use your own login for Application Default Credentials and grant your user roles/aiplatform.user.',
			'On Google Cloud (Cloud Run, GKE, VMs) attach the service account to the workload instead of using a key.',
			'If you really need a key, ask an Organization Policy Administrator to override the constraint for this project.',
		],
		commands: [
			'gcloud auth application-default login',
			'gcloud resource-manager org-policies describe iam.disableServiceAccountKeyCreation --project={project} --effective',
		],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'org-locations',
		category: 'org_policy',
		signals: [{weight: 0.96, text: /gcp\.resourceLocations/}],
		summary: 'An organization policy (gcp.resourceLocations) does not allow ⟦{location}||the location you used⟧ in ⟦project {project}||this project⟧.',
		why: 'The organization limits where resources and requests may live. Any call in a location outside the allowed list fails, whatever your roles.',
		steps: [
			'See which locations the policy allows.',
			'Use one of them as the location in your code (GOOGLE_CLOUD_LOCATION, vertexai.init(location=…)) and in the wizard.',
		],
		commands: ['gcloud resource-manager org-policies describe gcp.resourceLocations --project={project} --effective'],
		wizard: 'vertex-setup⟦ --project {project}⟧ --region REGION',
	},
	{
		id: 'org-member-domains',
		category: 'org_policy',
		signals: [{weight: 0.96, text: /allowedPolicyMemberDomains|do not belong to a permitted customer/}],
		summary: 'An organization policy (iam.allowedPolicyMemberDomains) only lets accounts of your organization hold roles, and ⟦{memberEmail}||this member⟧ is outside it.',
		why: 'Domain-restricted sharing stops roles being granted to personal Gmail accounts or accounts of other organizations.',
		steps: [
			'Grant the role to an account in your organization, or to a service account of the project.',
			'Or ask an Organization Policy Administrator for an exception.',
		],
		commands: ['gcloud resource-manager org-policies describe iam.allowedPolicyMemberDomains --project={project} --effective'],
		wizard: 'vertex-setup⟦ --project {project}⟧ --principal user:EMAIL',
	},
	{
		id: 'org-policy',
		category: 'org_policy',
		signals: [
			{weight: 0.95, reason: ['ORG_POLICY_CONSTRAINT_VIOLATED', 'CONSTRAINT_VIOLATED']},
			{weight: 0.93, text: /violated one or more Org Polic|\borg(?:anization)?[ -]?polic(?:y|ies)\b|\bconstraints\/[A-Za-z]/i},
		],
		summary: 'An organization policy⟦ ({constraint})⟧ blocks this in ⟦project {project}||this project⟧.',
		why: 'Organization policies are set above the project, and no project role overrides them; the error names the constraint.',
		steps: [
			'Read the effective policy to see what it allows.',
			'Change the request to fit it, or ask an Organization Policy Administrator for an exception.',
		],
		commands: [DESCRIBE],
	},
];
