import type {Entry} from '../types.js';
import {onGoogleVm} from './conditions.js';

/**
 * Known causes outside the setup categories. They are `other`, but each turns a misleading
 * keyword ("billing", "default credentials") into the real cause.
 */
export const OTHER_ENTRIES: readonly Entry[] = [
	{
		id: 'google-vm-credentials',
		category: 'other',
		signals: [{weight: 0.96, when: onGoogleVm, text: /Application default credentials have not been set up|set-quota-project/i}],
		summary: 'This runs on a Google Cloud VM, whose service account⟦ ({memberEmail})⟧ already provides credentials: user ADC and a quota project do not apply here.',
		why: 'On Compute Engine, Vertex AI Workbench and other Google Cloud runtimes, client libraries get tokens for the attached service account from the metadata server. `gcloud auth application-default set-quota-project` needs a user ADC file, which does not exist there, and API errors that follow refer to the VM\'s own project.',
		steps: [
			'Skip set-quota-project on the VM; give your code the project explicitly (GOOGLE_CLOUD_PROJECT, or vertexai.init(project=…)).',
			'Give the VM\'s service account roles/aiplatform.user on the project, and enable the APIs the error names.',
		],
		commands: [
			'export GOOGLE_CLOUD_PROJECT={project}',
			'gcloud projects add-iam-policy-binding {project} --member={member} --role=roles/aiplatform.user --condition=None',
			'⟦gcloud services enable {service} --project={consumer}⟧',
		],
	},
	{
		id: 'empty-project',
		category: 'other',
		signals: [
			{weight: 0.97, text: /\bproject\s{0,3}(?:\[\]|''|""|``|\(\))(?=[\s.,:;]|$)/i},
			{weight: 0.95, text: /projects\/(?:\/|None\/|null\/|undefined\/)/},
		],
		summary: 'The request went out with an empty project ID: the tool never got a project, whatever the rest of the message says.',
		why: 'An empty project in an error ("project []") means the program asked Google about no project at all. The billing or permission wording around it is a side effect. A broken gcloud installation that cannot read its configuration causes this too.',
		steps: [
			'Check which project gcloud and your code use.',
			'Set it for both.',
			'If gcloud cannot print its configuration, reinstall the Google Cloud CLI.',
		],
		commands: ['gcloud config get-value project', 'gcloud config set project {project}', 'export GOOGLE_CLOUD_PROJECT={project}'],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'sdk-missing',
		category: 'other',
		signals: [
			{
				weight: 0.9,
				text: /No module named ['"]?(?:vertexai|google\.cloud|google\.genai|google\.generativeai)|(?:vertexai|aiplatform) import failed|Cannot find (?:module|package) ['"]@google(?:-cloud)?\/(?:genai|vertexai)/i,
			},
		],
		summary: 'The Google AI SDK is not installed in the environment that runs your program.',
		why: 'The import failed before any call to Google. Virtual environments, pipx apps and a second Python or Node each have their own packages, so an install elsewhere does not help.',
		steps: ['Install the SDK into the environment the program runs in (for a pipx app: pipx inject APP google-genai).'],
		commands: ['python3 -m pip install -U google-genai', 'npm install @google/genai'],
	},
	{
		id: 'restricted-safety-setting',
		category: 'other',
		signals: [{weight: 0.96, text: /restricted HarmBlockThreshold/}],
		summary: 'The request asks for a restricted safety setting (BLOCK_NONE) that this account may not use.',
		why: 'Vertex limits some safety thresholds to allow-listed or invoiced accounts. The billing wording in the error is about the account type, not about billing being disabled.',
		steps: ['Use BLOCK_ONLY_HIGH (or OFF where supported) instead of BLOCK_NONE, or ask your Google account team for access.'],
		commands: [],
	},
	{
		id: 'clock-skew',
		category: 'other',
		signals: [{weight: 0.96, text: /Token must be a short-lived token|iat and exp values|clock with skew|Token used too (?:early|late)/i}],
		summary: 'Google rejected the signed sign-in token because this machine\'s clock is wrong.',
		why: 'A service-account sign-in sends a token stamped with the local time, and Google refuses it when the clock is off by more than a few minutes (common in VMs and WSL after sleep).',
		steps: ['Synchronise the system clock, then retry.'],
		commands: ['date -u', 'sudo timedatectl set-ntp true'],
	},
];
