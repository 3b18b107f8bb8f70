import {accessSync, constants, statSync} from 'node:fs';
import path from 'node:path';

/**
 * Finds an executable the way a shell would, but on the PATH of the environment the child will
 * get (not this process's): the sandbox puts its own gcloud first on that PATH.
 *
 *   findExecutable('gcloud', {PATH: '/tmp/x/bin:/usr/bin'}) → '/tmp/x/bin/gcloud'
 */
export function findExecutable(name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | null {
	const windows = platform === 'win32';
	const extensions = windows ? (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
	const candidates = (base: string) => (windows && path.extname(base) === '' ? extensions.map(ext => base + ext) : [base]);
	if (name.includes('/') || (windows && name.includes('\\'))) {
		return candidates(name).find(isExecutable) ?? null;
	}
	const pathVar = env.PATH ?? env.Path ?? '';
	for (const dir of pathVar.split(path.delimiter)) {
		if (!dir) continue;
		const hit = candidates(path.join(dir, name)).find(isExecutable);
		if (hit) return hit;
	}
	return null;
}

function isExecutable(file: string): boolean {
	try {
		if (!statSync(file).isFile()) return false;
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}
