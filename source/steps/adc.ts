import {ReauthRequired} from '../google/auth.js';
import {gcloudAccount} from './account-list.js';
import {inspectAdc, type AdcInspection} from './adc-inspect.js';
import {apiKeyWarnings} from './adc-warnings.js';
import type {Context, Step} from './context.js';
import {loginCommand, loginFix, runLogin, tildify} from './login.js';
import type {Finding} from './types.js';

/**
 * Application Default Credentials: where the client libraries find them, whether they still
 * yield a token, and whose they are. The smoke test and the person's own code run as ADC.
 *
 *   ok:   "Application Default Credentials found for dev@example.com"
 *   fail: "Application Default Credentials for dev@example.com have expired. Fix: gcloud auth application-default login"
 */
export const adcStep: Step = {
	id: 'adc',
	title: 'Application Default Credentials',
	needs: ['gcloud'],
	async check(ctx) {
		const found = await inspectAdc(ctx);
		ctx.facts.adc = found.facts;
		if (found.kind !== 'ok') return problemFinding(found, ctx);
		const warnings = [...(await accountMismatch(found, ctx)), ...apiKeyWarnings(ctx.env, ctx.platform)];
		const who = found.facts.principal ?? 'an unnamed principal';
		const where = `${describeType(found.facts.type)} in ${tildify(found.location.path, ctx.home)}${found.location.source === 'env' ? ', from GOOGLE_APPLICATION_CREDENTIALS' : ''}`;
		if (warnings.length === 0) return {status: 'ok', summary: `Application Default Credentials found for ${who}`, detail: where};
		const [first, ...rest] = warnings as [Finding, ...Finding[]];
		return {
			status: 'warn',
			summary: first.summary,
			detail: [first.detail, ...rest.map(w => `${w.summary}. ${w.detail ?? ''}`.trim()), `ADC: ${who} (${where}).`].filter(Boolean).join(' '),
			fix: [first.fix, ...rest.map(w => w.fix)].filter(Boolean).join(' '),
			commands: warnings.flatMap(w => w.commands ?? []),
		};
	},
	async fixes(finding, ctx) {
		// Only a failure offers the sign-in; a warning leaves the choice of identity to the person.
		if (finding.status !== 'fail' || !ctx.gcloud.executable) return [];
		if (ctx.facts.adc?.source === 'env') return [];
		if (ctx.facts.adc?.type === 'service_account') return [];
		return [loginFix('adc', ctx)];
	},
	async apply(_fix, ctx) {
		await runLogin('adc', ctx);
	},
};

function describeType(type: string | undefined): string {
	if (type === 'authorized_user') return 'your user credentials';
	if (type === 'service_account') return 'a service-account key';
	return type ?? 'credentials';
}

function problemFinding(found: Exclude<AdcInspection, {kind: 'ok'}>, ctx: Context): Finding {
	const login = loginCommand('adc', ctx);
	const hasGcloud = Boolean(ctx.gcloud.executable);
	if (found.kind === 'none') {
		const searched = `Client libraries look in GOOGLE_APPLICATION_CREDENTIALS, then ${found.location.wellKnownPath ? tildify(found.location.wellKnownPath, ctx.home) : "gcloud's config directory"}.`;
		if (!hasGcloud) {
			return {
				status: 'fail',
				summary: 'No Application Default Credentials, and gcloud is not installed',
				detail: searched,
				fix: `Install gcloud and run ${login}, or point GOOGLE_APPLICATION_CREDENTIALS at a service-account key file.`,
				commands: ['export GOOGLE_APPLICATION_CREDENTIALS="$HOME/key.json"'],
			};
		}
		return {status: 'fail', summary: 'No Application Default Credentials found', detail: searched, fix: `Sign in for client libraries: ${login}`, commands: [login]};
	}
	const shown = tildify(found.location.path, ctx.home);
	if (found.kind === 'bad-file') {
		if (found.location.source === 'env') {
			return {
				status: 'fail',
				summary: `Can't use GOOGLE_APPLICATION_CREDENTIALS=${shown}: ${found.problem.reason}`,
				detail: 'Client libraries stop at this variable; they do not fall back to your gcloud sign-in.',
				fix: 'Point GOOGLE_APPLICATION_CREDENTIALS at a valid key file, or unset it to use your own sign-in.',
				commands: [ctx.platform === 'win32' ? 'Remove-Item Env:GOOGLE_APPLICATION_CREDENTIALS' : 'unset GOOGLE_APPLICATION_CREDENTIALS'],
			};
		}
		return {
			status: 'fail',
			summary: `Can't use ${shown}: ${found.problem.reason}`,
			fix: hasGcloud ? `Sign in again to rewrite it: ${login}` : `Remove the file and set GOOGLE_APPLICATION_CREDENTIALS to a key file, or install gcloud and run ${login}.`,
			commands: hasGcloud ? [login] : [],
		};
	}
	const sa = found.json.type === 'service_account';
	if (found.error instanceof ReauthRequired && !sa) {
		const who = found.facts.principal ? ` for ${found.facts.principal}` : '';
		return {
			status: 'fail',
			summary: `Application Default Credentials${who} have expired`,
			detail: `Google refused to refresh them (${found.error.reason}). The smoke test and your own code use ADC.`,
			fix: `Sign in again: ${login}`,
			commands: [login],
		};
	}
	if (sa) {
		return {
			status: 'fail',
			summary: `Google rejects the service-account key ${shown}: ${found.error.message}`,
			detail: 'The key was deleted or disabled, the service account is gone, or this machine’s clock is off.',
			fix: `Create a new key for ${found.facts.principal ?? 'the service account'}, or use your own sign-in instead (unset GOOGLE_APPLICATION_CREDENTIALS, then ${login}).`,
		};
	}
	return {status: 'fail', summary: `Can't get a token with Application Default Credentials: ${found.error.message}`, fix: `If this persists, sign in again: ${login}`, commands: [login]};
}

async function accountMismatch(found: AdcInspection & {kind: 'ok'}, ctx: Context): Promise<Finding[]> {
	const account = await gcloudAccount(ctx);
	const adc = found.facts.principal;
	if (!account || !adc || account.toLowerCase() === adc.toLowerCase()) return [];
	const login = loginCommand('adc', ctx);
	return [
		{
			status: 'warn',
			summary: `ADC signs in as ${adc}, gcloud as ${account}`,
			detail: `The admin steps (projects, billing, APIs, IAM) run as ${account}; the smoke test and your own code use ADC, so ${adc} is the identity that needs access to Vertex AI.`,
			fix: `To use one identity, sign in for ADC as ${account}: ${login}`,
			commands: [login],
		},
	];
}
