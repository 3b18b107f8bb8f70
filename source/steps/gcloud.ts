import {INSTALL_DOCS, installInstructions} from './gcloud-install.js';
import type {Context, Step} from './context.js';
import type {Finding} from './types.js';

/**
 * Is the Google Cloud CLI installed, and which version? Missing is a warning, not a failure:
 * the smoke test and the person's own code need only ADC.
 *
 *   ok:   "gcloud 528.0.0 found at /usr/bin/gcloud"
 *   warn: "gcloud is not installed" + the install command for this OS
 */
export const gcloudStep: Step = {
	id: 'gcloud',
	title: 'Google Cloud CLI',
	needs: [],
	async check(ctx) {
		const executable = ctx.gcloud.executable;
		if (!executable) {
			ctx.facts.gcloudVersion = null;
			return missing(ctx);
		}
		const result = await ctx.gcloud.run(['version', '--format=json'], {timeoutMs: 60_000});
		const version = result.exitCode === 0 ? parseVersion(result.stdout) : undefined;
		if (!version) {
			ctx.facts.gcloudVersion = null;
			const line = result.stderr.split('\n').find(l => l.trim()) ?? `exit code ${result.exitCode}`;
			return {
				status: 'warn',
				summary: `gcloud at ${executable} does not run: ${line.trim()}`,
				detail: 'The rest of the setup continues with Application Default Credentials alone.',
				fix: `Reinstall the Google Cloud CLI (${INSTALL_DOCS}).`,
			};
		}
		ctx.facts.gcloudVersion = version;
		return {status: 'ok', summary: `gcloud ${version} found at ${executable}`};
	},
};

/** `gcloud version --format=json` → its "Google Cloud SDK" entry. */
export function parseVersion(stdout: string): string | undefined {
	try {
		const value = (JSON.parse(stdout) as Record<string, unknown>)['Google Cloud SDK'];
		return typeof value === 'string' && value ? value : undefined;
	} catch {
		return /^Google Cloud SDK (\S+)/m.exec(stdout)?.[1];
	}
}

function missing(ctx: Context): Finding {
	const install = installInstructions(ctx.platform, ctx.env);
	return {
		status: 'warn',
		summary: 'gcloud is not installed',
		detail:
			'The rest of the setup continues with Application Default Credentials alone, but signing in ' +
			'and most repairs need gcloud.',
		fix: install.text,
		commands: install.commands,
	};
}
