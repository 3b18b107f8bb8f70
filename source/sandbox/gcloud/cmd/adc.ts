/**
 * `gcloud auth application-default login | print-access-token | set-quota-project`
 * (command_lib/auth/auth_util.py): the ADC file, and the quota project it may carry.
 */
import type {Ctx} from '../context.js';
import {GcloudError, UsageError} from '../errors.js';
import {ADC_CLIENT_ID, ADC_CLIENT_SECRET, ADC_SCOPES} from '../oauth.js';
import {readAdc, writeAdc} from '../store.js';
import {adcAccessToken, hasServiceUsageUse} from './adcToken.js';
import {webFlow} from './webFlow.js';

const PERMISSION = 'serviceusage.services.use';

export async function adcLogin(ctx: Ctx): Promise<void> {
	confirmAdcEnvVar(ctx);
	const {tokens} = await webFlow(ctx, {
		clientId: ADC_CLIENT_ID,
		clientSecret: ADC_CLIENT_SECRET,
		scopes: ADC_SCOPES,
		redirectPage: 'applicationdefaultauthcode.html',
		subject: 'client libraries',
		command: 'gcloud auth application-default login',
	});
	const adc = {
		account: '',
		client_id: ADC_CLIENT_ID,
		client_secret: ADC_CLIENT_SECRET,
		refresh_token: tokens.refresh_token ?? '',
		type: 'authorized_user',
		universe_domain: 'googleapis.com',
	};
	logWritten(ctx, writeAdc(ctx.props.configDir, adc));
	if (ctx.flags.has('disable-quota-project')) {
		ctx.err('WARNING: \nQuota project is disabled. You might receive a "quota exceeded" or "API not enabled" error. Run $ gcloud auth application-default set-quota-project to add a quota project.\n');
		return;
	}
	const quotaProject = quotaProjectProperty(ctx);
	if (!quotaProject) {
		ctx.err('WARNING: \nCannot find a quota project to add to ADC. You might receive a "quota exceeded" or "API not enabled" error. Run $ gcloud auth application-default set-quota-project to add a quota project.\n');
	} else if (await hasServiceUsageUse(ctx, adc, quotaProject)) {
		writeAdc(ctx.props.configDir, {...adc, quota_project_id: quotaProject});
		logQuotaAdded(ctx, quotaProject);
	} else {
		ctx.err(
			`WARNING: \nCannot add the project "${quotaProject}" to ADC as the quota project because the account in ADC does not have the "${PERMISSION}" permission on this project. ` +
				'You might receive a "quota_exceeded" or "API not enabled" error. Run $ gcloud auth application-default set-quota-project to add a quota project.\n',
		);
	}
}

export async function adcPrintAccessToken(ctx: Ctx): Promise<void> {
	const token = await adcAccessToken(ctx);
	ctx.out(ctx.format.kind === 'json' ? `${JSON.stringify({token}, null, 2)}\n` : `${token}\n`);
}

export async function adcSetQuotaProject(ctx: Ctx): Promise<void> {
	const project = ctx.args[0];
	if (!project) throw new UsageError('argument QUOTA_PROJECT_ID: Must be specified.', true);
	const adc = readAdc(ctx.props.configDir);
	if (!adc) {
		throw new GcloudError('Application default credentials have not been set up. Run $ gcloud auth application-default login to set it up first.');
	}
	if (adc.type !== 'authorized_user') {
		throw new GcloudError('The application default credentials are not user credentials, quota project cannot be added.');
	}
	const {quota_project_id: previous, ...withoutQuota} = adc;
	// gcloud drops the old quota project before the check, so a disabled API there cannot block it.
	writeAdc(ctx.props.configDir, withoutQuota);
	if (!(await hasServiceUsageUse(ctx, withoutQuota, project))) {
		writeAdc(ctx.props.configDir, previous ? {...withoutQuota, quota_project_id: previous} : withoutQuota);
		throw new GcloudError(
			`Cannot add the project "${project}" to application default credentials (ADC) as a quota project because the account in ADC does not have the "${PERMISSION}" permission on this project.`,
		);
	}
	logWritten(ctx, writeAdc(ctx.props.configDir, {...withoutQuota, quota_project_id: project}));
	logQuotaAdded(ctx, project);
}

/** billing/quota_project: CURRENT_PROJECT (the default) and LEGACY both mean core/project here. */
function quotaProjectProperty(ctx: Ctx): string | undefined {
	const value = ctx.props.get('billing', 'quota_project');
	if (!value || ['CURRENT_PROJECT', 'CURRENT_PROJECT_WITH_FALLBACK', 'LEGACY'].includes(value)) return ctx.props.get('core', 'project');
	return value;
}

function logWritten(ctx: Ctx, file: string): void {
	ctx.err(`\nCredentials saved to file: [${file}]\n\nThese credentials will be used by any library that requests Application Default Credentials (ADC).\n`);
}

function logQuotaAdded(ctx: Ctx, project: string): void {
	ctx.err(
		`\nQuota project "${project}" was added to ADC which can be used by Google client libraries for billing and quota. Note that some services may still bill the project owning the resource.\n`,
	);
}

/** gcloud asks before writing ADC while GOOGLE_APPLICATION_CREDENTIALS points elsewhere. */
function confirmAdcEnvVar(ctx: Ctx): void {
	const override = ctx.env.GOOGLE_APPLICATION_CREDENTIALS;
	const promptsDisabled = ctx.flags.has('quiet') || /^(1|true|yes|on)$/i.test(ctx.props.get('core', 'disable_prompts') ?? '');
	if (!override || promptsDisabled) return;
	ctx.err(
		`\nThe environment variable [GOOGLE_APPLICATION_CREDENTIALS] is set to:\n  [${override}]\n` +
			`Credentials will still be generated to the default location:\n  [${ctx.props.configDir}/application_default_credentials.json]\n` +
			'To use these credentials, unset this environment variable before\nrunning your application.\n\nDo you want to continue (Y/n)?  \n',
	);
	// The stand-in reads no answer: at a terminal it takes the default (yes), elsewhere it is unattended.
	if (!process.stdin.isTTY) {
		throw new GcloudError(
			'This prompt could not be answered because you are not in an interactive session.  You can re-run the command with the --quiet flag to accept default answers for all prompts.',
		);
	}
}
