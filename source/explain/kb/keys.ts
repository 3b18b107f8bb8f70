import type {Entry} from '../types.js';

const NO_KEY = 'gcloud auth application-default login';
const NEW_KEY = 'gcloud iam service-accounts keys create key.json --iam-account=SERVICE_ACCOUNT_EMAIL';
const KEY_WIZARD = 'vertex-setup⟦ --project {project}⟧ --key-file KEY_FILE';

/** Service-account key files: wrong kind, damaged, revoked, or not where the variable says. */
export const KEY_ENTRIES: readonly Entry[] = [
	{
		id: 'key-path',
		category: 'key_file_invalid',
		signals: [
			{weight: 0.96, text: /Unable to read the credential file specified by the GOOGLE_APPLICATION_CREDENTIALS/},
			{weight: 0.93, text: /GOOGLE_APPLICATION_CREDENTIALS[^\n]{0,100}(?:not found|does not exist|No such file|ENOENT|is not a file|EACCES)/i},
			{weight: 0.93, exception: /^DefaultCredentialsError$/, text: /File [^\n]{1,200} was not found/},
		],
		summary: 'GOOGLE_APPLICATION_CREDENTIALS points to a file that cannot be read.',
		why: 'When GOOGLE_APPLICATION_CREDENTIALS is set, client libraries use that file and try nothing else. A wrong or relative path, or a file you may not read, stops them there.',
		steps: [
			'Check that the variable holds the absolute path of a key file you can read.',
			'Or unset it and use your own sign-in as Application Default Credentials.',
		],
		commands: ['ls -l "$GOOGLE_APPLICATION_CREDENTIALS"', 'unset GOOGLE_APPLICATION_CREDENTIALS', NO_KEY],
		wizard: KEY_WIZARD,
	},
	{
		id: 'key-revoked',
		category: 'key_file_invalid',
		signals: [
			{weight: 0.96, text: /Invalid JWT Signature/i},
			{weight: 0.93, oauth: /^invalid_grant/, text: /account not found/i},
		],
		summary: 'The service-account key was rejected: the key, or its service account, was deleted or disabled.',
		why: 'Google accepts a key only while the key and its service account exist and are enabled. The JSON file on disk still looks fine after either is deleted.',
		steps: [
			'Compare the private_key_id in the file with the keys the service account still has.',
			'Create a new key, or better, drop the key and use your own sign-in for Application Default Credentials.',
		],
		commands: ['gcloud iam service-accounts keys list --iam-account=SERVICE_ACCOUNT_EMAIL', NO_KEY],
		wizard: KEY_WIZARD,
	},
	{
		id: 'key-damaged',
		category: 'key_file_invalid',
		signals: [
			{
				weight: 0.93,
				text: /Could not deserialize key data|PEM routines|DECODER routines|no start line|Invalid PEM|Failed to parse private key|private key[^\n]{0,40}(?:invalid|malformed|could not be parsed)/i,
			},
		],
		summary: 'The private key in the key file cannot be read: the file was altered or damaged.',
		why: 'A key file is JSON whose private_key holds a PEM block with escaped newlines (\\n). Passing it through an environment variable, a secret store or a string replace often turns those into spaces or literal backslashes, and the key no longer parses.',
		steps: [
			'Load the key file exactly as downloaded: pass its path, or parse its unchanged content.',
			'If the file itself was changed, create a new key and delete the old one.',
		],
		commands: [NEW_KEY, NO_KEY],
		wizard: KEY_WIZARD,
	},
	{
		id: 'key-wrong-type',
		category: 'key_file_invalid',
		signals: [
			{
				weight: 0.93,
				text: /Unexpected credentials type|does not contain a (?:client_email|private_key) field|Service account info was not in the expected format|is not a valid json file|missing (?:required )?fields?[^\n]{0,30}client_email/i,
			},
		],
		summary: 'The credentials file is not a service-account key (it has no "type": "service_account"; it may be an OAuth client file).',
		why: 'The console offers several JSON downloads. Only IAM → Service accounts → Keys → Add key → JSON gives a service-account key, with type, client_email and private_key; an OAuth client secret (client_secret_….json) does not work where a service account is expected.',
		steps: ['Create a service-account key, or skip keys and use your own sign-in for Application Default Credentials.'],
		commands: [NEW_KEY, NO_KEY],
		wizard: KEY_WIZARD,
	},
];
