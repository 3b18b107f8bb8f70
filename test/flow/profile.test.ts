import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {findProfile, ProfileError, validateProfile} from '../../source/flow/profile.js';
import {writeProfile} from '../../source/flow/profile-write.js';

let root: string;
beforeEach(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'profile-test-'));
});
afterEach(async () => {
	await rm(root, {recursive: true, force: true});
});

async function put(rel: string, content: string | object): Promise<string> {
	const file = path.join(root, rel);
	await mkdir(path.dirname(file), {recursive: true});
	await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
	return file;
}

async function dir(rel: string): Promise<string> {
	const d = path.join(root, rel);
	await mkdir(d, {recursive: true});
	return d;
}

async function failure(cwd: string): Promise<string> {
	const error = await findProfile(cwd).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(ProfileError);
	return (error as Error).message;
}

const TEAM = {project: 'team-proj-123', region: 'europe-west4', model: 'gemini-2.5-flash', apis: ['aiplatform.googleapis.com'], roles: ['roles/aiplatform.user'], principalKind: 'user'};

describe('findProfile', () => {
	it('walks up from a subdirectory to vertex-setup.json', async () => {
		const file = await put('vertex-setup.json', TEAM);
		expect(await findProfile(await dir('app/src/deep'))).toEqual({profile: TEAM, path: file});
	});

	it('reads the "vertex-setup" key of package.json', async () => {
		const file = await put('package.json', {name: 'app', 'vertex-setup': {project: 'team-proj-123', region: 'global'}});
		expect(await findProfile(await dir('src'))).toEqual({profile: {project: 'team-proj-123', region: 'global'}, path: file});
	});

	it('takes the nearest profile; in one directory vertex-setup.json wins over package.json', async () => {
		await put('vertex-setup.json', {project: 'outer-proj-123'});
		await put('app/package.json', {name: 'app', 'vertex-setup': {project: 'pkg-proj-123'}});
		const own = await put('app/vertex-setup.json', {project: 'own-proj-123'});
		expect(await findProfile(path.join(root, 'app'))).toEqual({profile: {project: 'own-proj-123'}, path: own});
	});

	it('walks past a package.json without the key', async () => {
		const file = await put('vertex-setup.json', {region: 'us-central1'});
		await put('app/package.json', {name: 'app', version: '1.0.0'});
		expect((await findProfile(path.join(root, 'app')))?.path).toBe(file);
	});

	it('walks past a broken package.json that has nothing to do with it', async () => {
		const file = await put('vertex-setup.json', {region: 'us-central1'});
		await put('app/package.json', '{"name": "app",, }');
		expect((await findProfile(path.join(root, 'app')))?.path).toBe(file);
	});

	it('accepts $schema and an empty profile', async () => {
		await put('vertex-setup.json', {$schema: './schema.json'});
		expect((await findProfile(root))?.profile).toEqual({});
	});

	it('finds nothing when no directory up to / has a profile', async (t) => {
		const ancestors: string[] = [];
		for (let d = path.dirname(root); ; d = path.dirname(d)) {
			ancestors.push(d);
			if (path.dirname(d) === d) break;
		}
		const stray = ancestors.flatMap((d) => ['vertex-setup.json', 'package.json'].map((f) => path.join(d, f))).find((f) => existsSync(f));
		if (stray) t.skip(`${stray} exists above the temp directory`);
		expect(await findProfile(await dir('a/b'))).toBeUndefined();
	});
});

describe('findProfile: mistakes name the file, the field and what is expected', () => {
	it('bad JSON: the file and the line', async () => {
		const file = await put('vertex-setup.json', '{\n  "project": "team-proj-123",\n  "region": "global",\n}\n');
		const message = await failure(await dir('src'));
		expect(message).toContain(`${file} is not valid JSON`);
		expect(message).toMatch(/line 4/);
	});

	it('bad JSON in a package.json that holds the profile', async () => {
		const file = await put('package.json', '{"name": "app", "vertex-setup": {"project": }}');
		expect(await failure(root)).toContain(`${file} is not valid JSON`);
	});

	it('an unknown field, with the known ones', async () => {
		const file = await put('vertex-setup.json', {projectId: 'team-proj-123'});
		expect(await failure(root)).toBe(`${file}: unknown field "projectId". Known fields: project, region, model, apis, roles, principalKind.`);
	});

	it('a bad value, with an example of a good one', async () => {
		const file = await put('vertex-setup.json', {region: 'us central'});
		expect(await failure(root)).toBe(`${file}: field "region" is "us central"; expected a Vertex AI location such as "global" or "us-central1".`);
	});

	it('a bad value under package.json\'s key says where it is', async () => {
		const file = await put('package.json', {name: 'app', 'vertex-setup': {principalKind: 'robot'}});
		expect(await failure(root)).toBe(`${file} ("vertex-setup" key): field "principalKind" is "robot"; expected "user" or "serviceAccount".`);
	});

	it('a profile that is not an object', async () => {
		const file = await put('vertex-setup.json', ['team-proj-123']);
		expect(await failure(root)).toBe(`${file}: expected a JSON object.`);
	});

	it('a profile it cannot read', async () => {
		// A directory where the file should be: unreadable even for root, unlike a chmod 000 file.
		const file = await dir('vertex-setup.json');
		expect(await failure(root)).toMatch(new RegExp(`^Can't read ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: EISDIR`));
	});
});

describe('validateProfile', () => {
	it('checks each field against the form Google accepts', () => {
		const bad: [string, unknown][] = [
			['project', 'Team Project'],
			['project', 42],
			['model', 'Gemini Pro'],
			['apis', 'aiplatform.googleapis.com'],
			['apis', ['aiplatform']],
			['roles', ['aiplatform.user']],
		];
		for (const [field, value] of bad) {
			expect(() => validateProfile({[field]: value}, 'p.json'), `${field}=${JSON.stringify(value)}`).toThrow(new RegExp(`^p\\.json: field "${field}" is .*; expected `));
		}
		expect(validateProfile(TEAM, 'p.json')).toEqual(TEAM);
	});
});

describe('writeProfile (init-profile)', () => {
	it('writes the answers of a working setup as a profile that loads back', async () => {
		const written = await writeProfile(root, {
			project: {projectId: 'team-proj-123', projectNumber: '1', name: 'Team'},
			principal: 'serviceAccount:runner@team-proj-123.iam.gserviceaccount.com',
			smoke: {text: 'hi', latencyMs: 1, region: 'europe-west4', model: 'gemini-2.5-flash'},
		});
		expect(written).toBe(path.join(root, 'vertex-setup.json'));
		expect(JSON.parse(await readFile(written, 'utf8'))).toEqual({project: 'team-proj-123', region: 'europe-west4', model: 'gemini-2.5-flash', principalKind: 'serviceAccount'});
		expect((await findProfile(root))?.profile).toMatchObject({project: 'team-proj-123', principalKind: 'serviceAccount'});
	});
});
