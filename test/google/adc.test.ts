import {chmod, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {adcFileStamp, gcloudConfigDir, locateAdc, principalInFile, readCredentialFile} from '../../source/google/adc.js';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'adc-test-'));
});
afterEach(async () => {
	await rm(dir, {recursive: true, force: true});
});

const USER = {type: 'authorized_user', client_id: 'c', client_secret: 's', refresh_token: '1//0x', account: ''};

async function put(file: string, content: unknown): Promise<string> {
	await mkdir(path.dirname(file), {recursive: true});
	await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
	return file;
}

describe('locateAdc: google-auth-library search order', () => {
	it('uses GOOGLE_APPLICATION_CREDENTIALS first, even when the file is missing', async () => {
		await put(path.join(dir, 'cfg', 'application_default_credentials.json'), USER);
		const env = {GOOGLE_APPLICATION_CREDENTIALS: path.join(dir, 'nope.json'), CLOUDSDK_CONFIG: path.join(dir, 'cfg'), HOME: dir};
		expect(locateAdc(env, 'linux')).toEqual({source: 'env', path: path.join(dir, 'nope.json'), variable: 'GOOGLE_APPLICATION_CREDENTIALS'});
	});

	it('honours the lower-case variable', () => {
		expect(locateAdc({google_application_credentials: '/k.json'}, 'linux')).toMatchObject({source: 'env', variable: 'google_application_credentials'});
	});

	it('then $CLOUDSDK_CONFIG, then ~/.config/gcloud', async () => {
		const home = await put(path.join(dir, '.config', 'gcloud', 'application_default_credentials.json'), USER);
		expect(locateAdc({HOME: dir}, 'linux')).toEqual({source: 'well-known', path: home});
		const cfg = await put(path.join(dir, 'cfg', 'application_default_credentials.json'), USER);
		expect(locateAdc({HOME: dir, CLOUDSDK_CONFIG: path.join(dir, 'cfg')}, 'linux')).toEqual({source: 'well-known', path: cfg});
	});

	it('does not fall back to ~/.config/gcloud when CLOUDSDK_CONFIG is set but empty of ADC', async () => {
		await put(path.join(dir, '.config', 'gcloud', 'application_default_credentials.json'), USER);
		const env = {HOME: dir, CLOUDSDK_CONFIG: path.join(dir, 'cfg')};
		expect(locateAdc(env, 'linux')).toEqual({source: 'none', wellKnownPath: path.join(dir, 'cfg', 'application_default_credentials.json')});
	});

	it('uses %APPDATA%\\gcloud on Windows', () => {
		expect(gcloudConfigDir({APPDATA: 'C:\\Users\\ana\\AppData\\Roaming', HOME: '/x'}, 'win32')).toBe('C:\\Users\\ana\\AppData\\Roaming\\gcloud');
		expect(gcloudConfigDir({HOME: '/home/ana'}, 'darwin')).toBe('/home/ana/.config/gcloud');
	});

	it('reports none when nothing exists', () => {
		expect(locateAdc({HOME: dir}, 'linux')).toEqual({source: 'none', wellKnownPath: path.join(dir, '.config', 'gcloud', 'application_default_credentials.json')});
	});

	it('changes its stamp when the file is rewritten', async () => {
		const file = await put(path.join(dir, 'cfg', 'application_default_credentials.json'), USER);
		const env = {CLOUDSDK_CONFIG: path.join(dir, 'cfg')};
		const before = adcFileStamp(env, 'linux');
		await writeFile(file, JSON.stringify({...USER, quota_project_id: 'my-proj-123'}));
		expect(adcFileStamp(env, 'linux')).not.toBe(before);
	});
});

describe('readCredentialFile', () => {
	it('accepts a complete authorized_user file', async () => {
		const file = await put(path.join(dir, 'a.json'), USER);
		expect(await readCredentialFile(file)).toEqual({ok: true, json: USER});
	});

	it.each([
		['missing', undefined, 'missing', 'the file does not exist'],
		['not JSON', '{"type": "authorized_user",', 'not-json', 'it is not valid JSON'],
		['an array', '[]', 'not-json', 'it does not hold a JSON object'],
		['an unknown type', {type: 'magic'}, 'unknown-type', 'its "type" is "magic", expected one of authorized_user, service_account'],
		['no type', {client_id: 'x'}, 'unknown-type', 'its "type" is null'],
		['missing refresh_token', {type: 'authorized_user', client_id: 'c', client_secret: 's'}, 'missing-fields', 'it has no "refresh_token" (required for authorized_user)'],
		['an SA without key', {type: 'service_account', client_email: 'a@b.iam.gserviceaccount.com'}, 'missing-fields', 'it has no "private_key"'],
	])('names the path and the reason for %s', async (_label, content, code, reason) => {
		const file = path.join(dir, 'bad.json');
		if (content !== undefined) await put(file, content);
		const result = await readCredentialFile(file);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem.code).toBe(code);
		expect(result.problem.path).toBe(file);
		expect(result.problem.reason).toContain(reason);
	});

	it('reports a file it may not read, without throwing', async () => {
		if (process.getuid?.() === 0) return; // root reads everything
		const file = await put(path.join(dir, 'locked.json'), USER);
		await chmod(file, 0o000);
		const result = await readCredentialFile(file);
		expect(result).toEqual({ok: false, problem: {code: 'unreadable', path: file, reason: 'permission denied'}});
	});

	it('reports a directory in place of a file', async () => {
		await mkdir(path.join(dir, 'd.json'));
		expect(await readCredentialFile(path.join(dir, 'd.json'))).toMatchObject({ok: false, problem: {code: 'unreadable'}});
	});
});

describe('principalInFile', () => {
	it('names the service account, the account field, or the impersonation target', () => {
		expect(principalInFile({type: 'service_account', client_email: 'sa@p.iam.gserviceaccount.com'})).toBe('sa@p.iam.gserviceaccount.com');
		expect(principalInFile({type: 'authorized_user', account: ''})).toBeUndefined();
		expect(principalInFile({type: 'authorized_user', account: 'ana@example.com'})).toBe('ana@example.com');
		expect(
			principalInFile({
				type: 'impersonated_service_account',
				service_account_impersonation_url: 'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/run%40p.iam.gserviceaccount.com:generateAccessToken',
			}),
		).toBe('run@p.iam.gserviceaccount.com');
	});
});
