import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {standIn} from './support.js';

describe('gcloud stand-in: version and usage', () => {
	it('prints the version as text, as JSON and for --version', async () => {
		const {gcloud} = await standIn();
		const text = await gcloud(['version']);
		expect(text).toMatchObject({exitCode: 0, stderr: ''});
		expect(text.stdout.split('\n')[0]).toBe('Google Cloud SDK 528.0.0');
		expect(text.stdout).toContain('\ncore 2025.06.20\n');
		const json = JSON.parse((await gcloud(['version', '--format=json'])).stdout) as Record<string, string>;
		expect(json['Google Cloud SDK']).toBe('528.0.0');
		expect((await gcloud(['--version'])).stdout).toBe(text.stdout);
	});

	it('rejects unknown commands and arguments with exit code 2', async () => {
		const {gcloud} = await standIn();
		const unknown = await gcloud(['frobnicate']);
		expect(unknown.exitCode).toBe(2);
		expect(unknown.stderr.split('\n')[0]).toBe("ERROR: (gcloud) Invalid choice: 'frobnicate'.");
		const inGroup = await gcloud(['auth', 'bogus']);
		expect(inGroup.stderr.split('\n')[0]).toBe("ERROR: (gcloud.auth) Invalid choice: 'bogus'.");
		const extra = await gcloud(['config', 'get-value', 'project', 'extra']);
		expect(extra).toMatchObject({exitCode: 2, stdout: ''});
		expect(extra.stderr).toBe(
			'ERROR: (gcloud.config.get-value) unrecognized arguments: extra \n\nTo search the help text of gcloud commands, run:\n  gcloud help -- SEARCH_TERMS\n',
		);
		const missing = await gcloud(['config', 'set', 'project']);
		expect(missing.exitCode).toBe(2);
		expect(missing.stderr).toContain('ERROR: (gcloud.config.set) argument VALUE: Must be specified.\nUsage: gcloud config set SECTION/PROPERTY VALUE');
	});

	it('explains itself when it has no emulator to talk to', async () => {
		const {gcloud} = await standIn();
		const result = await gcloud(['projects', 'list'], {env: {CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDRESOURCEMANAGER: undefined}});
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toContain('ERROR: (gcloud.projects.list) This gcloud is the vertex-setup sandbox stand-in');
		expect(result.stderr).toContain('CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDRESOURCEMANAGER');
	});
});

describe('gcloud stand-in: config', () => {
	it('gets values, and says (unset) on stderr with exit 0 when there is none', async () => {
		const {gcloud} = await standIn('fresh');
		expect(await gcloud(['config', 'get-value', 'project'])).toEqual({stdout: '', stderr: '(unset)\n', exitCode: 0});
		expect(await gcloud(['config', 'get-value', 'account', '--format=json'])).toEqual({stdout: '[]\n', stderr: '(unset)\n', exitCode: 0});
		const set = await standIn('healthy');
		expect(await set.gcloud(['config', 'get-value', 'project'])).toEqual({stdout: 'vertex-demo-123\n', stderr: '', exitCode: 0});
		expect((await set.gcloud(['config', 'get-value', 'core/account', '--format=json'])).stdout).toBe('"dev@example.com"\n');
		const overridden = await set.gcloud(['config', 'get-value', 'project'], {env: {CLOUDSDK_CORE_PROJECT: 'from-env-1'}});
		expect(overridden.stdout).toBe('from-env-1\n');
	});

	it('sets and unsets properties in the INI file real gcloud uses', async () => {
		const {gcloud, sandbox} = await standIn('fresh');
		expect(await gcloud(['config', 'set', 'project', 'vertex-demo-123'])).toEqual({stdout: '', stderr: 'Updated property [core/project].\n', exitCode: 0});
		expect(readFileSync(path.join(sandbox.configDir, 'active_config'), 'utf8')).toBe('default');
		const file = path.join(sandbox.configDir, 'configurations', 'config_default');
		expect(readFileSync(file, 'utf8')).toBe('[core]\nproject = vertex-demo-123\n\n');
		expect(await gcloud(['config', 'unset', 'project'])).toEqual({stdout: '', stderr: 'Unset property [core/project].\n', exitCode: 0});
		expect(readFileSync(file, 'utf8')).toBe('[core]\n\n');
		const unknown = await gcloud(['config', 'set', 'core/frobs', 'x']);
		expect(unknown).toMatchObject({exitCode: 1, stderr: 'ERROR: (gcloud.config.set) Section [core] has no property [frobs].\n'});
	});

	it('refuses a display name for the project, with gcloud’s advice', async () => {
		const {gcloud} = await standIn('fresh');
		const result = await gcloud(['config', 'set', 'project', 'Vertex Demo']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toBe(
			'ERROR: (gcloud.config.set) The project property must be set to a valid project ID, not the project name [Vertex Demo]\n' +
				'To set your project, run:\n\n  $ gcloud config set project PROJECT_ID\n\nor to unset it, run:\n\n  $ gcloud config unset project\n',
		);
	});

	it('checks the project with the logged-in account and warns when it cannot see it', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		const ok = await gcloud(['config', 'set', 'project', 'vertex-demo-123']);
		expect(ok.stderr).toBe('Updated property [core/project].\n');
		expect(emulator.requests.count({method: 'GET', path: /^\/v1\/projects\/vertex-demo-123$/})).toBe(1);
		const other = await gcloud(['config', 'set', 'project', 'no-such-proj-1']);
		expect(other.exitCode).toBe(0);
		expect(other.stderr).toContain('WARNING: Your active project does not match the quota project in your local Application Default Credentials file.');
		expect(other.stderr).toContain(
			'WARNING: [dev@example.com] does not have permission to access projects instance [no-such-proj-1] (or it may not exist): The caller does not have permission.',
		);
		expect(other.stderr.endsWith('Updated property [core/project].\n')).toBe(true);
	});

	it('lists the configuration as INI text and as JSON, environment properties included', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		const text = await gcloud(['config', 'list']);
		expect(text.stderr).toBe('\nYour active configuration is: [default]\n');
		expect(text.stdout).toContain(`[auth]\ntoken_host = ${emulator.url}token\n`);
		expect(text.stdout).toContain('[core]\naccount = dev@example.com\ndisable_usage_reporting = true\nproject = vertex-demo-123\n');
		const json = JSON.parse((await gcloud(['config', 'list', '--format=json'])).stdout) as Record<string, Record<string, string>>;
		expect(json.core).toEqual({account: 'dev@example.com', disable_usage_reporting: 'true', project: 'vertex-demo-123'});
		expect(json.api_endpoint_overrides?.serviceusage).toBe(emulator.url);
		expect((await gcloud(['config', 'list', '--format=value(core.project)'])).stdout).toBe('vertex-demo-123\n');
	});
});
