import {describe, expect, it} from 'vitest';
import {billingStep} from '../../source/steps/billing.js';
import {cloudContext} from './cloud-setup.js';

describe('billing step', () => {
	it('healthy: billing enabled, asks nothing', async () => {
		const {ctx, asked} = await cloudContext('healthy', {}, true);
		expect(await billingStep.check(ctx)).toEqual({status: 'ok', summary: 'Billing enabled on vertex-demo-123', detail: 'Linked to billingAccounts/01A2B3-C4D5E6-F7A8B9.'});
		expect(ctx.facts.billingEnabled).toBe(true);
		expect(asked).toEqual([]);
	});

	it('billing-disabled: fails with the console link, and offers no fix', async () => {
		const {ctx} = await cloudContext('billing-disabled', {}, true);
		const finding = await billingStep.check(ctx);
		expect(finding).toMatchObject({
			status: 'fail',
			summary: 'Billing is not enabled on vertex-demo-123',
			fix: 'Link a billing account at https://console.cloud.google.com/billing/linkedaccount?project=vertex-demo-123, then run this again.',
		});
		expect(finding.commands).toContain('gcloud billing projects link vertex-demo-123 --billing-account=BILLING_ACCOUNT_ID');
		expect(ctx.facts.billingEnabled).toBe(false);
		expect(billingStep.fixes).toBeUndefined();
	});

	it('warns, without blocking later steps, when billing cannot be read', async () => {
		const {ctx, emulator} = await cloudContext('healthy', {}, true);
		emulator.faults.fail({path: /\/billingInfo$/, status: 403, times: 1});
		const finding = await billingStep.check(ctx);
		expect(finding.status).toBe('warn');
		expect(finding.summary).toMatch(/^Can't check billing on vertex-demo-123: /);
	});
});
