/**
 * A sandbox scenario is plain data: what Google holds (server side) and what the developer's
 * machine holds (client side). The emulator reads the server part; the sandbox environment
 * builder writes the client part (gcloud config, credentials, ADC file, key files) into a temp HOME.
 */
export interface ScenarioBinding {
	role: string;
	members: string[];
	condition?: {title: string; description?: string; expression: string};
}

export interface ScenarioProject {
	projectId: string;
	/** int64 on the wire: always a string of digits. */
	projectNumber: string;
	/** The display name (v1 `name`, v3 `displayName`). */
	name: string;
	state?: 'ACTIVE' | 'DELETE_REQUESTED';
	parent?: {type: 'organization' | 'folder'; id: string};
	/** `billingAccounts/XXXXXX-XXXXXX-XXXXXX`, or null when no billing account is linked. */
	billingAccount: string | null;
	enabledServices: string[];
	bindings: ScenarioBinding[];
	/** accountIds of service accounts that exist in the project. */
	serviceAccounts?: string[];
	/** Org policy `constraints/iam.disableServiceAccountKeyCreation` enforced on this project. */
	disableServiceAccountKeyCreation?: boolean;
}

export type ScenarioAdc =
	| null
	| {type: 'authorized_user'; account: string; quotaProject?: string; reauthRequired?: boolean}
	| {
			type: 'service_account';
			projectId: string;
			accountId: string;
			/** File mode of the key file written on the client, e.g. 0o600 or 0o644. */
			mode: number;
			/** `env`: GOOGLE_APPLICATION_CREDENTIALS points at it; `well-known`: it is the gcloud ADC file. */
			via: 'env' | 'well-known';
	  };

export interface ScenarioClient {
	/** False: the machine has no gcloud at all. */
	gcloudInstalled: boolean;
	/** The account gcloud is logged in as, or null. */
	account: string | null;
	/** The gcloud account's session has expired (token refresh answers invalid_grant / invalid_rapt). */
	accountReauthRequired?: boolean;
	adc: ScenarioAdc;
	/** gcloud `core/project`, or null when unset. */
	project: string | null;
	/** Extra variables in the developer's shell (e.g. GOOGLE_API_KEY). */
	env?: Record<string, string>;
}

export interface Scenario {
	name: string;
	description: string;
	/** The person who signs in when `gcloud auth login` runs in the sandbox. */
	user: string;
	projects: ScenarioProject[];
	/** Models served per location; a model missing from a location answers 404. */
	models: Record<string, string[]>;
	/** After an enable or a role grant, Vertex keeps answering the old 403 for this long. */
	propagationMs: number;
	/** Service Usage operations finish this long after they start. */
	operationMs: number;
	client: ScenarioClient;
}
