import {open} from 'node:fs/promises';

/** The key file is already there; a new key never replaces an old one silently. */
export class KeyFileExists extends Error {
	override readonly name = 'KeyFileExists';
	constructor(readonly path: string) {
		super(`${path} already exists; not overwriting it. Choose another path or remove the old key first.`);
	}
}

/**
 * Writes a new key file that is private from its first byte: created with mode 0600 in the
 * same call that creates it ('wx' also refuses to follow into an existing file or symlink).
 * Never chmod after writing: between the two calls the key would be readable.
 */
export async function writeKeyFileExclusive(file: string, json: string | object): Promise<void> {
	const text = typeof json === 'string' ? json : `${JSON.stringify(json, null, 2)}\n`;
	let handle;
	try {
		handle = await open(file, 'wx', 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new KeyFileExists(file);
		throw error;
	}
	try {
		await handle.writeFile(text, 'utf8');
		await handle.sync();
	} finally {
		await handle.close();
	}
}
