import type {Scenario, ScenarioBinding, ScenarioProject} from './scenario.js';

/**
 * The named sandbox worlds. `healthy` is a complete, working setup; each breakage scenario is
 * `healthy` with exactly one thing broken, so a repair can be checked against `healthy`.
 */
const DEV = 'dev@example.com';
const MAIN = 'vertex-demo-123';
const BILLING = 'billingAccounts/01A2B3-C4D5E6-F7A8B9';
const AIPLATFORM = 'aiplatform.googleapis.com';
const RUNNER = `serviceAccount:vertex-runner@${MAIN}.iam.gserviceaccount.com`;
const ORG = {type: 'organization', id: '246813579'} as const;

/** What a new project has enabled out of the box. */
const BASE_SERVICES = [
	'bigquery.googleapis.com',
	'cloudapis.googleapis.com',
	'logging.googleapis.com',
	'monitoring.googleapis.com',
	'serviceusage.googleapis.com',
	'storage.googleapis.com',
];

const REGIONAL = ['gemini-3.1-flash-lite', 'gemini-2.5-flash'];
const MODELS: Record<string, string[]> = {
	global: ['gemini-3.1-flash-lite', 'gemini-2.5-flash', 'gemini-3.1-pro-preview', 'gemini-3-flash-preview'],
	'us-central1': REGIONAL,
	'europe-west4': REGIONAL,
	'asia-northeast1': REGIONAL,
};

/** Bindings other people hold; repairs must leave them (and the condition) alone. */
const OTHERS: ScenarioBinding[] = [
	{role: 'roles/owner', members: ['user:alice@example.com']},
	{
		role: 'roles/viewer',
		members: ['user:contractor@example.com'],
		condition: {title: 'until-2030', description: 'Temporary read access for the audit', expression: "request.time < timestamp('2030-01-01T00:00:00Z')"},
	},
];

/** What lets the developer fix everything themselves on the main project. */
const DEV_ADMIN = ['roles/browser', 'roles/serviceusage.serviceUsageAdmin', 'roles/resourcemanager.projectIamAdmin'];

function bind(role: string, ...members: string[]): ScenarioBinding {
	return {role, members};
}

function mainProject(): ScenarioProject {
	return {
		projectId: MAIN,
		projectNumber: '123456789012',
		name: 'Vertex Demo',
		parent: ORG,
		billingAccount: BILLING,
		enabledServices: [...BASE_SERVICES, AIPLATFORM, 'generativelanguage.googleapis.com'],
		bindings: [
			...structuredClone(OTHERS),
			...DEV_ADMIN.map(r => bind(r, `user:${DEV}`)),
			bind('roles/iam.serviceAccountAdmin', `user:${DEV}`),
			bind('roles/iam.serviceAccountKeyAdmin', `user:${DEV}`),
			bind('roles/aiplatform.user', `user:${DEV}`, RUNNER),
		],
		serviceAccounts: ['vertex-runner'],
	};
}

function otherProjects(): ScenarioProject[] {
	return [
		{
			projectId: 'team-sandbox-456',
			projectNumber: '456789012345',
			name: 'Team Sandbox',
			parent: ORG,
			billingAccount: BILLING,
			enabledServices: [...BASE_SERVICES],
			bindings: [bind('roles/owner', 'user:lead@example.com'), bind('roles/editor', `user:${DEV}`)],
		},
		{
			projectId: 'legacy-app-789',
			projectNumber: '789012345678',
			name: 'Legacy App',
			billingAccount: null,
			enabledServices: [...BASE_SERVICES],
			bindings: [bind('roles/owner', 'user:alice@example.com'), bind('roles/viewer', `user:${DEV}`)],
		},
	];
}

function healthy(): Scenario {
	return {
		name: 'healthy',
		description: 'Everything is set up: signed in, ADC ready, billing linked, Vertex AI enabled, role granted; the Gemini smoke test passes.',
		user: DEV,
		projects: [mainProject(), ...otherProjects()],
		models: structuredClone(MODELS),
		propagationMs: 1500,
		operationMs: 300,
		client: {
			gcloudInstalled: true,
			account: DEV,
			adc: {type: 'authorized_user', account: DEV, quotaProject: MAIN},
			project: MAIN,
		},
	};
}

