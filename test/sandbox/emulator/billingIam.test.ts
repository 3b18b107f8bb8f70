import {describe, expect, it} from 'vitest';
import {emulatorFor} from '../../helpers/emulator.js';
import {DEV, MAIN, crmV1, failure, hermeticProcessEnv, iamApi, raw, serviceAccountAuth, userAuth} from './support.js';

hermeticProcessEnv();

const KEY_FIELDS = [
	'type',
	'project_id',
	'private_key_id',
	'private_key',
	'client_email',
	'client_id',
	'auth_uri',
	'token_uri',
	'auth_provider_x509_cert_url',
	'client_x509_cert_url',
	'universe_domain',
];

describe('Cloud Billing billingInfo', () => {
	it('answers the linked form, and the gcloud-snapshot form with "" and false when unlinked (§4.1)', async () => {
		const e = await emulatorFor('billing-disabled');
		const {token} = e.issueAccessToken(DEV);
		const unlinked = await raw(e, 'GET', `v1/projects/${MAIN}/billingInfo`, {token});
		expect(unlinked.text.replace(/\s/g, '')).toBe(
			`{"name":"projects/${MAIN}/billingInfo","projectId":"${MAIN}","billingAccountName":"","billingEnabled":false}`,
		);
		const linked = await raw(e, 'GET', 'v1/projects/team-sandbox-456/billingInfo', {token});
		expect(linked.json).toEqual({
			name: 'projects/team-sandbox-456/billingInfo',
			projectId: 'team-sandbox-456',
			billingAccountName: 'billingAccounts/01A2B3-C4D5E6-F7A8B9',
			billingEnabled: true,
		});
		const stranger = await raw(e, 'GET', `v1/projects/${MAIN}/billingInfo`, {token: e.issueAccessToken('stranger@example.com').token});
		expect(stranger.status).toBe(403);
	});
});

