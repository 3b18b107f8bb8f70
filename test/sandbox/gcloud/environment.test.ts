import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it, onTestFinished} from 'vitest';
import {scenarios} from '../../../source/sandbox/emulator/index.js';
import {createSandboxEnvironment} from '../../../source/sandbox/environment.js';
import {standInGcloudScript} from '../../../source/sandbox/paths.js';
import type {Scenario} from '../../../source/sandbox/scenario.js';
import {emulatorFor} from '../../helpers/emulator.js';
import {modeOf} from './support.js';

async function sandboxFor(scenario: string | Scenario) {
	const emulator = await emulatorFor(scenario);
	const sandbox = await createSandboxEnvironment(emulator);
	onTestFinished(sandbox.cleanup);
	return {emulator, sandbox};
}

describe('createSandboxEnvironment', () => {
	it('points everything at the emulator and puts the stand-in first on PATH', async () => {
		const {emulator, sandbox} = await sandboxFor('healthy');
		const url = emulator.url;
		expect(sandbox.env).toMatchObject({
			HOME: sandbox.home,
			CLOUDSDK_CONFIG: sandbox.configDir,
			CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDRESOURCEMANAGER: url,
			CLOUDSDK_API_ENDPOINT_OVERRIDES_SERVICEUSAGE: url,
			CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBILLING: url,
			CLOUDSDK_API_ENDPOINT_OVERRIDES_IAM: url,
			CLOUDSDK_API_ENDPOINT_OVERRIDES_AIPLATFORM: url,
			CLOUDSDK_AUTH_TOKEN_HOST: `${url}token`,
			METADATA_SERVER_DETECTION: 'none',
			OAUTHLIB_INSECURE_TRANSPORT: '1',
			VERTEX_SETUP_ENDPOINT: url,
			VERTEX_SETUP_GCLOUD: sandbox.gcloudPath,
		});
		expect(sandbox.env.PATH?.split(path.delimiter)[0]).toBe(sandbox.binDir);
		expect(sandbox.gcloudPath).toBe(path.join(sandbox.binDir, 'gcloud'));
		expect(modeOf(statSync(sandbox.gcloudPath!)) & 0o111).not.toBe(0);
		expect(readFileSync(sandbox.gcloudPath!, 'utf8')).toContain(standInGcloudScript());
		expect('CLOUDSDK_AUTH_ACCESS_TOKEN_FILE' in sandbox.env).toBe(false);
		expect(modeOf(statSync(sandbox.realGcloudTokenFile))).toBe(0o600);
		const token = readFileSync(sandbox.realGcloudTokenFile, 'utf8');
		expect(emulator.state.accessTokens[token]?.email).toBe('dev@example.com');
	});

	it('writes the client side: account, project and ADC, with private files', async () => {
		const {emulator, sandbox} = await sandboxFor('healthy');
		expect(readFileSync(path.join(sandbox.configDir, 'configurations', 'config_default'), 'utf8')).toBe(
			'[core]\naccount = dev@example.com\nproject = vertex-demo-123\n\n',
		);
		const adcFile = path.join(sandbox.configDir, 'application_default_credentials.json');
		expect(modeOf(statSync(adcFile))).toBe(0o600);
		const adc = JSON.parse(readFileSync(adcFile, 'utf8')) as Record<string, string>;
		expect(adc).toMatchObject({type: 'authorized_user', quota_project_id: 'vertex-demo-123', account: ''});
		expect(emulator.state.refreshTokens[adc.refresh_token ?? '']).toMatchObject({email: 'dev@example.com', reauthRequired: false});
		expect(modeOf(statSync(path.join(sandbox.configDir, 'credentials.json')))).toBe(0o600);
	});

	it('writes a world-readable key file for the key-world-readable scenario, via GOOGLE_APPLICATION_CREDENTIALS', async () => {
		const {sandbox} = await sandboxFor('key-world-readable');
		const keyFile = sandbox.env.GOOGLE_APPLICATION_CREDENTIALS!;
		expect(modeOf(statSync(keyFile))).toBe(0o644);
		expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toMatchObject({type: 'service_account', client_email: 'vertex-runner@vertex-demo-123.iam.gserviceaccount.com'});
		expect(existsSync(path.join(sandbox.configDir, 'application_default_credentials.json'))).toBe(false);
	});

	it('can put a service-account key where ADC is looked for', async () => {
		const scenario = structuredClone(scenarios.healthy!);
		scenario.client.adc = {type: 'service_account', projectId: 'vertex-demo-123', accountId: 'vertex-runner', mode: 0o600, via: 'well-known'};
		const {sandbox} = await sandboxFor(scenario);
		const adcFile = path.join(sandbox.configDir, 'application_default_credentials.json');
		expect(modeOf(statSync(adcFile))).toBe(0o600);
		expect(JSON.parse(readFileSync(adcFile, 'utf8')).type).toBe('service_account');
		expect(sandbox.env.GOOGLE_APPLICATION_CREDENTIALS).toBeUndefined();
	});

	it('has no gcloud when the scenario machine has none', async () => {
		const {sandbox} = await sandboxFor('gcloud-missing');
		expect(sandbox.gcloudPath).toBeNull();
		expect(sandbox.env.VERTEX_SETUP_GCLOUD).toBe('none');
		expect(existsSync(path.join(sandbox.binDir, 'gcloud'))).toBe(false);
	});

	it('removes everything on cleanup, and makes its directory where asked', async () => {
		const parent = mkdtempSync(path.join(os.tmpdir(), 'vertex-setup-parent-'));
		onTestFinished(() => rmSync(parent, {recursive: true, force: true}));
		const emulator = await emulatorFor('healthy');
		const sandbox = await createSandboxEnvironment(emulator, {dir: parent});
		expect(sandbox.home.startsWith(parent)).toBe(true);
		await sandbox.cleanup();
		expect(existsSync(sandbox.home)).toBe(false);
		expect(existsSync(parent)).toBe(true);
	});

	it('tells how to build the stand-in when dist is missing', () => {
		const root = mkdtempSync(path.join(os.tmpdir(), 'vertex-setup-nodist-'));
		onTestFinished(() => rmSync(root, {recursive: true, force: true}));
		expect(() => standInGcloudScript(root)).toThrow(/Run `npm run build`/);
	});
});
