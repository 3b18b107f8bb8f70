/**
 * What `gcloud config set project X` checks before it writes (core/properties.py ProjectValidator,
 * command_lib/config/config_validators.py): the ID's shape, the ADC quota project, and access.
 */
import type {Ctx} from '../context.js';
import {GcloudError} from '../errors.js';
import {callApi, HttpError} from '../http.js';
import {renderHttpError} from '../httpError.js';
import {session} from '../session.js';
import {readAdc} from '../store.js';

const SET_PROJECT_HELP =
	'To set your project, run:\n\n  $ gcloud config set project PROJECT_ID\n\nor to unset it, run:\n\n  $ gcloud config unset project';

// An optional `domain.com:` prefix, then an ID-like part (core/properties.py _VALID_PROJECT_REGEX).
const VALID_PROJECT = /^(?:(?:[-a-z0-9]{1,63}\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)$/;

export function validateProjectValue(project: string): void {
	if (project === '') throw new GcloudError(`The project property is set to the empty string, which is invalid.\n${SET_PROJECT_HELP}`);
	if (VALID_PROJECT.test(project)) return;
	const looksLikeName = /^[-0-9A-Z]/.test(project) || [...' !"\''].some((c) => project.includes(c));
	if (looksLikeName) {
		throw new GcloudError(`The project property must be set to a valid project ID, not the project name [${project}]\n${SET_PROJECT_HELP}`);
	}
	throw new GcloudError(`The project property must be set to a valid project ID, [${project}] is not a valid project ID.\n${SET_PROJECT_HELP}`);
}

/** Warnings only: the value is written whatever the answer (the stand-in never prompts). */
export async function checkProjectForConfigSet(ctx: Ctx, project: string): Promise<void> {
	const adc = readAdcSafely(ctx);
	if (adc && adc.quota_project_id !== project) {
		ctx.err(
			'WARNING: Your active project does not match the quota project in your local Application Default Credentials file. ' +
				'This might result in unexpected quota issues.\n\nTo update your Application Default Credentials quota project, ' +
				'use the `gcloud auth application-default set-quota-project` command.\n',
		);
	}
	const account = ctx.props.get('core', 'account');
	if (!account) return;
	if (!ctx.store.load(account)) {
		ctx.err(`WARNING: You do not appear to have access to project [${project}] or it does not exist.\n`);
		return;
	}
	const {token} = await session(ctx, account);
	try {
		await callApi(ctx, 'cloudresourcemanager', `v1/projects/${encodeURIComponent(project)}`, {token});
	} catch (error) {
		if (!(error instanceof HttpError)) throw error;
		ctx.err(`WARNING: ${renderHttpError(error, account, undefined, {rawDetails: true})}\n`);
	}
}

function readAdcSafely(ctx: Ctx): Record<string, unknown> | undefined {
	try {
		return readAdc(ctx.props.configDir);
	} catch {
		return undefined;
	}
}