describe('IAM service accounts and keys', () => {
	it('creates, lists and gets service accounts; duplicates are 409 and bad ids 400 (§4.2)', async () => {
		const e = await emulatorFor('fresh');
		e.state.projects[MAIN]!.policy.bindings.push({role: 'roles/iam.serviceAccountAdmin', members: [`user:${DEV}`]});
		const api = iamApi(e, userAuth(e));
		const created = (
			await api.projects.serviceAccounts.create({name: `projects/${MAIN}`, requestBody: {accountId: 'vertex-setup', serviceAccount: {displayName: 'Vertex setup'}}})
		).data;
		const email = `vertex-setup@${MAIN}.iam.gserviceaccount.com`;
		expect(created).toEqual({
			name: `projects/${MAIN}/serviceAccounts/${email}`,
			projectId: MAIN,
			uniqueId: created.uniqueId,
			email,
			displayName: 'Vertex setup',
			etag: 'MDEwMjE5MjA=',
			oauth2ClientId: created.uniqueId,
		});
		expect(created.uniqueId).toMatch(/^1\d{20}$/);
		const dup = await failure(api.projects.serviceAccounts.create({name: `projects/${MAIN}`, requestBody: {accountId: 'vertex-setup'}}));
		expect(dup.status).toBe(409);
		expect(dup.data).toEqual({
			error: {
				code: 409,
				message: `Service account vertex-setup already exists within project projects/${MAIN}.`,
				status: 'ALREADY_EXISTS',
				details: [{'@type': 'type.googleapis.com/google.rpc.ResourceInfo', resourceName: `projects/${MAIN}/serviceAccounts/${email}`}],
			},
		});
		const short = await failure(api.projects.serviceAccounts.create({name: `projects/${MAIN}`, requestBody: {accountId: 'cr-4'}}));
		const text = 'The account ID "cr-4" does not have a length between 6 and 30.';
		expect(short.data).toEqual({
			error: {code: 400, message: text, status: 'INVALID_ARGUMENT', details: [{'@type': 'type.googleapis.com/google.rpc.DebugInfo', detail: text}]},
		});
		const list = (await api.projects.serviceAccounts.list({name: `projects/${MAIN}`})).data;
		expect(list.accounts?.map(a => a.email)).toEqual([email]);
		const byId = (await api.projects.serviceAccounts.get({name: `projects/-/serviceAccounts/${created.uniqueId}`})).data;
		expect(byId.email).toBe(email);
		const byEmail = (await api.projects.serviceAccounts.get({name: `projects/-/serviceAccounts/${email}`})).data;
		expect(byEmail.uniqueId).toBe(created.uniqueId);
		const missing = await failure(api.projects.serviceAccounts.get({name: `projects/${MAIN}/serviceAccounts/nobody@${MAIN}.iam.gserviceaccount.com`}));
		expect(missing.status).toBe(404);
		// Through the `-` wildcard a missing account is 403, as the field docs warn.
		const wildcard = await failure(api.projects.serviceAccounts.get({name: `projects/-/serviceAccounts/nobody@${MAIN}.iam.gserviceaccount.com`}));
		expect(wildcard.status).toBe(403);
	});

	it('keys.create returns a real key file whose key authenticates (§4.3)', async () => {
		const e = await emulatorFor('healthy');
		const api = iamApi(e, userAuth(e));
		const email = `vertex-runner@${MAIN}.iam.gserviceaccount.com`;
		const key = (await api.projects.serviceAccounts.keys.create({name: `projects/${MAIN}/serviceAccounts/${email}`, requestBody: {}})).data;
		const keyId = key.name!.split('/').at(-1)!;
		expect(keyId).toMatch(/^[0-9a-f]{40}$/);
		expect(key).toMatchObject({
			privateKeyType: 'TYPE_GOOGLE_CREDENTIALS_FILE',
			validBeforeTime: '9999-12-31T23:59:59Z',
			keyAlgorithm: 'KEY_ALG_RSA_2048',
			keyOrigin: 'GOOGLE_PROVIDED',
			keyType: 'USER_MANAGED',
		});
		expect(key.validAfterTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		const text = Buffer.from(key.privateKeyData!, 'base64').toString('utf8');
		expect(text.endsWith('}\n')).toBe(true);
		const file = JSON.parse(text) as Record<string, string>;
		expect(Object.keys(file)).toEqual(KEY_FIELDS);
		expect(file.private_key_id).toBe(keyId);
		expect(file.private_key).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
		expect(file.client_x509_cert_url).toBe(`https://www.googleapis.com/robot/v1/metadata/x509/vertex-runner%40${MAIN}.iam.gserviceaccount.com`);
		expect(file.client_id).toBe(e.state.projects[MAIN]!.serviceAccounts[email]!.uniqueId);
		const asRobot = await crmV1(e, serviceAccountAuth(e, file)).projects.get({projectId: MAIN});
		expect(asRobot.data.projectId).toBe(MAIN);
		const listed = (await api.projects.serviceAccounts.keys.list({name: `projects/${MAIN}/serviceAccounts/${email}`})).data;
		expect(listed.keys?.map(k => k.name)).toEqual([key.name]);
	});

	it('is blocked by iam.disableServiceAccountKeyCreation with Google\'s exact 400 (§4.2)', async () => {
		const e = await emulatorFor('key-creation-blocked');
		const {token} = e.issueAccessToken(DEV);
		const email = `vertex-runner@${MAIN}.iam.gserviceaccount.com`;
		const res = await raw(e, 'POST', `v1/projects/${MAIN}/serviceAccounts/${email}/keys`, {
			token,
			body: {privateKeyType: 'TYPE_GOOGLE_CREDENTIALS_FILE', keyAlgorithm: 'KEY_ALG_RSA_2048'},
		});
		expect(res.status).toBe(400);
		expect(res.json).toEqual({
			error: {
				code: 400,
				message: 'Key creation is not allowed on this service account.',
				status: 'FAILED_PRECONDITION',
				details: [
					{
						'@type': 'type.googleapis.com/google.rpc.PreconditionFailure',
						violations: [
							{
								type: 'constraints/iam.disableServiceAccountKeyCreation',
								subject: `projects/${MAIN}/serviceAccounts/${email}?configvalue=vertex-runner%40${MAIN}.iam.gserviceaccount.com`,
								description: 'Key creation is not allowed on this service account.',
							},
						],
					},
				],
			},
		});
	});

	it('createServiceAccountKey makes the account if needed and returns the same file shape', async () => {
		const e = await emulatorFor('fresh');
		const file = e.createServiceAccountKey(MAIN, 'new-robot');
		expect(Object.keys(file)).toEqual(KEY_FIELDS);
		expect(file.client_email).toBe(`new-robot@${MAIN}.iam.gserviceaccount.com`);
		expect(e.state.projects[MAIN]!.serviceAccounts[file.client_email!]?.keys[file.private_key_id!]).toBeDefined();
		expect(() => e.createServiceAccountKey('no-such-project', 'new-robot')).toThrow(/no-such-project/);
	});
});
