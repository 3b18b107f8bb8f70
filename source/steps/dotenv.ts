import {randomBytes} from 'node:crypto';
import {readFile, rename, stat, writeFile} from 'node:fs/promises';

/** The variables a developer's code needs to call Gemini on Vertex AI. */
export function vertexEnv(project: string, location: string): Record<string, string> {
	return {GOOGLE_CLOUD_PROJECT: project, GOOGLE_CLOUD_LOCATION: location, GOOGLE_GENAI_USE_VERTEXAI: 'true'};
}

/**
 * Sets these keys in a dotenv file, keeping every other line (comments, order, other keys)
 * as it was. The file is replaced atomically so a crash never leaves half a file.
 */
export async function updateDotenv(path: string, vars: Record<string, string>): Promise<{added: string[]; updated: string[]}> {
	let text = '';
	let mode = 0o600;
	try {
		text = await readFile(path, 'utf8');
		mode = (await stat(path)).mode & 0o777;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
	const updated: string[] = [];
	const seen = new Set<string>();
	const out = lines.map((line) => {
		const match = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
		const key = match?.[2];
		if (!key || !(key in vars)) return line;
		seen.add(key);
		const next = `${match[1]}${key}=${vars[key]}`;
		if (next !== line) updated.push(key);
		return next;
	});
	const added = Object.keys(vars).filter((key) => !seen.has(key));
	for (const key of added) out.push(`${key}=${vars[key]}`);
	const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
	await writeFile(temp, `${out.join('\n')}\n`, {mode, flag: 'wx'});
	await rename(temp, path);
	return {added, updated};
}
