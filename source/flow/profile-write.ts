import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Facts} from '../steps/context.js';
import type {Options} from '../steps/types.js';
import type {Profile} from './profile.js';

/**
 * `init-profile`: the answers of a working setup, for teammates to start from. Extra APIs and
 * roles come from this run's flags (or the profile it already used); the required ones are implied.
 */
export async function writeProfile(dir: string, facts: Facts, options: Pick<Options, 'apis' | 'roles'> = {}): Promise<string> {
	const profile: Profile = {
		project: facts.project?.projectId,
		region: facts.smoke?.region ?? facts.region ?? 'global',
		model: facts.smoke?.model ?? facts.model,
		apis: options.apis?.length ? options.apis : undefined,
		roles: options.roles?.length ? options.roles : undefined,
		principalKind: facts.principal?.startsWith('serviceAccount:') ? 'serviceAccount' : 'user',
	};
	const path = join(dir, 'vertex-setup.json');
	await writeFile(path, `${JSON.stringify(profile, null, 2)}\n`);
	return path;
}
