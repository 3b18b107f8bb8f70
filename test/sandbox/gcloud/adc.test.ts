import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {modeOf, standIn} from './support.js';

const ADC_CLIENT = '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com';
const NO_QUOTA =
	'WARNING: \nCannot find a quota project to add to ADC. You might receive a "quota exceeded" or "API not enabled" error. Run $ gcloud auth application-default set-quota-project to add a quota project.\n';
const quotaAdded = (p: string) =>
	`\nQuota project "${p}" was added to ADC which can be used by Google client libraries for billing and quota. Note that some services may still bill the project owning the resource.\n`;

function adcFile(configDir: string) {
	const file = path.join(configDir, 'application_default_credentials.json');
	return {file, text: readFileSync(file, 'utf8'), json: JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>, mode: modeOf(statSync(file))};
}

describe('gcloud stand-in: auth application-default login', () => {
	it('writes the ADC file as gcloud does (0600, sorted keys, no quota project without core/project)', async () => {
		const {gcloud, sandbox, emulator} = await standIn('fresh');
		const result = await gcloud(['auth', 'application-default', 'login', '--no-launch-browser']);
		expect(result.exitCode).toBe(0);
		expect(result.stderr).toContain(`client_id=${ADC_CLIENT}&redirect_uri=https%3A%2F%2Fsdk.cloud.google.com%2Fapplicationdefaultauthcode.html&`);
		const adc = adcFile(sandbox.configDir);
		expect(result.stderr).toContain(
			`\nCredentials saved to file: [${adc.file}]\n\nThese credentials will be used by any library that requests Application Default Credentials (ADC).\n${NO_QUOTA}`,
		);
		expect(adc.mode).toBe(0o600);
		expect(Object.keys(adc.json)).toEqual(['account', 'client_id', 'client_secret', 'refresh_token', 'type', 'universe_domain']);
		expect(adc.json).toMatchObject({account: '', client_id: ADC_CLIENT, type: 'authorized_user', universe_domain: 'googleapis.com'});
		expect(adc.text.startsWith('{\n  "account": ""')).toBe(true);
		expect(adc.text.endsWith('}')).toBe(true);
		expect(emulator.state.refreshTokens[adc.json.refresh_token ?? '']?.email).toBe('dev@example.com');
	});

	it('adds core/project as the quota project when the user may use it, and checks that first', async () => {
		const {gcloud, sandbox, emulator} = await standIn('adc-missing');
		const result = await gcloud(['auth', 'application-default', 'login', '--no-launch-browser']);
		expect(result.stderr.endsWith(quotaAdded('vertex-demo-123'))).toBe(true);
		expect(adcFile(sandbox.configDir).json.quota_project_id).toBe('vertex-demo-123');
		expect(emulator.requests.count({method: 'POST', path: /^\/v1\/projects\/vertex-demo-123:testIamPermissions$/})).toBe(1);
	});

	it('warns instead when the user lacks serviceusage.services.use on core/project', async () => {
		const {gcloud, sandbox} = await standIn('adc-missing');
		await gcloud(['config', 'set', 'project', 'legacy-app-789']);
		const result = await gcloud(['auth', 'application-default', 'login', '--no-launch-browser']);
		expect(result.exitCode).toBe(0);
		expect(result.stderr).toContain(
			'WARNING: \nCannot add the project "legacy-app-789" to ADC as the quota project because the account in ADC does not have the "serviceusage.services.use" permission on this project.',
		);
		expect(adcFile(sandbox.configDir).json.quota_project_id).toBeUndefined();
	});
});

describe('gcloud stand-in: application-default print-access-token and set-quota-project', () => {
	it('refreshes the ADC credential for a token', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		const result = await gcloud(['auth', 'application-default', 'print-access-token']);
		expect(result.exitCode).toBe(0);
		expect(emulator.state.accessTokens[result.stdout.trim()]?.email).toBe('dev@example.com');
	});

	it('explains a missing ADC file and an expired ADC session', async () => {
		const missing = await (await standIn('adc-missing')).gcloud(['auth', 'application-default', 'print-access-token']);
		expect(missing).toEqual({
			stdout: '',
			stderr:
				'ERROR: (gcloud.auth.application-default.print-access-token) Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.\n',
			exitCode: 1,
		});
		const expired = await (await standIn('adc-expired')).gcloud(['auth', 'application-default', 'print-access-token']);
		expect(expired.exitCode).toBe(1);
		expect(expired.stderr).toBe(
			'ERROR: (gcloud.auth.application-default.print-access-token) There was a problem refreshing your current auth tokens: Reauthentication failed. cannot prompt during non-interactive execution.\n' +
				'Please run:\n\n  $ gcloud auth application-default login\n\nto obtain new credentials.\n',
		);
	});

	it('sets the quota project only where the ADC principal may use it', async () => {
		const {gcloud, sandbox} = await standIn('healthy');
		const ok = await gcloud(['auth', 'application-default', 'set-quota-project', 'team-sandbox-456']);
		expect(ok.exitCode).toBe(0);
		expect(ok.stderr).toBe(
			`\nCredentials saved to file: [${adcFile(sandbox.configDir).file}]\n\nThese credentials will be used by any library that requests Application Default Credentials (ADC).\n${quotaAdded('team-sandbox-456')}`,
		);
		expect(adcFile(sandbox.configDir)).toMatchObject({mode: 0o600, json: {quota_project_id: 'team-sandbox-456'}});
		const denied = await gcloud(['auth', 'application-default', 'set-quota-project', 'legacy-app-789']);
		expect(denied.stderr).toBe(
			'ERROR: (gcloud.auth.application-default.set-quota-project) Cannot add the project "legacy-app-789" to application default credentials (ADC) as a quota project because the account in ADC does not have the "serviceusage.services.use" permission on this project.\n',
		);
		expect(denied.exitCode).toBe(1);
		expect(adcFile(sandbox.configDir).json.quota_project_id).toBe('team-sandbox-456');
		expect((await gcloud(['auth', 'application-default', 'set-quota-project'])).exitCode).toBe(2);
	});

	it('cannot set a quota project without an ADC file', async () => {
		const {gcloud, sandbox} = await standIn('adc-missing');
		const result = await gcloud(['auth', 'application-default', 'set-quota-project', 'vertex-demo-123']);
		expect(result.stderr).toBe(
			'ERROR: (gcloud.auth.application-default.set-quota-project) Application default credentials have not been set up. Run $ gcloud auth application-default login to set it up first.\n',
		);
		expect(existsSync(path.join(sandbox.configDir, 'application_default_credentials.json'))).toBe(false);
	});
});
