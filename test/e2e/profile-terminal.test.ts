import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {hasTmux, openTerminal} from '../helpers/tmux.js';

const cli = resolve(import.meta.dirname, '../../dist/cli.js');
const available = await hasTmux();
if (!available) console.log('Skipping the team-profile terminal test: tmux is not installed.');

describe.runIf(available)('the wizard in a real terminal, with a team profile', () => {
	it('says it uses the profile above the steps, then repairs nothing on a healthy machine', async (t) => {
		const dir = await mkdtemp(join(tmpdir(), 'vs-e2e-profile-'));
		t.onTestFinished(() => rm(dir, {recursive: true, force: true}));
		await writeFile(join(dir, 'vertex-setup.json'), JSON.stringify({project: 'vertex-demo-123', region: 'global'}));
		const env: NodeJS.ProcessEnv = {};
		for (const [k, v] of Object.entries(process.env)) if (!/^(GOOGLE_|CLOUDSDK_|GCLOUD_|VERTEX_SETUP_|CI$|NO_COLOR$)/.test(k)) env[k] = v;
		const term = await openTerminal(`cd '${dir}' && node '${cli}' --sandbox healthy`, {...env, HOME: dir, TERM: 'xterm-256color'}, {cols: 120, rows: 40});
		t.onTestFinished(() => term.close());
		const screen = await term.waitFor((s) => /\[exit \d+\]/.test(s), 60_000);
		const lines = screen.split('\n');
		const said = lines.findIndex((l) => l.startsWith(`Using team profile ${join(dir, 'vertex-setup.json')}: project vertex-demo-123, region global`));
		const firstStep = lines.findIndex((l) => /^✔ /.test(l));
		expect(said, screen).toBeGreaterThanOrEqual(0);
		expect(said).toBeLessThan(firstStep);
		expect(screen).toContain('[exit 0]');
		// A healthy machine: every step shown as done, no question asked.
		expect(screen).not.toMatch(/^\? /m);
	}, 90_000);
});
