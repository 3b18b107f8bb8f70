/**
 * Where the built stand-in gcloud lives. Found from the package root (the nearest package.json
 * above this file), so it works from source/ under vitest and from dist/ when installed.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
	let dir = path.dirname(from);
	for (;;) {
		if (existsSync(path.join(dir, 'package.json'))) return dir;
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error(`No package.json above ${from}`);
		dir = parent;
	}
}

/** dist/sandbox/gcloud/main.js; an Error telling how to build it when it is missing. */
export function standInGcloudScript(root: string = packageRoot()): string {
	const script = path.join(root, 'dist', 'sandbox', 'gcloud', 'main.js');
	if (!existsSync(script)) {
		throw new Error(`The sandbox gcloud is not built (${script} is missing). Run \`npm run build\` in ${root} first.`);
	}
	return script;
}
