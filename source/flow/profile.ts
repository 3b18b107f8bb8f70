import {readFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import * as ids from '../google/ids.js';

/** A team's shared answers, so onboarding a newcomer is one command. */
export interface Profile {
	project?: string;
	region?: string;
	model?: string;
	apis?: string[];
	roles?: string[];
	principalKind?: 'user' | 'serviceAccount';
}

export interface LoadedProfile {
	profile: Profile;
	/** The file it came from (vertex-setup.json, or package.json's "vertex-setup" key). */
	path: string;
}

export class ProfileError extends Error {}

const FIELDS: Record<keyof Profile, {check: (v: unknown) => boolean; expected: string}> = {
	project: {check: (v) => typeof v === 'string' && ids.projectId(v).ok, expected: 'a project ID such as "my-project-123"'},
	region: {check: (v) => typeof v === 'string' && ids.location(v).ok, expected: 'a Vertex AI location such as "global" or "us-central1"'},
	model: {check: (v) => typeof v === 'string' && ids.modelId(v).ok, expected: 'a model ID such as "gemini-2.5-flash"'},
	apis: {check: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && ids.serviceName(s).ok), expected: 'a list of service names such as ["aiplatform.googleapis.com"]'},
	roles: {check: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && ids.role(s).ok), expected: 'a list of roles such as ["roles/aiplatform.user"]'},
	principalKind: {check: (v) => v === 'user' || v === 'serviceAccount', expected: '"user" or "serviceAccount"'},
};

/** Walks up from `cwd` to the first vertex-setup.json, or package.json with a "vertex-setup" key. */
export async function findProfile(cwd: string): Promise<LoadedProfile | undefined> {
	for (let dir = cwd; ; dir = dirname(dir)) {
		const own = join(dir, 'vertex-setup.json');
		const ownText = await readIfExists(own);
		if (ownText !== undefined) return {profile: validateProfile(parse(ownText, own), own), path: own};
		const pkgPath = join(dir, 'package.json');
		const pkgText = await readIfExists(pkgPath);
		// A broken package.json that never mentions us is someone else's problem, not a reason to refuse to run.
		if (pkgText !== undefined && (pkgText.includes('"vertex-setup"') || isJson(pkgText))) {
			const pkg = parse(pkgText, pkgPath) as Record<string, unknown>;
			if (pkg && typeof pkg === 'object' && 'vertex-setup' in pkg) {
				return {profile: validateProfile(pkg['vertex-setup'], `${pkgPath} ("vertex-setup" key)`), path: pkgPath};
			}
		}
		if (dirname(dir) === dir) return undefined;
	}
}

export function validateProfile(value: unknown, where: string): Profile {
	if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ProfileError(`${where}: expected a JSON object.`);
	const profile: Record<string, unknown> = {};
	for (const [key, raw] of Object.entries(value)) {
		if (key === '$schema') continue;
		const rule = FIELDS[key as keyof Profile];
		if (!rule) throw new ProfileError(`${where}: unknown field "${key}". Known fields: ${Object.keys(FIELDS).join(', ')}.`);
		if (!rule.check(raw)) throw new ProfileError(`${where}: field "${key}" is ${JSON.stringify(raw)}; expected ${rule.expected}.`);
		profile[key] = raw;
	}
	return profile as Profile;
}

async function readIfExists(path: string): Promise<string | undefined> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
		throw new ProfileError(`Can't read ${path}: ${(error as Error).message}`);
	}
}

function parse(text: string, path: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new ProfileError(`${path} is not valid JSON${where(text, (error as Error).message)}: ${(error as Error).message}`);
	}
}

function isJson(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

/** " (line 3)" from the position Node's JSON error names, so the person can find the typo. */
function where(text: string, message: string): string {
	const position = /at position (\d+)/.exec(message)?.[1];
	if (position === undefined || /\(line \d+/.test(message)) return '';
	return ` (line ${text.slice(0, Number(position)).split('\n').length})`;
}
