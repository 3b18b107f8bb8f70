import {chmod, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {OAuth2Client} from 'google-auth-library';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
	AdcUnavailable,
	adcClient,
	adminClient,
	CLOUD_PLATFORM_SCOPE,
	gcloudAccessToken,
	NotSignedIn,
	ReauthRequired,
	verifyClient,
} from '../../source/google/auth.js';
import {endpointsAt} from '../../source/google/endpoints.js';
import {createGcloud} from '../../source/google/gcloud.js';
import {Cancelled} from '../../source/flow/prompts.js';
import {emailInJwt, userPrincipal} from '../../source/google/principal.js';
import {makeTestContext} from '../helpers/context.js';
import {emulatorFor} from '../helpers/emulator.js';

const DEV = 'dev@example.com';
const ADC_CLIENT = '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com';
let dir: string;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'auth-test-'));
	await mkdir(path.join(dir, 'cfg'));
	await mkdir(path.join(dir, 'bin'));
	// Only our own bin directory: a real gcloud elsewhere on PATH must never be reached.
	env = {HOME: dir, CLOUDSDK_CONFIG: path.join(dir, 'cfg'), PATH: path.join(dir, 'bin'), METADATA_SERVER_DETECTION: 'none'};
});
afterEach(async () => {
	await rm(dir, {recursive: true, force: true});
});

async function userAdc(refreshToken: string, extra: Record<string, string> = {}): Promise<string> {
	const file = path.join(dir, 'cfg', 'application_default_credentials.json');
	await writeFile(file, JSON.stringify({account: '', client_id: ADC_CLIENT, client_secret: 'd-FL95Q19q7MQmFpd7hHD0Ty', refresh_token: refreshToken, type: 'authorized_user', universe_domain: 'googleapis.com', ...extra}));
	return file;
}

async function fakeGcloud(body: string): Promise<void> {
	const file = path.join(dir, 'bin', 'gcloud');
	await writeFile(file, `#!/bin/sh\n${body}\n`);
	await chmod(file, 0o755);
}

describe('adcClient', () => {
	it('refreshes user ADC at the endpoints token URL and the token works on an API', async () => {
		const emulator = await emulatorFor('healthy');
		await userAdc(emulator.issueRefreshToken(DEV, {clientId: ADC_CLIENT}));
		const client = await adcClient(emulator.endpoints, env, 'vertex-demo-123');
		const response = await client.request<{projectId: string}>({url: `${emulator.url}v1/projects/vertex-demo-123`});
		expect(response.data.projectId).toBe('vertex-demo-123');
		expect(emulator.requests.count({method: 'POST', path: /^\/token$/})).toBeGreaterThan(0);
	});

	it('sends service-account token requests to the emulator, with the cloud-platform scope', async () => {
		const emulator = await emulatorFor('healthy');
		const key = emulator.createServiceAccountKey('vertex-demo-123', 'vertex-runner');
		const keyFile = path.join(dir, 'key.json');
		await writeFile(keyFile, JSON.stringify(key), {mode: 0o600});
		const client = await adcClient(emulator.endpoints, {...env, GOOGLE_APPLICATION_CREDENTIALS: keyFile});
		const token = await verifyClient(client);
		expect(token).toMatch(/^ya29\./);
		expect(emulator.requests.count({method: 'POST', path: /^\/token$/})).toBe(1);
		const headers = await client.getRequestHeaders();
		expect(headers.get('authorization')).toBe(`Bearer ${token}`);
		expect((client as unknown as {scopes: string[]}).scopes).toEqual([CLOUD_PLATFORM_SCOPE]);
	});

	it('applies GOOGLE_CLOUD_QUOTA_PROJECT from the given environment', async () => {
		const emulator = await emulatorFor('healthy');
		await userAdc(emulator.issueRefreshToken(DEV, {clientId: ADC_CLIENT}), {quota_project_id: 'vertex-demo-123'});
		const client = await adcClient(emulator.endpoints, {...env, GOOGLE_CLOUD_QUOTA_PROJECT: 'team-sandbox-456'});
		expect(client.quotaProjectId).toBe('team-sandbox-456');
	});

	it('throws AdcUnavailable when there is no ADC, or the file is broken', async () => {
		const emulator = await emulatorFor('healthy');
		await expect(adcClient(emulator.endpoints, env)).rejects.toBeInstanceOf(AdcUnavailable);
		const file = path.join(dir, 'cfg', 'application_default_credentials.json');
		await writeFile(file, '{"type":');
		const error = await adcClient(emulator.endpoints, env).catch(e => e);
		expect(error).toBeInstanceOf(AdcUnavailable);
		expect(error.message).toContain(file);
		expect(error.message).toContain('not valid JSON');
	});
});

