/**
 * Where the stand-in keeps credentials. Real gcloud uses SQLite (credentials.db, access_tokens.db);
 * Node 20 has no SQLite, so these are JSON files beside them, private (0600) from the first byte
 * and replaced atomically so concurrent gcloud processes never read half a file.
 */
import {randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export interface UserCredential {
	type: 'authorized_user';
	client_id: string;
	client_secret: string;
	refresh_token: string;
	scopes?: string[];
	token_uri?: string;
	revoke_uri?: string;
	universe_domain?: string;
}

/** A service-account key file, stored as read (§4.3). */
export interface ServiceAccountKey {
	type: 'service_account';
	client_email: string;
	private_key: string;
	private_key_id?: string;
	project_id?: string;
	[field: string]: unknown;
}

export type StoredCredential = UserCredential | ServiceAccountKey;

export interface CachedToken {
	access_token: string;
	/** ISO 8601 UTC. */
	token_expiry: string;
	id_token?: string | null;
}

const CREDENTIALS_FILE = 'credentials.json';
const ACCESS_TOKENS_FILE = 'access_tokens.json';
const ADC_FILE = 'application_default_credentials.json';

export class CredentialStore {
	constructor(readonly configDir: string) {}

	/** Stored accounts, sorted as `gcloud auth list` sorts them. */
	accounts(): string[] {
		return Object.keys(this.readAll<StoredCredential>(CREDENTIALS_FILE)).sort();
	}

	load(account: string): StoredCredential | undefined {
		return this.readAll<StoredCredential>(CREDENTIALS_FILE)[account];
	}

	save(account: string, credential: StoredCredential): void {
		const all = this.readAll<StoredCredential>(CREDENTIALS_FILE);
		all[account] = credential;
		writePrivateFile(path.join(this.configDir, CREDENTIALS_FILE), `${JSON.stringify(all, null, 2)}\n`);
		this.forgetToken(account);
	}

	token(account: string): CachedToken | undefined {
		return this.readAll<CachedToken>(ACCESS_TOKENS_FILE)[account];
	}

	saveToken(account: string, token: CachedToken): void {
		const all = this.readAll<CachedToken>(ACCESS_TOKENS_FILE);
		all[account] = token;
		writePrivateFile(path.join(this.configDir, ACCESS_TOKENS_FILE), `${JSON.stringify(all, null, 2)}\n`);
	}

	forgetToken(account: string): void {
		const all = this.readAll<CachedToken>(ACCESS_TOKENS_FILE);
		if (!(account in all)) return;
		delete all[account];
		writePrivateFile(path.join(this.configDir, ACCESS_TOKENS_FILE), `${JSON.stringify(all, null, 2)}\n`);
	}

	private readAll<T>(name: string): Record<string, T> {
		const file = path.join(this.configDir, name);
		if (!existsSync(file)) return {};
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>;
		} catch {
			return {};
		}
	}
}

export function adcPath(configDir: string): string {
	return path.join(configDir, ADC_FILE);
}

export function readAdc(configDir: string): Record<string, unknown> | undefined {
	const file = adcPath(configDir);
	if (!existsSync(file)) return undefined;
	return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** As gcloud writes it: sorted keys, two-space indent, no trailing newline, mode 0600. */
export function writeAdc(configDir: string, adc: Record<string, unknown>): string {
	const sorted = Object.fromEntries(Object.keys(adc).sort().map((k) => [k, adc[k]]));
	const file = adcPath(configDir);
	writePrivateFile(file, JSON.stringify(sorted, null, 2));
	return file;
}

/** Writes a file readable only by its owner: created 0600 under a temporary name, then renamed. */
export function writePrivateFile(file: string, contents: string): void {
	mkdirSync(path.dirname(file), {recursive: true});
	const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		writeFileSync(temp, contents, {mode: 0o600, flag: 'wx'});
		renameSync(temp, file);
	} catch (error) {
		rmSync(temp, {force: true});
		throw error;
	}
}
