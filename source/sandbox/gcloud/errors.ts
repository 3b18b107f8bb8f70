/**
 * Errors the stand-in prints as gcloud does: `ERROR: (gcloud.<command>) <message>` on stderr,
 * exit 1 for failures and exit 2 for usage errors.
 */
export class GcloudError extends Error {
	readonly exitCode: number = 1;
}

/** Argument problems (exit 2); `showUsage`: follow with the command's `Usage: gcloud …` block. */
export class UsageError extends GcloudError {
	override readonly exitCode = 2;
	constructor(
		message: string,
		readonly showUsage = false,
	) {
		super(message);
	}
}

/** The `You do not currently have an active account selected.` family (AuthenticationException). */
export function reloginText(message: string, opts: {forAdc?: boolean; serviceAccount?: boolean} = {}): string {
	let text: string;
	if (opts.forAdc) {
		text = `${message}\nPlease run:\n\n  $ gcloud auth application-default login\n\nto obtain new credentials.`;
	} else if (opts.serviceAccount) {
		text =
			`${message}\nPlease run:\n\n  $ gcloud auth activate-service-account --key-file=SERVICE_ACCOUNT_FILE_PATH\n\n` +
			'Or:\n\n  $ gcloud auth login --cred-file=SERVICE_ACCOUNT_FILE_PATH\n\nto obtain new credentials.';
	} else {
		text = `${message}\nPlease run:\n\n  $ gcloud auth login\n\nto obtain new credentials.`;
	}
	if (opts.forAdc) return text;
	return `${text}\n\nIf you have already logged in with a different account, run:\n\n  $ gcloud config set account ACCOUNT\n\nto select an already authenticated account to use.`;
}

export class NoActiveAccountError extends GcloudError {
	constructor() {
		super(reloginText('You do not currently have an active account selected.'));
	}
}

/** PrintTokenAuthenticationException: an account is set but nothing is stored for it. */
export class NoCredentialsForAccountError extends GcloudError {
	constructor(account: string) {
		super(
			`Your current active account [${account}] does not have any valid credentials\nPlease run:\n\n  $ gcloud auth login\n\n` +
				'to obtain new credentials.\n\nFor service account, please activate it first:\n\n  $ gcloud auth activate-service-account ACCOUNT',
		);
	}
}

export class RequiredProjectError extends GcloudError {
	constructor() {
		super(
			'The required property [project] is not currently set.\nIt can be set on a per-command basis by re-running your command with the [--project] flag.\n\n' +
				'You may set it for your current workspace by running:\n\n  $ gcloud config set project VALUE\n\n' +
				'or it can be set temporarily by the environment variable [CLOUDSDK_CORE_PROJECT]',
		);
	}
}

/** The sandbox stand-in has nowhere to send requests: say what it is and what to set. */
export class NotConfiguredError extends GcloudError {
	constructor(missing: string[]) {
		super(
			`This gcloud is the vertex-setup sandbox stand-in; it only talks to the sandbox emulator, and ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.\n` +
				'Set CLOUDSDK_API_ENDPOINT_OVERRIDES_<API> (CLOUDRESOURCEMANAGER, SERVICEUSAGE, CLOUDBILLING, IAM, AIPLATFORM) and CLOUDSDK_AUTH_TOKEN_HOST\n' +
				'to the emulator, for example with the `export` lines printed by `vertex-setup sandbox serve`.',
		);
	}
}

/** `ERROR: (gcloud.a.b) message` */
export function errorLine(command: string, message: string): string {
	return `ERROR: (${command}) ${message}\n`;
}
