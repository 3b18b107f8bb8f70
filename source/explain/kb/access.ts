import type {Entry} from '../types.js';
import {projectIsDisplayName} from './conditions.js';

const DENIED = /permission|denied|forbidden/i;

/** Who may do what where: IAM, project identity. */
export const ACCESS_ENTRIES: readonly Entry[] = [
	{
		id: 'project-not-found',
		category: 'project_not_found',
		signals: [
			{weight: 0.97, reason: ['CONSUMER_INVALID']},
			{weight: 0.96, text: /not the project name/},
			{weight: 0.96, status: ['PERMISSION_DENIED'], when: projectIsDisplayName},
			{weight: 0.95, text: DENIED, when: projectIsDisplayName},
			{weight: 0.93, text: /Invalid value for project|Unknown project id/i},
			{weight: 0.9, text: /Project ['"`][^'"`\n]{1,100}['"`] (?:was )?not found|\bproject [^\s]{1,100} (?:does not exist|has been deleted)|pending deletion|DELETE_REQUESTED/i},
		],
		summary: '⟦"{project}"||The project⟧ is not a project ID Google knows, or not one you can see: a display name, a typo, or a deleted project.',
		why: 'APIs and commands need the project ID (lowercase letters, digits and hyphens, like my-proj-123), not the display name the console shows. For a project that does not exist or that you cannot see, Google answers "permission denied" rather than "not found".',
		steps: [
			'List the projects you can use and copy the PROJECT_ID column.',
			'Use that ID everywhere: gcloud config, GOOGLE_CLOUD_PROJECT and your code.',
		],
		commands: ['gcloud projects list', 'gcloud config set project PROJECT_ID', 'export GOOGLE_CLOUD_PROJECT=PROJECT_ID'],
		wizard: 'vertex-setup',
	},
	{
		id: 'project-unset',
		category: 'project_not_found',
		signals: [
			{weight: 0.9, text: /Unable to detect a Project Id|project (?:ID )?(?:is )?(?:required|not set|must be (?:set|specified))|No project (?:ID )?(?:was )?(?:specified|set|found)/i},
		],
		summary: 'No Google Cloud project is set, so the library does not know which project to call.',
		why: 'Client libraries take the project from their options, then GOOGLE_CLOUD_PROJECT, then the service-account key, then gcloud\'s configured project. None of them gave one.',
		steps: ['Set the project for gcloud and for your code.'],
		commands: ['gcloud config set project {project}', 'export GOOGLE_CLOUD_PROJECT={project}'],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'user-project-denied',
		category: 'permission_denied',
		signals: [
			{weight: 0.95, reason: ['USER_PROJECT_DENIED'], permission: 'serviceusage.services.use'},
			{weight: 0.94, text: /Caller does not have required permission to use project|as a quota project because/, permission: 'serviceusage.services.use'},
		],
		summary: '⟦{memberEmail}||The account⟧ may not charge calls to ⟦project {project}||the quota project⟧: it lacks serviceusage.services.use there.',
		why: 'Every call is charged to a quota project (the ADC quota_project_id, the x-goog-user-project header, or gcloud\'s billing/quota_project). Charging a project needs serviceusage.services.use on it, which roles/serviceusage.serviceUsageConsumer grants.',
		steps: [
			'Grant the account {role|roles/serviceusage.serviceUsageConsumer} on ⟦{project}||the project⟧ (an owner or IAM admin must do it).',
			'Or make a project where you have that permission your quota project.',
			'Allow a minute or two for the grant to propagate, then retry.',
		],
		commands: [
			'gcloud projects add-iam-policy-binding {project} --member={member} --role={role} --condition=None',
			'gcloud auth application-default set-quota-project {project}',
		],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'permission-denied',
		category: 'permission_denied',
		signals: [
			{weight: 0.95, reason: ['IAM_PERMISSION_DENIED']},
			{weight: 0.94, text: /Permission denied to enable service/, permission: 'serviceusage.services.enable'},
			{weight: 0.92, text: /Permission ['"`][a-z][^'"`\s]{2,100}['"`] denied on/},
			{weight: 0.9, text: /does not have (?:the )?["'`]?[a-z]{2,40}\.[a-zA-Z]{2,60}\.[a-zA-Z]{2,60}["'`]? permission/},
			{weight: 0.85, text: /\bcaller does not have permission|does not have permission to|Permission denied on resource|\bIAM_PERMISSION_DENIED\b|\blacks? (?:the )?(?:IAM )?permission/i},
			{weight: 0.5, status: ['PERMISSION_DENIED']},
			{weight: 0.45, http: [403]},
		],
		summary: '⟦{memberEmail}||The account making the call⟧ is missing ⟦the permission {permission}||a permission it needs⟧ on ⟦project {project}||the project⟧.',
		why: 'Google checks IAM on the project for every call: the account needs a role that holds the permission, and {role} does. Google also says "permission denied" when the project does not exist or is misspelled, and for a disabled API in some clients, so check those first.',
		steps: [
			'Check that ⟦{project}||the project⟧ is the project ID you meant: `gcloud projects describe` must find it.',
			'Grant ⟦{member}||the account⟧ the role {role} on the project (an owner or IAM admin must do it).',
			'Allow a minute or two for the grant to propagate, then retry.',
		],
		commands: [
			'gcloud projects describe {project}',
			'gcloud projects add-iam-policy-binding {project} --member={member} --role={role} --condition=None',
		],
		wizard: 'vertex-setup⟦ --project {project}⟧⟦ --principal {member}⟧',
	},
];
