import {randomBytes} from 'node:crypto';
import {chmod, readFile, realpath, rename, stat, unlink, writeFile} from 'node:fs/promises';

/** The variables a developer's code needs to call Gemini on Vertex AI. */
export function vertexEnv(project: string, location: string): Record<string, string> {
	return {GOOGLE_CLOUD_PROJECT: project, GOOGLE_CLOUD_LOCATION: location, GOOGLE_GENAI_USE_VERTEXAI: 'true'};
}

/**
 * Sets these keys in a dotenv file, keeping every other line (comments, order, other keys,
 * `export ` prefixes, line endings) as it was. The file is replaced atomically so a crash never
 * leaves half a file, and keeps its permissions; a new file is 0600 (dotenv files hold secrets).
 */
export async function updateDotenv(path: string, vars: Record<string, string>): Promise<{added: string[]; updated: string[]}> {
	// Write through a symlink (a shared .env), not over it.
	const target = await realpath(path).catch(() => path);
	let text = '';
	let mode: number | undefined;
	try {
		text = await readFile(target, 'utf8');
		mode = (await stat(target)).mode & 0o7777;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
	const updated: string[] = [];
	const seen = new Set<string>();
	const out = lines.map((line) => {
		const match = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
		const key = match?.[2];
		if (!key || !Object.hasOwn(vars, key)) return line;
		seen.add(key);
		const next = `${match[1]}${key}=${quote(vars[key]!)}`;
		if (next !== line && !updated.includes(key)) updated.push(key);
		return next;
	});
	const added = Object.keys(vars).filter((key) => !seen.has(key));
	for (const key of added) out.push(`${key}=${quote(vars[key]!)}`);
	const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		await writeFile(temp, `${out.join(eol)}${eol}`, {mode: 0o600, flag: 'wx'});
		// The umask narrowed whatever mode writeFile asked for; give back exactly the old one.
		if (mode !== undefined) await chmod(temp, mode);
		await rename(temp, target);
	} catch (error) {
		await unlink(temp).catch(() => {});
		throw error;
	}
	return {added, updated};
}

/** Plain values stay bare (KEY=my-proj); anything a dotenv parser could misread is quoted. */
function quote(value: string): string {
	return /^[A-Za-z0-9_.\-/:@,+]*$/.test(value) ? value : JSON.stringify(value);
}

/** True when the dotenv file already sets every one of these keys to these values. */
export async function dotenvHas(path: string, vars: Record<string, string>): Promise<boolean> {
	const text = await readFile(path, 'utf8').catch(() => '');
	const found = new Map<string, string>();
	for (const line of text.split(/\r?\n/)) {
		const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
		if (match) found.set(match[1]!, match[2]!.replace(/^(["'])(.*)\1$/, '$2'));
	}
	return Object.entries(vars).every(([key, value]) => found.get(key) === value);
}
