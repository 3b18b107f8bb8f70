import {formatCommand} from '../google/gcloud.js';
import type {Context} from './context.js';
import {NEEDS_PROJECT, plannedProject, type StepPlan} from './plan.js';

/**
 * The quota project, planned while the ADC or project step is still failing (--dry-run): user
 * credentials must bill the project being set up. A service-account key bills its own project,
 * and GOOGLE_CLOUD_QUOTA_PROJECT is the person's to change, so neither gets a command.
 *
 *   → gcloud auth application-default set-quota-project vertex-demo-123
 */
export async function planQuotaProject(ctx: Context): Promise<StepPlan> {
	const project = await plannedProject(ctx);
	if (!project) return {fixes: [], needs: NEEDS_PROJECT};
	const adc = ctx.facts.adc;
	if (!ctx.gcloud.executable || adc?.type === 'service_account' || ctx.env.GOOGLE_CLOUD_QUOTA_PROJECT) return {fixes: []};
	if (adc?.type === 'authorized_user' && adc.quotaProject === project) return {fixes: []};
	const command = formatCommand(['gcloud', 'auth', 'application-default', 'set-quota-project', project]);
	return {fixes: [{id: 'quota.set', title: `Set the ADC quota project to ${project}`, commands: [command]}]};
}
