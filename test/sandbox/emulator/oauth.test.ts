import {generateKeyPairSync} from 'node:crypto';
import {JWT, UserRefreshClient} from 'google-auth-library';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type Emulator, useEmulator} from '../../helpers/emulator.js';
import {startEmulator} from '../../../source/sandbox/emulator/index.js';
import {ADC_CLIENT_ID, CLOUD_PLATFORM, DEV, MAIN, crmV1, failure, hermeticProcessEnv, raw, redirectingTransporter, serviceAccountAuth, userAuth} from './support.js';

hermeticProcessEnv();

const form = (fields: Record<string, string>) => ({
	method: 'POST',
	headers: {'content-type': 'application/x-www-form-urlencoded'},
	body: new URLSearchParams(fields).toString(),
});

describe('OAuth token endpoint', () => {
	const emu = useEmulator('healthy');

	it('refreshes an authorized_user credential through google-auth-library', async () => {
		const e = emu();
		const res = await crmV1(e, userAuth(e)).projects.get({projectId: MAIN});
		expect(res.data.projectId).toBe(MAIN);
		const tokenCalls = e.requests.filter({method: 'POST', path: /^\/token$/});
		expect(tokenCalls).toHaveLength(1);
		expect(tokenCalls[0]?.status).toBe(200);
	});

	it('answers a refresh with the Bearer shape, an id_token and no scope', async () => {
		const e = emu();
		const refresh = e.issueRefreshToken(DEV, {clientId: ADC_CLIENT_ID});
		const res = await fetch(`${e.url}token`, form({refresh_token: refresh, client_id: ADC_CLIENT_ID, client_secret: 'x', grant_type: 'refresh_token'}));
		expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
		const body = (await res.json()) as Record<string, unknown>;
		expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'id_token', 'token_type']);
		expect(body).toMatchObject({expires_in: 3599, token_type: 'Bearer'});
		expect(String(body.access_token)).toMatch(/^ya29\./);
	});

	it('surfaces invalid_rapt through google-auth-library with the whole JSON as message (§5.1)', async () => {
		const e = emu();
		const client = new UserRefreshClient({
			clientId: ADC_CLIENT_ID,
			clientSecret: 'x',
			refreshToken: e.issueRefreshToken(DEV, {reauthRequired: true}),
			endpoints: {oauth2TokenUrl: `${e.url}token`},
		});
		const err = await failure(client.getAccessToken());
		expect(err.status).toBe(400);
		expect(err.data).toEqual({
			error: 'invalid_grant',
			error_description: 'reauth related error (invalid_rapt)',
			error_uri: 'https://support.google.com/a/answer/9368756',
			error_subtype: 'invalid_rapt',
		});
		expect(JSON.parse(err.message)).toEqual(err.data);
	});

	it('rejects an unknown refresh token as expired or revoked', async () => {
		const e = emu();
		const res = await fetch(`${e.url}token`, form({refresh_token: '1//0nope', client_id: ADC_CLIENT_ID, grant_type: 'refresh_token'}));
		expect(res.status).toBe(400);
		expect(await res.json()).toEqual({error: 'invalid_grant', error_description: 'Token has been expired or revoked.'});
	});

	it('logs in the scenario user on any authorization code, with an unsigned id_token naming them', async () => {
		const e = emu();
		const res = await fetch(`${e.url}token`, form({grant_type: 'authorization_code', client_id: '32555940559.apps.googleusercontent.com', code: '4/0abc', redirect_uri: 'https://sdk.cloud.google.com/authcode.html'}));
		const body = (await res.json()) as Record<string, string>;
		expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'id_token', 'refresh_token', 'token_type']);
		const claims = JSON.parse(Buffer.from(body.id_token!.split('.')[1]!, 'base64url').toString());
		expect(claims.email).toBe(DEV);
		// The new refresh token works.
		const again = await fetch(`${e.url}token`, form({grant_type: 'refresh_token', refresh_token: body.refresh_token!, client_id: '32555940559.apps.googleusercontent.com'}));
		expect(again.status).toBe(200);
	});

	it('rejects unsupported grants in RFC 6749 shape', async () => {
		const e = emu();
		const res = await fetch(`${e.url}token`, form({grant_type: 'password'}));
		expect(res.status).toBe(400);
		expect(await res.json()).toEqual({error: 'unsupported_grant_type', error_description: 'Invalid grant_type: password'});
	});

	it('tokeninfo describes a live token and rejects others', async () => {
		const e = emu();
		const {token} = e.issueAccessToken(DEV);
		const ok = await raw(e, 'GET', `tokeninfo?access_token=${token}`);
		expect(ok.json).toMatchObject({email: DEV, email_verified: 'true'});
		expect(Number(ok.json.expires_in)).toBeGreaterThan(3000);
		expect(ok.json.scope).toContain(CLOUD_PLATFORM);
		expect(e.requests.entries.at(-1)?.path).toBe('/tokeninfo');
		const bad = await raw(e, 'GET', 'tokeninfo?access_token=ya29.nope');
		expect(bad.status).toBe(400);
		expect(bad.json).toEqual({error: 'invalid_token', error_description: 'Invalid Value'});
	});
});

describe('service-account credentials', () => {
	// One key for the block: RSA key generation is the slowest thing these tests do.
	let e: Emulator;
	let key: Record<string, string>;
	beforeAll(async () => {
		e = await startEmulator({scenario: 'healthy'});
		key = e.createServiceAccountKey(MAIN, 'vertex-runner');
	});
	afterAll(() => e.close());

	it('exchanges a jwt-bearer assertion from an issued key (gtoken, redirected by a transporter)', async () => {
		const res = await crmV1(e, serviceAccountAuth(e, key)).projects.get({projectId: MAIN});
		expect(res.data.projectNumber).toBe('123456789012');
	});

	it('refuses an assertion signed by a key the emulator did not issue', async () => {
		const other = generateKeyPairSync('rsa', {modulusLength: 1024}).privateKey.export({type: 'pkcs8', format: 'pem'}).toString();
		const forged = new JWT({email: key.client_email, key: other, scopes: [CLOUD_PLATFORM], transporter: redirectingTransporter(e)});
		const err = await failure(forged.getAccessToken());
		expect(err.message).toContain('invalid_grant: Invalid JWT Signature.');
	});

	it('accepts self-signed JWTs (useJWTAccessWithScope) with no token call', async () => {
		const client = new JWT({email: key.client_email, key: key.private_key, keyId: key.private_key_id, scopes: [CLOUD_PLATFORM]});
		client.useJWTAccessWithScope = true;
		const before = e.requests.count({path: /^\/token$/});
		const res = await crmV1(e, client).projects.get({projectId: MAIN});
		expect(res.data.projectId).toBe(MAIN);
		expect(e.requests.count({path: /^\/token$/})).toBe(before);
	});
});
