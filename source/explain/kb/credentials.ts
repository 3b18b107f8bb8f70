import type {Entry} from '../types.js';

const ADC_WHY =
	'Client libraries look for credentials in GOOGLE_APPLICATION_CREDENTIALS, then in the file `gcloud auth application-default login` writes (~/.config/gcloud/application_default_credentials.json, or under $CLOUDSDK_CONFIG), then on the Google Cloud metadata server.';
const ADC_STEPS = [
	'Create Application Default Credentials with your own Google account (a browser opens).',
	'Set their quota project⟦ to {project}||⟧.',
	'Run your program as the same user (not under sudo, which searches root\'s home), or point GOOGLE_APPLICATION_CREDENTIALS at a credentials file.',
];
const ADC_COMMANDS = ['gcloud auth application-default login', 'gcloud auth application-default set-quota-project {project}'];
const LOGIN_WIZARD = 'vertex-setup⟦ --project {project}⟧';

/** Application Default Credentials and sign-in state. */
export const CREDENTIAL_ENTRIES: readonly Entry[] = [
	{
		id: 'adc-missing',
		category: 'adc_missing',
		signals: [
			{weight: 0.96, text: /Could not load the default credentials|default credentials were not found/i},
			{weight: 0.93, text: /Application default credentials have not been set up/i},
			{weight: 0.9, exception: /^DefaultCredentialsError$/},
			{
				weight: 0.9,
				text: /application_default_credentials\.json/,
				when: (f) => /Failed to load|No such file|not found|does not exist|ENOENT|Unable to read|could not/i.test(f.text),
			},
			{weight: 0.8, reason: ['CREDENTIALS_MISSING']},
			{weight: 0.8, text: /missing required authentication credential/i},
		],
		summary: 'No Application Default Credentials were found for this program.',
		why: `${ADC_WHY} None was there. Signing in to gcloud (\`gcloud auth login\`) alone does not create them.`,
		steps: ADC_STEPS,
		commands: ADC_COMMANDS,
		wizard: LOGIN_WIZARD,
	},
	{
		id: 'adc-metadata-probe',
		category: 'adc_missing',
		signals: [{weight: 0.92, text: /Compute Engine Metadata server unavailable|metadata\.google\.internal|Failed to retrieve [^\n]{0,40}from the Google Compute Engine metadata service/i}],
		summary: 'No Application Default Credentials were found, so the library tried the Google Cloud metadata server, which this machine does not have.',
		why: `${ADC_WHY} The metadata server is tried last and exists only on Google Cloud, so off Google Cloud the real problem is the missing credentials, not the network.`,
		steps: ADC_STEPS,
		commands: ADC_COMMANDS,
		wizard: LOGIN_WIZARD,
	},
	{
		id: 'reauth-gcloud',
		category: 'reauth_required',
		signals: [
			{
				weight: 0.97,
				gcloud: /^(?!auth\.application-default)/,
				text: /problem refreshing your current auth tokens|Reauthentication failed|reauth/i,
			},
		],
		summary: 'gcloud\'s saved sign-in has expired or was revoked; Google wants you to sign in again.',
		why: 'gcloud refreshes its token with a saved refresh token. A Workspace session-length policy, a password change or a revoked grant makes every refresh fail until you sign in again, and gcloud cannot prompt when run from a script.',
		steps: ['Sign in to gcloud again in a terminal.', 'If your own code fails the same way, renew Application Default Credentials too.'],
		commands: ['gcloud auth login', 'gcloud auth application-default login'],
		wizard: LOGIN_WIZARD,
	},
	{
		id: 'reauth-adc',
		category: 'reauth_required',
		signals: [
			{weight: 0.96, text: /Reauthentication is needed|reauth related error|invalid_rapt/i},
			{weight: 0.93, oauth: /Token has been expired or revoked|reauth/i},
			{weight: 0.93, text: /Token has been expired or revoked/i},
			{weight: 0.9, text: /problem refreshing your current auth tokens/i},
			{weight: 0.75, oauth: /^invalid_grant/},
			{weight: 0.7, exception: /^RefreshError$/},
		],
		summary: 'Your saved Google sign-in has expired or was revoked; Google wants you to sign in again.',
		why: 'Refresh tokens stop working when a Workspace session-length policy asks for reauthentication (invalid_rapt), after a password change, or when the grant is revoked; every refresh then fails with invalid_grant. Programs that were already running keep the old credentials until restarted.',
		steps: [
			'Sign in again for Application Default Credentials, the identity your code uses.',
			'If gcloud commands fail too, sign in to gcloud as well.',
			'Restart programs that were already running (editors, notebooks, servers).',
		],
		commands: ['gcloud auth application-default login', 'gcloud auth login'],
		wizard: LOGIN_WIZARD,
	},
	{
		id: 'token-invalid',
		category: 'reauth_required',
		signals: [
			{weight: 0.88, reason: ['ACCESS_TOKEN_EXPIRED', 'ACCESS_TOKEN_TYPE_UNSUPPORTED']},
			{weight: 0.85, text: /Request had invalid authentication credentials|Invalid Credentials|invalid_token/},
			{weight: 0.4, status: ['UNAUTHENTICATED']},
			{weight: 0.38, http: [401]},
		],
		summary: 'Google rejected the access token: it has expired, or it is not a valid token for this API.',
		why: 'Access tokens last an hour. A token copied from `gcloud auth print-access-token` into a script or variable stops working after that; client libraries renew tokens themselves only when they hold a refresh token or a key.',
		steps: [
			'Let the client library get tokens from Application Default Credentials instead of passing a fixed token.',
			'For curl, fetch a fresh token for each call with $(gcloud auth print-access-token).',
			'If renewing fails too, sign in again.',
		],
		commands: ['gcloud auth application-default login', 'gcloud auth print-access-token'],
		wizard: LOGIN_WIZARD,
	},
	{
		id: 'token-scopes',
		category: 'reauth_required',
		signals: [{weight: 0.65, reason: ['ACCESS_TOKEN_SCOPE_INSUFFICIENT']}, {weight: 0.65, text: /insufficient authentication scopes/i}],
		summary: 'The credentials were issued without the scope this API needs (cloud-platform).',
		why: 'Application Default Credentials made with custom --scopes, and Compute Engine VMs whose service account has limited access scopes, get tokens that only some APIs accept.',
		steps: [
			'On your machine, recreate Application Default Credentials with the default scopes.',
			'On a VM, stop it and set its access scope to cloud-platform (IAM roles then decide what it may do).',
		],
		commands: ['gcloud auth application-default login', 'gcloud compute instances set-service-account INSTANCE --zone=ZONE --scopes=cloud-platform'],
		wizard: LOGIN_WIZARD,
	},
	{
		id: 'gcloud-no-account',
		category: 'gcloud_no_account',
		signals: [{weight: 0.96, text: /You do not currently have an active account selected/}, {weight: 0.93, text: /No credentialed accounts/}],
		summary: 'gcloud has no active account: nobody is signed in for this user and configuration.',
		why: 'gcloud keeps accounts in its configuration directory (~/.config/gcloud, or $CLOUDSDK_CONFIG). Under sudo, in a container, or with CLOUDSDK_CONFIG pointing elsewhere (or at a relative path), that is not the directory you signed in with.',
		steps: [
			'Sign in to gcloud (a browser opens).',
			'If you signed in before, list the accounts and select yours.',
			'Run gcloud as the same user, with the same CLOUDSDK_CONFIG, that you signed in with.',
		],
		commands: ['gcloud auth login', 'gcloud auth list', 'gcloud config set account ACCOUNT'],
		wizard: LOGIN_WIZARD,
	},
];
