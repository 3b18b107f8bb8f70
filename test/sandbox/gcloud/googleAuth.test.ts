import {GoogleAuth, UserRefreshClient} from 'google-auth-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {standIn} from './support.js';

/**
 * google-auth-library runs `gcloud config config-helper --format json` from this very process
 * (child_process.exec with process.env), so the sandbox is put into process.env for the test.
 */
function enter(env: NodeJS.ProcessEnv): void {
	for (const name of Object.keys(process.env)) if (/^(GOOGLE_|google_|GCLOUD_|gcloud_|CLOUDSDK_)/.test(name)) vi.stubEnv(name, undefined);
	for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('google-auth-library on the sandbox machine', () => {
	it('finds the project through the stand-in gcloud config-helper', async () => {
		const {env, emulator} = await standIn('healthy');
		enter(env);
		const auth = new GoogleAuth({scopes: ['https://www.googleapis.com/auth/cloud-platform']});
		expect(await auth.getProjectId()).toBe('vertex-demo-123');
		expect(emulator.requests.count({method: 'POST', path: /^\/token$/})).toBeGreaterThanOrEqual(1);
	});

	it('loads the ADC file the sandbox wrote and refreshes it at the emulator', async () => {
		const {env, emulator} = await standIn('healthy');
		enter(env);
		const auth = new GoogleAuth({
			scopes: ['https://www.googleapis.com/auth/cloud-platform'],
			clientOptions: {endpoints: {oauth2TokenUrl: `${emulator.url}token`}},
		});
		const client = await auth.getClient();
		expect(client).toBeInstanceOf(UserRefreshClient);
		expect(client.quotaProjectId).toBe('vertex-demo-123');
		const {token} = await client.getAccessToken();
		expect(emulator.state.accessTokens[token ?? '']?.email).toBe('dev@example.com');
	});

	it('gets no project from a signed-out gcloud', async () => {
		const {env} = await standIn('fresh');
		enter(env);
		const auth = new GoogleAuth();
		await expect(auth.getProjectId()).rejects.toThrow(/Unable to detect a Project Id/);
	});
});
