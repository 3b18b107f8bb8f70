import {OAuth2Client} from 'google-auth-library';
import {describe, expect, it} from 'vitest';
import {getBillingInfo} from '../../source/google/billing.js';
import {endpointsAt} from '../../source/google/endpoints.js';
import {emulatorFor} from '../helpers/emulator.js';
import {signedIn} from './emulator-auth.js';
import {cannedServer} from './wire-server.js';

describe('getBillingInfo', () => {
	it('says enabled, with the account, for a linked project', async () => {
		const emu = await emulatorFor('healthy');
		expect(await getBillingInfo(signedIn(emu), emu.endpoints, 'vertex-demo-123')).toEqual({billingEnabled: true, billingAccountName: 'billingAccounts/01A2B3-C4D5E6-F7A8B9'});
	});

	it('says not enabled for an unlinked project (explicit false and empty name)', async () => {
		const emu = await emulatorFor('billing-disabled');
		expect(await getBillingInfo(signedIn(emu), emu.endpoints, 'vertex-demo-123')).toEqual({billingEnabled: false, billingAccountName: undefined});
	});

	it('reads the proto3 form with the fields omitted as not enabled', async () => {
		const server = await cannedServer();
		try {
			server.reply(200, {name: 'projects/acme-123/billingInfo'});
			const auth = new OAuth2Client();
			auth.setCredentials({access_token: 't'});
			expect(await getBillingInfo(auth, endpointsAt(server.url), 'acme-123')).toEqual({billingEnabled: false, billingAccountName: undefined});
		} finally {
			await server.close();
		}
	});
});
