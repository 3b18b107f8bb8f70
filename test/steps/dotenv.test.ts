import {chmod, lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {updateDotenv, vertexEnv} from '../../source/steps/dotenv.js';

let dir: string;
let file: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'dotenv-test-'));
	file = path.join(dir, '.env');
});
afterEach(async () => {
	await rm(dir, {recursive: true, force: true});
});

const VARS = vertexEnv('my-proj-123', 'europe-west4');
const mode = async (p: string) => (await stat(p)).mode & 0o777;

describe('vertexEnv', () => {
	it('names the three variables Google\'s SDKs read for Vertex AI', () => {
		expect(VARS).toEqual({GOOGLE_CLOUD_PROJECT: 'my-proj-123', GOOGLE_CLOUD_LOCATION: 'europe-west4', GOOGLE_GENAI_USE_VERTEXAI: 'true'});
	});
});

describe('updateDotenv', () => {
	it('creates a new file, readable only by its owner', async () => {
		expect(await updateDotenv(file, VARS)).toEqual({added: Object.keys(VARS), updated: []});
		expect(await readFile(file, 'utf8')).toBe('GOOGLE_CLOUD_PROJECT=my-proj-123\nGOOGLE_CLOUD_LOCATION=europe-west4\nGOOGLE_GENAI_USE_VERTEXAI=true\n');
		expect(await mode(file)).toBe(0o600);
	});

	it('updates keys in place and keeps comments, other keys, blank lines, export prefixes and order', async () => {
		await writeFile(
			file,
			[
				'# database',
				'DATABASE_URL=postgres://localhost/app',
				'',
				'export GOOGLE_CLOUD_PROJECT=old-proj-456',
				'# GOOGLE_CLOUD_LOCATION=commented-out',
				'  GOOGLE_CLOUD_LOCATION = us-central1',
				'API_TOKEN="s3cret value"',
				'',
			].join('\n'),
		);
		const result = await updateDotenv(file, VARS);
		expect(result).toEqual({added: ['GOOGLE_GENAI_USE_VERTEXAI'], updated: ['GOOGLE_CLOUD_PROJECT', 'GOOGLE_CLOUD_LOCATION']});
		expect(await readFile(file, 'utf8')).toBe(
			[
				'# database',
				'DATABASE_URL=postgres://localhost/app',
				'',
				'export GOOGLE_CLOUD_PROJECT=my-proj-123',
				'# GOOGLE_CLOUD_LOCATION=commented-out',
				'  GOOGLE_CLOUD_LOCATION=europe-west4',
				'API_TOKEN="s3cret value"',
				'GOOGLE_GENAI_USE_VERTEXAI=true',
				'',
			].join('\n'),
		);
	});

	it('changes nothing it does not need to, run twice', async () => {
		await writeFile(file, 'A=1\n');
		await updateDotenv(file, VARS);
		const once = await readFile(file, 'utf8');
		expect(await updateDotenv(file, VARS)).toEqual({added: [], updated: []});
		expect(await readFile(file, 'utf8')).toBe(once);
	});

	it('adds a final newline where there was none', async () => {
		await writeFile(file, 'A=1');
		await updateDotenv(file, {GOOGLE_CLOUD_PROJECT: 'my-proj-123'});
		expect(await readFile(file, 'utf8')).toBe('A=1\nGOOGLE_CLOUD_PROJECT=my-proj-123\n');
	});

	it('keeps Windows line endings', async () => {
		await writeFile(file, 'A=1\r\nGOOGLE_CLOUD_PROJECT=old-proj-456\r\n');
		await updateDotenv(file, {GOOGLE_CLOUD_PROJECT: 'my-proj-123', GOOGLE_CLOUD_LOCATION: 'global'});
		expect(await readFile(file, 'utf8')).toBe('A=1\r\nGOOGLE_CLOUD_PROJECT=my-proj-123\r\nGOOGLE_CLOUD_LOCATION=global\r\n');
	});

	it('keeps the file\'s mode, even one the umask would narrow', async () => {
		for (const wanted of [0o600, 0o640, 0o664]) {
			await writeFile(file, 'A=1\n');
			await chmod(file, wanted);
			await updateDotenv(file, VARS);
			expect(await mode(file), wanted.toString(8)).toBe(wanted);
		}
	});

	it('replaces the file atomically, leaving no temporary file behind', async () => {
		await writeFile(file, 'A=1\n');
		const before = (await stat(file)).ino;
		await updateDotenv(file, VARS);
		// A new inode: the old content was never truncated in place.
		expect((await stat(file)).ino).not.toBe(before);
		expect(await readdir(dir)).toEqual(['.env']);
	});

	it('writes through a symlink instead of replacing it', async () => {
		const real = path.join(dir, 'shared.env');
		await writeFile(real, 'A=1\n');
		await symlink(real, file);
		await updateDotenv(file, {GOOGLE_CLOUD_PROJECT: 'my-proj-123'});
		expect((await lstat(file)).isSymbolicLink()).toBe(true);
		expect(await readFile(real, 'utf8')).toBe('A=1\nGOOGLE_CLOUD_PROJECT=my-proj-123\n');
	});

	it('quotes a value a dotenv parser could misread', async () => {
		await updateDotenv(file, {GREETING: 'hello world # not a comment'});
		expect(await readFile(file, 'utf8')).toBe('GREETING="hello world # not a comment"\n');
	});

	it('fails clearly when the directory is missing, leaving nothing behind', async () => {
		await expect(updateDotenv(path.join(dir, 'missing', '.env'), VARS)).rejects.toMatchObject({code: 'ENOENT'});
		expect(await readdir(dir)).toEqual([]);
	});
});
