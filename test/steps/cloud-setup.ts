import {expect} from 'vitest';
import {runSteps} from '../../source/flow/runner.js';
import {scenarios} from '../../source/sandbox/scenarios.js';
import type {Scenario} from '../../source/sandbox/scenario.js';
import {accountStep} from '../../source/steps/account.js';
import {adcStep} from '../../source/steps/adc.js';
import type {Context, Step} from '../../source/steps/context.js';
import {gcloudStep} from '../../source/steps/gcloud.js';
import type {Finding, Fix} from '../../source/steps/types.js';
import {sandboxContext, type TestContextInput} from '../helpers/context.js';

/** A browser "exists", so the stand-in's logins run the normal (non --no-launch-browser) way. */
const DISPLAY = {DISPLAY: ':0'};
export const MAIN = 'vertex-demo-123';

type Input = Omit<TestContextInput, 'env'> & {env?: Record<string, string | undefined>};

/**
 * A sandbox context as the cloud steps find it after the machine-side steps. A scenario whose
 * machine is already signed in gets the facts those steps would record (each stand-in gcloud
 * call costs a node start-up); one that is not (fresh) runs them, logins included, as the
 * runner would. `withProject` also records the scenario's main project as the project step would.
 */
export async function cloudContext(scenario: string | Scenario, input: Input = {}, withProject = false) {
	const s = typeof scenario === 'string' ? scenarios[scenario]! : scenario;
	const t = await sandboxContext(s, {...input, env: {...DISPLAY, ...input.env}});
	const {account, adc} = s.client;
	const signedIn = (account || !s.client.gcloudInstalled) && !s.client.accountReauthRequired;
	if (signedIn && adc?.type === 'authorized_user' && !adc.reauthRequired) {
		// Without gcloud, the account step records no account and admin calls run as ADC.
		t.ctx.facts.account = s.client.gcloudInstalled ? account : null;
		t.ctx.facts.accounts = s.client.gcloudInstalled && account ? [account] : [];
		t.ctx.facts.adc = {source: 'well-known', type: 'authorized_user', principal: adc.account, quotaProject: adc.quotaProject};
	} else {
		const before = await runSteps([gcloudStep, accountStep, adcStep], t.ctx, () => {}, {fix: true, concurrent: false});
		for (const step of before.steps) expect(['ok', 'warn', 'skipped'], `${step.id}: ${step.finding.summary}`).toContain(step.finding.status);
		t.events.length = 0;
		t.commands.length = 0;
		t.asked.length = 0;
	}
	if (withProject) {
		const p = s.projects.find((x) => x.projectId === MAIN)!;
		t.ctx.facts.project = {projectId: p.projectId, projectNumber: p.projectNumber, name: p.name};
	}
	return t;
}

/** check → (the first fix) → apply → check, as the runner does after a confirmation. */
export async function fixOnce(step: Step, ctx: Context): Promise<{first: Finding; fixes: Fix[]; after: Finding}> {
	const first = await step.check(ctx);
	const fixes = (await step.fixes?.(first, ctx)) ?? [];
	if (fixes.length === 0) return {first, fixes, after: first};
	await step.apply!(fixes[0]!, ctx);
	return {first, fixes, after: await step.check(ctx)};
}