describe('verifyClient', () => {
	it('turns invalid_rapt into ReauthRequired, and never repeats the refresh token', async () => {
		const emulator = await emulatorFor('healthy');
		const refresh = emulator.issueRefreshToken(DEV, {clientId: ADC_CLIENT, reauthRequired: true});
		await userAdc(refresh);
		const error = await verifyClient(await adcClient(emulator.endpoints, env)).catch(e => e);
		expect(error).toBeInstanceOf(ReauthRequired);
		expect(error.reason).toBe('invalid_grant: reauth related error (invalid_rapt)');
		expect(error.command).toBe('gcloud auth application-default login');
		expect(JSON.stringify({...error, message: error.message})).not.toContain(refresh);
	});

	it('treats a revoked refresh token as an expired session', async () => {
		const emulator = await emulatorFor('healthy');
		await userAdc('1//0not-a-token-the-emulator-issued');
		const error = await verifyClient(await adcClient(emulator.endpoints, env)).catch(e => e);
		expect(error).toBeInstanceOf(ReauthRequired);
		expect(error.reason).toContain('Token has been expired or revoked');
	});
});

describe('userPrincipal', () => {
	it('reads the email from the id_token of the refresh answer', async () => {
		const emulator = await emulatorFor('healthy');
		await userAdc(emulator.issueRefreshToken(DEV, {clientId: ADC_CLIENT}));
		const client = await adcClient(emulator.endpoints, env);
		const token = await verifyClient(client);
		expect(await userPrincipal(client, token, emulator.endpoints)).toBe(DEV);
	});

	it('asks tokeninfo when there is no id_token', async () => {
		const emulator = await emulatorFor('healthy');
		const {token} = emulator.issueAccessToken('ana@example.com');
		expect(await userPrincipal(new OAuth2Client(), token, emulator.endpoints)).toBe('ana@example.com');
		expect(await userPrincipal(new OAuth2Client(), 'ya29.unknown', emulator.endpoints)).toBeUndefined();
	});

	it('decodes only well-formed JWT payloads', () => {
		const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
		expect(emailInJwt(jwt({email: 'a@b.co'}))).toBe('a@b.co');
		expect(emailInJwt(jwt({sub: '1'}))).toBeUndefined();
		expect(emailInJwt('not-a-jwt')).toBeUndefined();
		expect(emailInJwt('a.%%%.c')).toBeUndefined();
	});
});

