import {describe, expect, it} from 'vitest';
import {createKey, listServiceAccounts} from '../../source/google/service-accounts.js';
import {emulatorFor} from '../helpers/emulator.js';
import {signedIn} from './emulator-auth.js';

const SA = 'vertex-runner@vertex-demo-123.iam.gserviceaccount.com';

describe('service accounts', () => {
	it("lists the project's service accounts", async () => {
		const emu = await emulatorFor('healthy');
		const accounts = await listServiceAccounts(signedIn(emu), emu.endpoints, 'vertex-demo-123');
		expect(accounts.map((a) => a.email)).toEqual([SA]);
	});

	it('creates a key and decodes it into a service-account key file', async () => {
		const emu = await emulatorFor('healthy');
		const result = await createKey(signedIn(emu), emu.endpoints, 'vertex-demo-123', SA);
		if (!result.ok) throw new Error('expected a key');
		expect(result.json).toMatchObject({type: 'service_account', client_email: SA, project_id: 'vertex-demo-123'});
		expect(result.json.private_key).toContain('PRIVATE KEY');
		expect(result.keyId).toBe(result.json.private_key_id);
		expect(JSON.parse(result.text)).toEqual(result.json);
	});

	it('returns the org-policy block as a result, not an exception', async () => {
		const emu = await emulatorFor('key-creation-blocked');
		const result = await createKey(signedIn(emu), emu.endpoints, 'vertex-demo-123', SA);
		expect(result).toMatchObject({ok: false, blocked: 'org-policy', constraint: 'constraints/iam.disableServiceAccountKeyCreation'});
	});
});
