import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {hasTmux, openTerminal, type Terminal} from '../helpers/tmux.js';

const cli = resolve(import.meta.dirname, '../../dist/cli.js');
const available = await hasTmux();
if (!available) console.log('Skipping the terminal end-to-end test: tmux is not installed.');

/** A person's shell, minus anything that would point at a real Google setup. */
function cleanEnv(home: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [k, v] of Object.entries(process.env)) if (!/^(GOOGLE_|CLOUDSDK_|GCLOUD_|VERTEX_SETUP_|CI$|NO_COLOR$)/.test(k)) env[k] = v;
	return {...env, HOME: home, TERM: 'xterm-256color'};
}

describe.runIf(available)('the wizard in a real terminal', () => {
	let dir: string;
	let term: Terminal | undefined;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'vs-e2e-'));
		return () => rm(dir, {recursive: true, force: true});
	});
	afterEach(async () => {
		await term?.close();
	});

	it('takes a fresh machine to a Gemini reply when every default is accepted', async () => {
		term = await openTerminal(`cd '${dir}' && node '${cli}' --sandbox fresh`, cleanEnv(dir));
		// Press Enter at each question, as a newcomer accepting every default would.
		const seen: string[] = [];
		// A question is on screen while its cursor (❯) is; answered ones stay above as "? … Yes".
		for (let i = 0; i < 30; i++) {
			const screen = await term.waitFor((s) => /\[exit \d+\]/.test(s) || /^\s*❯/m.test(s), 30_000);
			if (/\[exit \d+\]/.test(screen)) break;
			seen.push([...screen.split('\n')].reverse().find((l) => l.startsWith('? ')) ?? '');
			await term.press('Enter');
			await term.waitFor((s) => s !== screen, 30_000).catch(() => undefined);
		}
		const last = await term.waitFor((s) => /\[exit \d+\]/.test(s), 60_000);
		console.log(`Final screen of the fresh run:\n${last}`);
		expect(last).toContain('[exit 0]');
		expect(last).toMatch(/Hello from gemini-[\w.-]+ on Vertex AI/);
		expect(last).toContain('export GOOGLE_CLOUD_PROJECT=vertex-demo-123');
		expect(last).not.toMatch(/^✖/m);
		// It asked about sign-in, the project, and each change before making it.
		expect(seen.join('\n')).toMatch(/Sign in/);
		expect(await readFile(join(dir, '.env'), 'utf8')).toContain('GOOGLE_GENAI_USE_VERTEXAI=true');
	}, 180_000);

	it('re-runs on a healthy machine without asking anything', async () => {
		term = await openTerminal(`cd '${dir}' && node '${cli}' --sandbox healthy`, cleanEnv(dir));
		const last = await term.waitFor((s) => /\[exit \d+\]/.test(s), 60_000);
		expect(last).toContain('[exit 0]');
		expect(last).not.toMatch(/^\? /m);
		expect(last).toContain('Gemini');
	}, 90_000);
});