describe('gcloud account tokens', () => {
	it('uses the token gcloud prints', async () => {
		const emulator = await emulatorFor('healthy');
		const {token} = emulator.issueAccessToken(DEV);
		await fakeGcloud(`echo ${token}`);
		const client = await adminClient(createGcloud(emulator.endpoints, env), emulator.endpoints, env);
		const response = await client.request<{projectId: string}>({url: `${emulator.url}v1/projects/vertex-demo-123`});
		expect(response.data.projectId).toBe('vertex-demo-123');
	});

	it('reports no active account as NotSignedIn', async () => {
		const emulator = await emulatorFor('healthy');
		await fakeGcloud(`printf '%s\\n' 'ERROR: (gcloud.auth.print-access-token) You do not currently have an active account selected.' 'Please run:' '' '  $ gcloud auth login' >&2; exit 1`);
		await expect(gcloudAccessToken(createGcloud(emulator.endpoints, env))).rejects.toBeInstanceOf(NotSignedIn);
	});

	it('reports a refresh failure as ReauthRequired with gcloud’s reason', async () => {
		const emulator = await emulatorFor('healthy');
		await fakeGcloud(`echo "ERROR: (gcloud.auth.print-access-token) There was a problem refreshing your current auth tokens: Reauthentication failed. cannot prompt during non-interactive execution." >&2; exit 1`);
		const error = await gcloudAccessToken(createGcloud(emulator.endpoints, env)).catch(e => e);
		expect(error).toBeInstanceOf(ReauthRequired);
		expect(error.identity).toBe('gcloud');
		expect(error.command).toBe('gcloud auth login');
		expect(error.reason).toMatch(/^There was a problem refreshing your current auth tokens: Reauthentication failed/);
	});

	it('falls back to ADC when there is no gcloud', async () => {
		const emulator = await emulatorFor('healthy');
		await userAdc(emulator.issueRefreshToken(DEV, {clientId: ADC_CLIENT}));
		const client = await adminClient(createGcloud(emulator.endpoints, env), emulator.endpoints, env);
		expect(await verifyClient(client)).toMatch(/^ya29\./);
	});
});

describe('createContext auth and sleep', () => {
	it('caches the admin token per gcloud account, and fetches a new one when the account changes', async () => {
		const emulator = await emulatorFor('healthy');
		const counter = path.join(dir, 'calls');
		await fakeGcloud(`echo x >> ${counter}; echo ${emulator.issueAccessToken(DEV).token}`);
		const {ctx} = makeTestContext({env, endpoints: emulator.endpoints});
		ctx.facts.account = DEV;
		const first = await ctx.auth.admin();
		expect(await ctx.auth.admin()).toBe(first);
		ctx.facts.account = 'ana@example.com';
		expect(await ctx.auth.admin()).not.toBe(first);
		expect((await readFile(counter, 'utf8')).trim().split('\n')).toHaveLength(2);
	});

	it('does not cache a failure: after a sign-in the next call succeeds', async () => {
		const emulator = await emulatorFor('healthy');
		await fakeGcloud(`if [ -f ${dir}/signed-in ]; then echo ${emulator.issueAccessToken(DEV).token}; else echo "ERROR: (gcloud.auth.print-access-token) There was a problem refreshing your current auth tokens: invalid_grant" >&2; exit 1; fi`);
		const {ctx} = makeTestContext({env, endpoints: emulator.endpoints});
		ctx.facts.account = DEV;
		await expect(ctx.auth.admin()).rejects.toBeInstanceOf(ReauthRequired);
		await writeFile(path.join(dir, 'signed-in'), '');
		await expect(ctx.auth.admin()).resolves.toBeInstanceOf(OAuth2Client);
	});

	it('builds a new ADC client when the ADC file is rewritten', async () => {
		const emulator = await emulatorFor('healthy');
		await userAdc(emulator.issueRefreshToken(DEV, {clientId: ADC_CLIENT}));
		const {ctx} = makeTestContext({env, endpoints: emulator.endpoints});
		const first = await ctx.auth.adc();
		expect(await ctx.auth.adc()).toBe(first);
		await userAdc(emulator.issueRefreshToken(DEV, {clientId: ADC_CLIENT}), {quota_project_id: 'vertex-demo-123'});
		const second = await ctx.auth.adc();
		expect(second).not.toBe(first);
		expect(second.quotaProjectId).toBe('vertex-demo-123');
	});

	it('has a sleep that Ctrl-C (the signal) cuts short', async () => {
		const {ctx, abort} = makeTestContext({env, endpoints: endpointsAt('http://127.0.0.1:9/', null)});
		const sleeping = ctx.sleep(60_000);
		abort();
		await expect(sleeping).rejects.toBeInstanceOf(Cancelled);
		await expect(ctx.sleep(1)).rejects.toBeInstanceOf(Cancelled);
	});
});
