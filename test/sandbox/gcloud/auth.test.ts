import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {scenarios} from '../../../source/sandbox/emulator/index.js';
import type {Scenario} from '../../../source/sandbox/scenario.js';
import {modeOf, standIn} from './support.js';

const RELOGIN =
	'Please run:\n\n  $ gcloud auth login\n\nto obtain new credentials.\n\n' +
	'If you have already logged in with a different account, run:\n\n  $ gcloud config set account ACCOUNT\n\nto select an already authenticated account to use.\n';

function withClient(change: (s: Scenario) => void): Scenario {
	const s = structuredClone(scenarios.healthy!);
	change(s);
	return s;
}

describe('gcloud stand-in: auth list', () => {
	it('shows the table with the active account starred, and the hint on stderr', async () => {
		const {gcloud} = await standIn('healthy');
		const result = await gcloud(['auth', 'list']);
		expect(result.stdout).toBe(' Credentialed Accounts\nACTIVE  ACCOUNT\n*       dev@example.com\n');
		expect(result.stderr).toBe('\nTo set the active account, run:\n    $ gcloud config set account `ACCOUNT`\n\n');
		expect(JSON.parse((await gcloud(['auth', 'list', '--format=json'])).stdout)).toEqual([{account: 'dev@example.com', status: 'ACTIVE'}]);
		const active = await gcloud(['auth', 'list', '--filter=status:ACTIVE', '--format=value(account)']);
		expect(active).toEqual({stdout: 'dev@example.com\n', stderr: '', exitCode: 0});
	});

	it('says there are no credentialed accounts when nobody is signed in', async () => {
		const {gcloud} = await standIn('not-logged-in');
		expect(await gcloud(['auth', 'list'])).toEqual({
			stdout: '',
			stderr: '\nNo credentialed accounts.\n\nTo login, run:\n  $ gcloud auth login `ACCOUNT`\n\n',
			exitCode: 0,
		});
		expect((await gcloud(['auth', 'list', '--format=json'])).stdout).toBe('[]\n');
	});
});

describe('gcloud stand-in: print-access-token', () => {
	it('prints a token the emulator accepts, and reuses it from the cache', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		const first = await gcloud(['auth', 'print-access-token']);
		expect(first).toMatchObject({exitCode: 0, stderr: ''});
		const token = first.stdout.trim();
		expect(emulator.state.accessTokens[token]?.email).toBe('dev@example.com');
		expect((await gcloud(['auth', 'print-access-token'])).stdout.trim()).toBe(token);
		expect(emulator.requests.count({method: 'POST', path: /^\/token$/})).toBe(1);
		expect(JSON.parse((await gcloud(['auth', 'print-access-token', '--format=json'])).stdout)).toEqual({token});
	});

	it('tells a signed-out user to log in', async () => {
		const {gcloud} = await standIn('not-logged-in');
		expect(await gcloud(['auth', 'print-access-token'])).toEqual({
			stdout: '',
			stderr: `ERROR: (gcloud.auth.print-access-token) You do not currently have an active account selected.\n${RELOGIN}`,
			exitCode: 1,
		});
	});

	it('fails with gcloud’s reauthentication text when the session expired', async () => {
		const {gcloud} = await standIn(withClient((s) => (s.client.accountReauthRequired = true)));
		const result = await gcloud(['auth', 'print-access-token']);
		expect(result).toEqual({
			stdout: '',
			stderr:
				'ERROR: (gcloud.auth.print-access-token) There was a problem refreshing your current auth tokens: ' +
				`Reauthentication failed. cannot prompt during non-interactive execution.\n${RELOGIN}`,
			exitCode: 1,
		});
	});
});

describe('gcloud stand-in: auth login', () => {
	it('signs in the scenario user without a browser, stores the credential and sets core/account', async () => {
		const {gcloud, sandbox, emulator} = await standIn('fresh');
		const login = await gcloud(['auth', 'login', '--no-launch-browser']);
		expect(login.exitCode).toBe(0);
		expect(login.stdout).toBe('');
		expect(login.stderr).toMatch(/^Go to the following link in your browser, and complete the sign-in prompts:\n\n {4}https:\/\/accounts\.google\.com\/o\/oauth2\/auth\?response_type=code&client_id=32555940559\.apps\.googleusercontent\.com&/);
		expect(login.stderr).toContain(
			'\nYou are now logged in as [dev@example.com].\nYour current project is [None].  You can change this setting by running:\n  $ gcloud config set project PROJECT_ID\n',
		);
		expect((await gcloud(['config', 'get-value', 'account'])).stdout).toBe('dev@example.com\n');
		const store = path.join(sandbox.configDir, 'credentials.json');
		expect(modeOf(statSync(store))).toBe(0o600);
		expect(readFileSync(store, 'utf8')).not.toContain('ya29.');
		const token = (await gcloud(['auth', 'print-access-token'])).stdout.trim();
		expect(emulator.state.accessTokens[token]?.email).toBe('dev@example.com');
		const browser = await gcloud(['auth', 'login', '--force']);
		expect(browser.stderr).toMatch(/^Your browser has been opened to visit:\n\n {4}https:\/\/accounts\.google\.com\//);
	});

	it('activates a service-account key', async () => {
		const {gcloud, emulator, sandbox} = await standIn('fresh');
		const key = emulator.createServiceAccountKey('vertex-demo-123', 'vertex-runner');
		const file = path.join(sandbox.home, 'key.json');
		const {writeFileSync} = await import('node:fs');
		writeFileSync(file, JSON.stringify(key), {mode: 0o600});
		const result = await gcloud(['auth', 'activate-service-account', `--key-file=${file}`]);
		expect(result).toEqual({stdout: '', stderr: 'Activated service account credentials for: [vertex-runner@vertex-demo-123.iam.gserviceaccount.com]\n', exitCode: 0});
		const helper = JSON.parse((await gcloud(['config', 'config-helper', '--format=json'])).stdout) as {credential: {access_token: string}};
		expect(emulator.state.accessTokens[helper.credential.access_token]?.email).toBe('vertex-runner@vertex-demo-123.iam.gserviceaccount.com');
		const missing = await gcloud(['auth', 'activate-service-account', '--key-file=/nonexistent/k.json']);
		expect(missing.stderr).toBe(
			"ERROR: (gcloud.auth.activate-service-account) Unable to read file [/nonexistent/k.json]: [Errno 2] No such file or directory: '/nonexistent/k.json'\n",
		);
		expect((await gcloud(['auth', 'activate-service-account'])).exitCode).toBe(2);
	});
});

describe('gcloud stand-in: config config-helper', () => {
	it('prints what google-auth-library parses: properties as strings, a fresh credential', async () => {
		const {gcloud, sandbox, emulator} = await standIn('healthy');
		const result = await gcloud(['config', 'config-helper', '--format', 'json']);
		expect(result.exitCode).toBe(0);
		const helper = JSON.parse(result.stdout) as {
			configuration: {active_configuration: string; properties: {core: Record<string, string>}};
			credential: {access_token: string; token_expiry: string};
			sentinels: {config_sentinel: string};
		};
		expect(helper.configuration.active_configuration).toBe('default');
		expect(helper.configuration.properties.core.project).toBe('vertex-demo-123');
		expect(helper.credential.token_expiry).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		expect(emulator.state.accessTokens[helper.credential.access_token]?.email).toBe('dev@example.com');
		expect(helper.sentinels.config_sentinel).toBe(path.join(sandbox.configDir, 'config_sentinel'));
	});
});
