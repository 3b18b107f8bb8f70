import {randomBytes, randomInt, randomUUID} from 'node:crypto';

/**
 * Canonical base64 of 8 bytes, like Google's `BwXhqDMZGh0=`. gcloud decodes and re-encodes
 * etags, so a non-canonical one would come back changed and never match.
 */
export function newEtag(): string {
	return Buffer.concat([Buffer.from([0x07, 0x06]), randomBytes(6)]).toString('base64');
}

export function newUuid(): string {
	return randomUUID();
}

const URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function urlsafeChars(n: number): string {
	let out = '';
	for (let i = 0; i < n; i++) out += URLSAFE[randomInt(URLSAFE.length)];
	return out;
}

/** The `\nHelp Token: A…` suffix Service Usage appends to its error messages. */
export function helpToken(): string {
	return `A${urlsafeChars(107)}`;
}

export function newAccessToken(): string {
	return `ya29.a0${urlsafeChars(120)}`;
}

export function newRefreshToken(): string {
	return `1//0${urlsafeChars(100)}`;
}

/** 21 digits, starting with 1, like real service-account unique IDs. */
export function newUniqueId(): string {
	let out = '1';
	for (let i = 0; i < 20; i++) out += String(randomInt(10));
	return out;
}

/** 40 lowercase hex characters: a service-account key id (= `private_key_id`). */
export function newKeyId(): string {
	return randomBytes(20).toString('hex');
}

/** A ~23-character base64url id like Vertex's `responseId`. */
export function newResponseId(): string {
	return randomBytes(17).toString('base64url');
}
