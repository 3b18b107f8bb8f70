import {readCredentialFile} from '../google/adc.js';
import {formatCommand} from '../google/gcloud.js';
import {projectId as checkProjectId} from '../google/ids.js';
import type {Context, Step} from './context.js';
import {tildify} from './login.js';
import type {Finding} from './types.js';

/**
 * With user credentials, Google bills quota to the ADC file's quota_project_id (sent as
 * x-goog-user-project). It must be the project the wizard set up, or Vertex answers for the
 * wrong project ("API not enabled", "quota exceeded"). A service-account key bills its own project.
 *
 *   ok:   "Quota project set to my-proj-123"
 *   fail: "ADC bills quota to other-proj, not my-proj-123. Fix: gcloud auth application-default set-quota-project my-proj-123"
 */
export const quotaProjectStep: Step = {
	id: 'quotaProject',
	title: 'ADC quota project',
	needs: ['adc', 'project'],
	async check(ctx) {
		const adc = ctx.facts.adc;
		const project = ctx.facts.project?.projectId;
		if (!adc || adc.source === 'none' || !adc.path) return {status: 'skipped', summary: 'Skipped: no Application Default Credentials'};
		if (!project) return {status: 'skipped', summary: 'Skipped: no project chosen'};
		const override = ctx.env.GOOGLE_CLOUD_QUOTA_PROJECT;
		if (override && override !== project) return overrideFinding(override, project, ctx);
		if (adc.type !== 'authorized_user') {
			const owner = adc.keyProject ? ` (${adc.keyProject})` : '';
			return {status: 'skipped', summary: `Skipped: quota follows the service account's own project${owner}`};
		}
		if (override) return {status: 'ok', summary: `Quota project set to ${project} by GOOGLE_CLOUD_QUOTA_PROJECT`};
		// Read the file again: a fix may have rewritten it since the adc step looked.
		const read = await readCredentialFile(adc.path);
		const current = read.ok && typeof read.json.quota_project_id === 'string' ? read.json.quota_project_id : '';
		adc.quotaProject = current || undefined;
		if (current === project) return {status: 'ok', summary: `Quota project set to ${project}`};
		const command = setQuotaCommand(project);
		const where = tildify(adc.path, ctx.home);
		if (!current) {
			return {
				status: 'warn',
				summary: `ADC has no quota project`,
				detail: `Client libraries using ${where} send no x-goog-user-project, so some APIs answer "quota exceeded" or "API not enabled".`,
				fix: ctx.gcloud.executable ? `Set it: ${command}` : `Add "quota_project_id": "${project}" to ${where}.`,
				commands: ctx.gcloud.executable ? [command] : [],
			};
		}
		return {
			status: 'fail',
			summary: `ADC bills quota to ${current}, not ${project}`,
			detail: `Client libraries send x-goog-user-project: ${current}, so Vertex AI checks APIs, billing and quota on ${current}.`,
			fix: ctx.gcloud.executable ? `Set it: ${command}` : `Change "quota_project_id" to "${project}" in ${where}.`,
			commands: ctx.gcloud.executable ? [command] : [],
		};
	},
	async fixes(_finding, ctx) {
		const project = ctx.facts.project?.projectId;
		if (!project || !ctx.gcloud.executable || ctx.facts.adc?.type !== 'authorized_user') return [];
		if (ctx.env.GOOGLE_CLOUD_QUOTA_PROJECT && ctx.env.GOOGLE_CLOUD_QUOTA_PROJECT !== project) return [];
		return [{id: 'quota.set', title: `Set the ADC quota project to ${project}`, commands: [setQuotaCommand(project)]}];
	},
	async apply(_fix, ctx) {
		const checked = checkProjectId(ctx.facts.project?.projectId ?? '');
		if (!checked.ok) throw new Error(checked.message);
		const args = ['auth', 'application-default', 'set-quota-project', checked.value];
		ctx.ran(formatCommand(['gcloud', ...args]));
		const result = await ctx.gcloud.run(args);
		if (result.exitCode !== 0) {
			const line = result.stderr.split('\n').find(l => l.startsWith('ERROR:')) ?? result.stderr.trim();
			throw new Error(line || `gcloud exited with code ${result.exitCode}`);
		}
	},
};

function setQuotaCommand(project: string): string {
	return formatCommand(['gcloud', 'auth', 'application-default', 'set-quota-project', project]);
}

function overrideFinding(override: string, project: string, ctx: Context): Finding {
	const unset = ctx.platform === 'win32' ? 'Remove-Item Env:GOOGLE_CLOUD_QUOTA_PROJECT' : 'unset GOOGLE_CLOUD_QUOTA_PROJECT';
	return {
		status: 'fail',
		summary: `GOOGLE_CLOUD_QUOTA_PROJECT=${override} overrides the quota project ${project}`,
		detail: `Client libraries bill every call to ${override}, whatever the credential file says.`,
		fix: `Unset it (or set it to ${project}) in this shell and your shell profile.`,
		commands: [unset],
	};
}
