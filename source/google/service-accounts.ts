import type {AuthClient} from 'google-auth-library';
import {at, iamV1} from './clients.js';
import type {Endpoints} from './endpoints.js';
import {call, GoogleApiError, type Problem} from './errors.js';
import {email, projectId} from './ids.js';
import {isKeyCreationBlocked} from './problems.js';
import {valid} from './validate.js';

export interface ServiceAccountSummary {
	email: string;
	displayName?: string;
	disabled: boolean;
}

/** The project's service accounts (100 a page, all pages), for choosing a principal. */
export async function listServiceAccounts(auth: AuthClient, endpoints: Endpoints, project: string, signal?: AbortSignal): Promise<ServiceAccountSummary[]> {
	const name = `projects/${valid(projectId, project)}`;
	const client = iamV1(auth);
	const accounts: ServiceAccountSummary[] = [];
	let pageToken: string | undefined;
	do {
		const res = await call(() => client.projects.serviceAccounts.list({name, pageSize: 100, pageToken}, at(endpoints.iam, signal)));
		for (const a of res.data.accounts ?? []) {
			if (a.email) accounts.push({email: a.email, displayName: a.displayName || undefined, disabled: a.disabled === true});
		}
		pageToken = res.data.nextPageToken || undefined;
	} while (pageToken);
	return accounts;
}

/** The parsed JSON key file. Holds a private key: never print or log it. */
export type KeyFileJson = Record<string, unknown> & {type: 'service_account'; client_email: string; private_key: string; private_key_id?: string};

export type CreateKeyResult =
	| {ok: true; keyId: string; json: KeyFileJson; text: string}
	/** An org policy forbids keys here: a normal outcome in secure-by-default organizations. */
	| {ok: false; blocked: 'org-policy'; constraint: string; problem: Problem};

/**
 * Creates a JSON key for the service account. The caller writes `text` to disk with mode 0600
 * from the first byte (open with flag 'wx'), never chmod afterwards.
 */
export async function createKey(auth: AuthClient, endpoints: Endpoints, project: string, account: string, signal?: AbortSignal): Promise<CreateKeyResult> {
	const name = `projects/${valid(projectId, project)}/serviceAccounts/${valid(email, account)}`;
	try {
		const res = await call(() =>
			iamV1(auth).projects.serviceAccounts.keys.create(
				{name, requestBody: {privateKeyType: 'TYPE_GOOGLE_CREDENTIALS_FILE', keyAlgorithm: 'KEY_ALG_RSA_2048'}},
				at(endpoints.iam, signal),
			),
		);
		const text = Buffer.from(res.data.privateKeyData ?? '', 'base64').toString('utf8');
		const json = parseKey(text);
		if (!json || json.type !== 'service_account' || typeof json.client_email !== 'string' || typeof json.private_key !== 'string') {
			throw new GoogleApiError({message: 'The key Google returned is not a service-account JSON key file', metadata: {}, violations: [], raw: undefined});
		}
		return {ok: true, keyId: res.data.name?.split('/').pop() ?? json.private_key_id ?? '', json, text};
	} catch (error) {
		if (error instanceof GoogleApiError && isKeyCreationBlocked(error.problem)) {
			const violation = error.problem.violations.find((v) => v.type.includes('disableServiceAccountKeyCreation'));
			return {ok: false, blocked: 'org-policy', constraint: violation?.type ?? 'constraints/iam.disableServiceAccountKeyCreation', problem: error.problem};
		}
		throw error;
	}
}

/** JSON.parse's own message quotes the input, which here is a private key: keep it out. */
function parseKey(text: string): KeyFileJson | undefined {
	try {
		return JSON.parse(text) as KeyFileJson;
	} catch {
		return undefined;
	}
}
