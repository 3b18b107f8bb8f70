import {generateKeyPairSync} from 'node:crypto';
import type {iam_v1} from '@googleapis/iam';
import {GOOGLE_TOKEN_URL} from '../../google/endpoints.js';
import {T, invalidArgument, rpcError} from './errors.js';
import {newKeyId} from './ids.js';
import type {Principal} from './permissions.js';
import {resolveServiceAccount} from './serviceAccounts.js';
import type {EmulatorState, ProjectState, ServiceAccountState} from './state.js';
import {compact, rfc3339Seconds} from './wire.js';

type Key = iam_v1.Schema$ServiceAccountKey;
const NO_EXPIRY = '9999-12-31T23:59:59Z';

/**
 * A real RSA key pair; the emulator keeps only the public half (for verifying JWTs). Returns
 * the key file exactly as §4.3 orders it, and its text (2-space indent, trailing newline).
 */
export function mintKey(project: ProjectState, sa: ServiceAccountState, now: number, bits = 2048): {file: Record<string, string>; text: string; keyId: string} {
	const {privateKey, publicKey} = generateKeyPairSync('rsa', {
		modulusLength: bits,
		privateKeyEncoding: {type: 'pkcs8', format: 'pem'},
		publicKeyEncoding: {type: 'spki', format: 'pem'},
	});
	const keyId = newKeyId();
	sa.keys[keyId] = {keyId, publicKeyPem: publicKey, keyAlgorithm: bits === 1024 ? 'KEY_ALG_RSA_1024' : 'KEY_ALG_RSA_2048', validAfterTime: rfc3339Seconds(now)};
	const file: Record<string, string> = {
		type: 'service_account',
		project_id: project.projectId,
		private_key_id: keyId,
		private_key: privateKey,
		client_email: sa.email,
		client_id: sa.uniqueId,
		auth_uri: 'https://accounts.google.com/o/oauth2/auth',
		token_uri: GOOGLE_TOKEN_URL,
		auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
		client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(sa.email)}`,
		universe_domain: 'googleapis.com',
	};
	return {file, text: `${JSON.stringify(file, null, 2)}\n`, keyId};
}

function keyName(project: ProjectState, sa: ServiceAccountState, keyId: string): string {
	return `projects/${project.projectId}/serviceAccounts/${sa.email}/keys/${keyId}`;
}

/** §4.2 verbatim: the org policy `iam.disableServiceAccountKeyCreation` is enforced. */
function keyCreationBlocked(project: ProjectState, sa: ServiceAccountState) {
	const message = 'Key creation is not allowed on this service account.';
	return rpcError(400, message, [
		{
			'@type': T.precondition,
			violations: [
				{
					type: 'constraints/iam.disableServiceAccountKeyCreation',
					subject: `projects/${project.projectId}/serviceAccounts/${sa.email}?configvalue=${encodeURIComponent(sa.email)}`,
					description: message,
				},
			],
		},
	], 'FAILED_PRECONDITION');
}

export function createKey(
	state: EmulatorState,
	who: Principal,
	now: number,
	ref: string,
	saRef: string,
	body: iam_v1.Schema$CreateServiceAccountKeyRequest,
): Key {
	const {project, sa} = resolveServiceAccount(state, who, now, ref, saRef, 'iam.serviceAccountKeys.create');
	const type = body.privateKeyType ?? 'TYPE_GOOGLE_CREDENTIALS_FILE';
	const algorithm = body.keyAlgorithm ?? 'KEY_ALG_RSA_2048';
	if (!['TYPE_UNSPECIFIED', 'TYPE_GOOGLE_CREDENTIALS_FILE'].includes(type)) throw invalidArgument(`Unsupported private key type: ${type}.`);
	if (!['KEY_ALG_UNSPECIFIED', 'KEY_ALG_RSA_2048', 'KEY_ALG_RSA_1024'].includes(algorithm)) throw invalidArgument(`Unsupported key algorithm: ${algorithm}.`);
	if (project.disableServiceAccountKeyCreation) throw keyCreationBlocked(project, sa);
	const bits = algorithm === 'KEY_ALG_RSA_1024' ? 1024 : 2048;
	const {text, keyId} = mintKey(project, sa, now, bits);
	return {
		name: keyName(project, sa, keyId),
		privateKeyType: 'TYPE_GOOGLE_CREDENTIALS_FILE',
		privateKeyData: Buffer.from(text).toString('base64'),
		validAfterTime: rfc3339Seconds(now),
		validBeforeTime: NO_EXPIRY,
		keyAlgorithm: bits === 1024 ? 'KEY_ALG_RSA_1024' : 'KEY_ALG_RSA_2048',
		keyOrigin: 'GOOGLE_PROVIDED',
		keyType: 'USER_MANAGED',
	};
}

export function listKeys(state: EmulatorState, who: Principal, now: number, ref: string, saRef: string, keyTypes: string[]): iam_v1.Schema$ListServiceAccountKeysResponse {
	const {project, sa} = resolveServiceAccount(state, who, now, ref, saRef, 'iam.serviceAccountKeys.list');
	// The sandbox has no system-managed keys; every key it holds is user-managed.
	const wantUser = keyTypes.length === 0 || keyTypes.includes('USER_MANAGED') || keyTypes.includes('KEY_TYPE_UNSPECIFIED');
	const keys = wantUser
		? Object.values(sa.keys).map(k => ({
				name: keyName(project, sa, k.keyId),
				validAfterTime: k.validAfterTime,
				validBeforeTime: NO_EXPIRY,
				keyAlgorithm: k.keyAlgorithm,
				keyOrigin: 'GOOGLE_PROVIDED',
				keyType: 'USER_MANAGED',
			}))
		: [];
	return compact({keys});
}