/** `healthy` with one change. */
function variant(name: string, description: string, change: (s: Scenario, main: ScenarioProject) => void): Scenario {
	const s = healthy();
	s.name = name;
	s.description = description;
	change(s, s.projects[0]!);
	return s;
}

function fresh(): Scenario {
	return variant(
		'fresh',
		'A new machine: gcloud installed but signed out, no ADC, no project chosen, Vertex AI disabled and no Vertex role yet (you have the rights to fix it all).',
		(s, main) => {
			s.client = {gcloudInstalled: true, account: null, adc: null, project: null};
			main.enabledServices = [...BASE_SERVICES];
			main.bindings = [...structuredClone(OTHERS), ...DEV_ADMIN.map(r => bind(r, `user:${DEV}`))];
			main.serviceAccounts = [];
		},
	);
}

/** 5,000 extra projects the developer can see, generated cheaply with stable ids. */
function manyProjects(): Scenario {
	return variant('many-projects', 'A healthy setup in an account that can see 5,000 more projects (for paging and the project picker).', s => {
		for (let i = 1; i <= 5000; i++) {
			const n = String(i).padStart(5, '0');
			s.projects.push({
				projectId: `proj-${n}`,
				projectNumber: String(900_000_000_000 + i),
				name: `Project ${n}`,
				billingAccount: null,
				enabledServices: [],
				bindings: [bind('roles/viewer', `user:${DEV}`)],
			});
		}
	});
}

const list: Scenario[] = [
	healthy(),
	fresh(),
	variant('not-logged-in', 'gcloud has no signed-in account; everything else is fine.', s => {
		s.client.account = null;
	}),
	variant('adc-missing', "No Application Default Credentials file, so client libraries can't find credentials.", s => {
		s.client.adc = null;
	}),
	variant('adc-expired', 'The ADC refresh token was expired by a session policy: refreshing it fails with invalid_rapt (reauth needed).', s => {
		s.client.adc = {type: 'authorized_user', account: DEV, quotaProject: MAIN, reauthRequired: true};
	}),
	variant('gcloud-missing', 'gcloud is not installed; the ADC file from an earlier install is still there.', s => {
		s.client.gcloudInstalled = false;
	}),
	variant('api-disabled', `The Vertex AI (Agent Platform) API is disabled on ${MAIN}.`, (_s, main) => {
		main.enabledServices = main.enabledServices.filter(x => x !== AIPLATFORM);
	}),
	variant('billing-disabled', `${MAIN} has no billing account linked, so Vertex AI calls fail with BILLING_DISABLED.`, (_s, main) => {
		main.billingAccount = null;
	}),
	variant('role-missing', `You hold no role with aiplatform.endpoints.predict on ${MAIN} (but may edit its IAM policy).`, (_s, main) => {
		main.bindings = main.bindings.filter(b => b.role !== 'roles/aiplatform.user').concat(bind('roles/aiplatform.user', RUNNER));
	}),
	variant('key-world-readable', 'ADC is a service-account key file (GOOGLE_APPLICATION_CREDENTIALS) with mode 644: other users can read it.', s => {
		s.client.adc = {type: 'service_account', projectId: MAIN, accountId: 'vertex-runner', mode: 0o644, via: 'env'};
	}),
	variant('quota-project-mismatch', 'ADC charges quota to team-sandbox-456, where the Vertex AI API is disabled.', s => {
		s.client.adc = {type: 'authorized_user', account: DEV, quotaProject: 'team-sandbox-456'};
	}),
	variant('model-retired', 'gemini-3.1-flash-lite is no longer served anywhere; gemini-2.5-flash still is.', s => {
		for (const loc of Object.keys(s.models)) s.models[loc] = s.models[loc]!.filter(m => m !== 'gemini-3.1-flash-lite');
	}),
	variant('key-creation-blocked', `An organization policy forbids creating service-account keys on ${MAIN}.`, (_s, main) => {
		main.disableServiceAccountKeyCreation = true;
	}),
	manyProjects(),
];

export const scenarios: Record<string, Scenario> = Object.fromEntries(list.map(s => [s.name, s]));
export const scenarioNames: string[] = list.map(s => s.name);
