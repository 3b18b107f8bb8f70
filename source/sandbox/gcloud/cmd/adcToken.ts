/**
 * Tokens for Application Default Credentials as gcloud finds them (google.auth.default):
 * GOOGLE_APPLICATION_CREDENTIALS first, then the ADC file in the config directory.
 */
import {existsSync, readFileSync} from 'node:fs';
import type {Ctx} from '../context.js';
import {GcloudError, reloginText} from '../errors.js';
import {callApi, HttpError} from '../http.js';
import {renderHttpError} from '../httpError.js';
import {jwtBearerForm, refreshForm, TokenError, tokenRequest} from '../oauth.js';
import {tokenUrl} from '../session.js';
import {adcPath, type ServiceAccountKey, type UserCredential} from '../store.js';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

export async function adcAccessToken(ctx: Ctx): Promise<string> {
	const credential = loadAdc(ctx);
	return refreshAdc(ctx, credential);
}

function loadAdc(ctx: Ctx): Record<string, unknown> {
	const fromEnv = ctx.env.GOOGLE_APPLICATION_CREDENTIALS;
	const file = fromEnv || adcPath(ctx.props.configDir);
	if (!existsSync(file)) {
		if (fromEnv) throw new GcloudError(`File ${fromEnv} was not found.`);
		throw new GcloudError(
			'Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.',
		);
	}
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	} catch (error) {
		throw new GcloudError(`File ${file} is not a valid json file. ${(error as Error).message}`);
	}
}

/** One token call, with refresh failures worded for ADC (they point at application-default login). */
export async function refreshAdc(ctx: Ctx, credential: Record<string, unknown>): Promise<string> {
	let form: Record<string, string>;
	if (credential.type === 'authorized_user') form = refreshForm(credential as unknown as UserCredential);
	else if (credential.type === 'service_account') form = jwtBearerForm(credential as unknown as ServiceAccountKey, {scopes: [CLOUD_PLATFORM]});
	else throw new GcloudError(`The file does not have a valid type. Type is ${String(credential.type)}, expected one of ('authorized_user', 'service_account').`);
	try {
		return (await tokenRequest(tokenUrl(ctx), form)).access_token;
	} catch (error) {
		if (!(error instanceof TokenError)) throw error;
		throw new GcloudError(reloginText(`There was a problem refreshing your current auth tokens: ${error.pythonText}`, {forAdc: true}));
	}
}

/** CRM testIamPermissions as the ADC principal: may it use `serviceusage.services.use` on the project? */
export async function hasServiceUsageUse(ctx: Ctx, adc: Record<string, unknown>, project: string): Promise<boolean> {
	const token = await refreshAdc(ctx, adc);
	const permission = 'serviceusage.services.use';
	try {
		const answer = await callApi<{permissions?: string[]}>(ctx, 'cloudresourcemanager', `v1/projects/${encodeURIComponent(project)}:testIamPermissions`, {
			token,
			body: {permissions: [permission]},
		});
		return (answer.permissions ?? []).includes(permission);
	} catch (error) {
		if (!(error instanceof HttpError)) throw error;
		const file = adcPath(ctx.props.configDir);
		const info = `This command is authenticated as None using the credentials in ${file}, specified by the [auth/credential_file_override] property.`;
		throw new GcloudError(renderHttpError(error, 'None', info));
	}
}
