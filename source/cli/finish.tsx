import {join, resolve} from 'node:path';
import {identities, type Identities} from '../flow/identities.js';
import type {RunResult} from '../flow/runner.js';
import {planLines, terraformPlan} from '../report/plan.js';
import {summaryData, summaryLines} from '../report/summary.js';
import type {Context} from '../steps/context.js';
import {dotenvHas, updateDotenv, vertexEnv} from '../steps/dotenv.js';
import {writeProfile} from '../flow/profile-write.js';
import type {Cli} from './args.js';

/**
 * Questions that come after the steps (write .env?), asked while the renderer is still up.
 * Returns the path written, if any.
 */
export async function afterSteps(cli: Cli, ctx: Context, result: RunResult, exitCode: number): Promise<string | undefined> {
	const project = ctx.facts.project?.projectId;
	if (!project || exitCode !== 0 || cli.mode !== 'wizard' || cli.dryRun) return undefined;
	const vars = vertexEnv(project, ctx.facts.smoke?.region ?? ctx.facts.region ?? 'global');
	let path = cli.writeEnv === undefined ? undefined : resolve(ctx.cwd, cli.writeEnv);
	// Offer the file once, after a run that set something up; a healthy re-run asks nothing.
	const changed = result.steps.some((s) => s.applied.length > 0);
	if (!path && changed && ctx.ask.interactive && !result.stopped && !(await dotenvHas(join(ctx.cwd, '.env'), vars))) {
		const yes = await ctx.ask.confirm({id: 'dotenv', message: `Write ${Object.keys(vars).join(', ')} to .env here?`, initial: true, flag: '--write-env'});
		if (yes) path = join(ctx.cwd, '.env');
	}
	if (!path) return undefined;
	await updateDotenv(path, vars);
	return path;
}

export async function finishSetup(input: {cli: Cli; ctx: Context; result: RunResult; exitCode: number; interactive: boolean; commandsRun: string[]; envPath?: string}): Promise<number> {
	const {cli, ctx, result, exitCode} = input;
	const out = (line: string) => process.stdout.write(`${line}\n`);
	if (cli.dryRun) {
		for (const line of cli.format === 'terraform' ? terraformPlan(result) : planLines(result)) out(line);
		return exitCode;
	}
	if (cli.mode === 'doctor') {
		for (const line of identityLines(identities(ctx.facts, ctx.env))) out(line);
		return exitCode;
	}
	if (cli.mode === 'init-profile') {
		if (exitCode !== 0) {
			process.stderr.write('vertex-setup: the setup is not healthy yet; run vertex-setup first, then init-profile.\n');
			return exitCode;
		}
		out(`Wrote ${await writeProfile(ctx.cwd, ctx.facts, ctx.options)}. Commit it so teammates get these answers by default.`);
		return 0;
	}
	const data = summaryData(result, ctx.facts, input.commandsRun);
	if (input.interactive) {
		await (await import('./ink-screens.js')).showSummary(data);
	} else {
		for (const line of summaryLines(data, {steps: false})) out(line);
	}
	if (input.envPath) out(`\nWrote ${input.envPath}.`);
	if (!input.interactive && !cli.options.yes && result.steps.some((s) => s.pending.length > 0)) {
		// Nobody could be asked: name the flags that answer the questions instead.
		out('');
		out('Nothing was changed: no terminal to ask in. To apply the fixes above without questions, run:');
		out(`  vertex-setup --yes${ctx.facts.project ? '' : ' --project PROJECT_ID'}`);
		if (result.steps.some((s) => s.pending.some((f) => f.manual))) {
			out('Sign-ins need a browser: run the gcloud auth commands above yourself, or run vertex-setup in a terminal.');
		}
	}
	return exitCode;
}

/**
 *   Identities
 *     gcloud account   dev@example.com
 *     ADC              dev@example.com (~/.config/gcloud/application_default_credentials.json)
 *   ⚠ ADC runs as … but gcloud runs as …
 */
export function identityLines(ids: Identities): string[] {
	const lines = ['', 'Identities'];
	lines.push(`  gcloud account                  ${ids.gcloudAccount ?? '(none)'}`);
	lines.push(`  ADC principal                   ${ids.adcPrincipal ?? '(none)'}${ids.adcPath ? ` (${ids.adcSource}: ${ids.adcPath})` : ''}`);
	lines.push(`  GOOGLE_APPLICATION_CREDENTIALS  ${ids.googleApplicationCredentials ?? '(unset)'}`);
	lines.push(`  GOOGLE_CLOUD_PROJECT            ${ids.googleCloudProject ?? '(unset)'}`);
	lines.push(`  GOOGLE_CLOUD_LOCATION           ${ids.googleCloudLocation ?? '(unset)'}`);
	lines.push(`  API key variables               ${ids.apiKeyVariables.join(', ') || '(none)'}`);
	for (const w of ids.warnings) lines.push(`⚠ ${w}`);
	return lines;
}
