import {OAuth2Client} from 'google-auth-library';
import type {Emulator} from '../helpers/emulator.js';

/** An AuthClient holding an emulator-issued token for `email` (default: the scenario's user). */
export function signedIn(emu: Emulator, email = emu.scenario.user): OAuth2Client {
	const client = new OAuth2Client();
	client.setCredentials({access_token: emu.issueAccessToken(email).token});
	return client;
}
