/**
 * Writes a scenario's client side (the developer's machine) into a sandbox gcloud config dir,
 * in the same files and shapes the stand-in gcloud reads and writes itself.
 */
import {closeSync, fchmodSync, openSync, writeSync} from 'node:fs';
import path from 'node:path';
import {ADC_CLIENT_ID, ADC_CLIENT_SECRET, GCLOUD_CLIENT_ID, GCLOUD_CLIENT_SECRET, LOGIN_SCOPES} from './gcloud/oauth.js';
import {Properties} from './gcloud/properties.js';
import {CredentialStore, adcPath, writeAdc} from './gcloud/store.js';
import type {Emulator} from './emulator/index.js';

const SERVICE_ACCOUNT_EMAIL = /^([a-z][-a-z0-9]*)@([a-z][-a-z0-9]*)\.iam\.gserviceaccount\.com$/;

/** Returns the variables the client side needs (GOOGLE_APPLICATION_CREDENTIALS and the scenario's own). */
export function writeClientSide(emulator: Emulator, dirs: {home: string; configDir: string}): Record<string, string> {
	const client = emulator.scenario.client;
	const env: Record<string, string> = {};
	const props = new Properties({CLOUDSDK_CONFIG: dirs.configDir});
	props.ensureLayout();
	const store = new CredentialStore(dirs.configDir);
	const tokenUri = `${emulator.url}token`;

	if (client.account) {
		const sa = SERVICE_ACCOUNT_EMAIL.exec(client.account);
		if (sa) {
			store.save(client.account, emulator.createServiceAccountKey(sa[2] ?? '', sa[1] ?? '') as never);
		} else {
			const refreshToken = emulator.issueRefreshToken(client.account, {
				clientId: GCLOUD_CLIENT_ID,
				reauthRequired: client.accountReauthRequired ?? false,
			});
			store.save(client.account, {
				client_id: GCLOUD_CLIENT_ID,
				client_secret: GCLOUD_CLIENT_SECRET,
				refresh_token: refreshToken,
				revoke_uri: 'https://oauth2.googleapis.com/revoke',
				scopes: LOGIN_SCOPES,
				token_uri: tokenUri,
				type: 'authorized_user',
				universe_domain: 'googleapis.com',
			});
		}
		props.set('core', 'account', client.account);
	}
	if (client.project) props.set('core', 'project', client.project);

	const adc = client.adc;
	if (adc?.type === 'authorized_user') {
		const refreshToken = emulator.issueRefreshToken(adc.account, {clientId: ADC_CLIENT_ID, reauthRequired: adc.reauthRequired ?? false});
		writeAdc(dirs.configDir, {
			account: '',
			client_id: ADC_CLIENT_ID,
			client_secret: ADC_CLIENT_SECRET,
			refresh_token: refreshToken,
			type: 'authorized_user',
			universe_domain: 'googleapis.com',
			...(adc.quotaProject ? {quota_project_id: adc.quotaProject} : {}),
		});
	} else if (adc?.type === 'service_account') {
		const key = emulator.createServiceAccountKey(adc.projectId, adc.accountId);
		const file = adc.via === 'well-known' ? adcPath(dirs.configDir) : path.join(dirs.home, `${adc.projectId}-${adc.accountId}.json`);
		writeWithMode(file, `${JSON.stringify(key, null, 2)}\n`, adc.mode);
		if (adc.via === 'env') env.GOOGLE_APPLICATION_CREDENTIALS = file;
	}
	return {...env, ...(client.env ?? {})};
}

/**
 * Creates the file with exactly `mode` before any byte is written: the umask could strip bits
 * from the open() mode, so the fresh, still empty descriptor gets the mode set explicitly.
 */
export function writeWithMode(file: string, contents: string, mode: number): void {
	const fd = openSync(file, 'wx', mode);
	try {
		fchmodSync(fd, mode);
		writeSync(fd, contents);
	} finally {
		closeSync(fd);
	}
}
