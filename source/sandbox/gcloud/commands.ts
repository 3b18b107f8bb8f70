/** The subset of the gcloud command tree the stand-in implements, with each command's usage. */
import {activateServiceAccount, authList, printAccessToken} from './cmd/auth.js';
import {adcLogin, adcPrintAccessToken, adcSetQuotaProject} from './cmd/adc.js';
import {configGetValue, configHelper, configList, configSet, configUnset} from './cmd/config.js';
import {addIamPolicyBinding} from './cmd/iamBinding.js';
import {authLogin} from './cmd/login.js';
import {projectsDescribe, projectsGetIamPolicy, projectsList} from './cmd/projects.js';
import {servicesEnable, servicesList} from './cmd/services.js';
import {version} from './cmd/version.js';
import type {Ctx} from './context.js';

export interface CommandSpec {
	run(ctx: Ctx): Promise<void>;
	/** Positional names in order; `many` takes the rest. */
	positionals: {name: string; required?: boolean; many?: boolean}[];
	/** Command flags beyond the global ones. */
	flags: string[];
	/** The `Usage:` block gcloud prints with usage errors. */
	usage: string;
}

export interface Group {
	[name: string]: Group | CommandSpec;
}

export function isCommand(node: Group | CommandSpec): node is CommandSpec {
	return typeof (node as CommandSpec).run === 'function';
}

const LIST_FLAGS = ['filter', 'limit', 'page-size', 'sort-by'];
const BROWSER_FLAGS = ['launch-browser', 'no-launch-browser', 'browser', 'no-browser'];
const opt = (flags: string[]) => `\n  optional flags may be  ${[...flags, 'help'].sort().map((f) => `--${f}`).join(' | ')}`;

const configGet: CommandSpec = {
	run: configGetValue,
	positionals: [{name: 'SECTION/PROPERTY', required: true}],
	flags: [],
	usage: `gcloud config get-value SECTION/PROPERTY [optional flags]${opt([])}`,
};

export const TREE: Group = {
	version: {run: version, positionals: [], flags: [], usage: `gcloud version [optional flags]${opt([])}`},
	config: {
		'config-helper': {run: configHelper, positionals: [], flags: ['force-auth-refresh', 'min-expiry'], usage: `gcloud config config-helper [optional flags]${opt(['force-auth-refresh', 'min-expiry'])}`},
		'get-value': configGet,
		get: {...configGet, usage: `gcloud config get SECTION/PROPERTY [optional flags]${opt([])}`},
		set: {
			run: configSet,
			positionals: [{name: 'SECTION/PROPERTY', required: true}, {name: 'VALUE', required: true}],
			flags: ['installation'],
			usage: `gcloud config set SECTION/PROPERTY VALUE [optional flags]${opt(['installation'])}`,
		},
		unset: {run: configUnset, positionals: [{name: 'SECTION/PROPERTY', required: true}], flags: ['installation'], usage: `gcloud config unset SECTION/PROPERTY [optional flags]${opt(['installation'])}`},
		list: {run: configList, positionals: [], flags: ['all', ...LIST_FLAGS], usage: `gcloud config list [SECTION/PROPERTY] [optional flags]${opt(['all', ...LIST_FLAGS])}`},
	},
	auth: {
		list: {run: authList, positionals: [], flags: ['filter-account', ...LIST_FLAGS], usage: `gcloud auth list [optional flags]${opt(['filter-account', ...LIST_FLAGS])}`},
		login: {
			run: authLogin,
			positionals: [{name: 'ACCOUNT'}],
			flags: [...BROWSER_FLAGS, 'activate', 'brief', 'force', 'update-adc'],
			usage: `gcloud auth login [ACCOUNT] [optional flags]${opt(['activate', 'brief', 'force', 'update-adc', 'no-browser', 'no-launch-browser'])}`,
		},
		'print-access-token': {run: printAccessToken, positionals: [{name: 'ACCOUNT'}], flags: ['lifetime', 'scopes'], usage: `gcloud auth print-access-token [ACCOUNT] [optional flags]${opt(['lifetime'])}`},
		'activate-service-account': {
			run: activateServiceAccount,
			positionals: [{name: 'ACCOUNT'}],
			flags: ['key-file'],
			usage: 'gcloud auth activate-service-account [ACCOUNT] --key-file=KEY_FILE [optional flags]\n  optional flags may be  --help | --password-file | --prompt-for-password',
		},
		'application-default': {
			login: {
				run: adcLogin,
				positionals: [],
				flags: [...BROWSER_FLAGS, 'scopes', 'client-id-file', 'disable-quota-project'],
				usage: `gcloud auth application-default login [optional flags]${opt(['client-id-file', 'disable-quota-project', 'no-browser', 'no-launch-browser', 'scopes'])}`,
			},
			'print-access-token': {run: adcPrintAccessToken, positionals: [], flags: ['scopes', 'lifetime'], usage: `gcloud auth application-default print-access-token [optional flags]${opt(['lifetime', 'scopes'])}`},
			'set-quota-project': {
				run: adcSetQuotaProject,
				positionals: [{name: 'QUOTA_PROJECT_ID', required: true}],
				flags: [],
				usage: `gcloud auth application-default set-quota-project QUOTA_PROJECT_ID [optional flags]${opt([])}`,
			},
		},
	},
	projects: {
		list: {run: projectsList, positionals: [], flags: LIST_FLAGS, usage: `gcloud projects list [optional flags]${opt(LIST_FLAGS)}`},
		describe: {run: projectsDescribe, positionals: [{name: 'PROJECT_ID_OR_NUMBER', required: true}], flags: [], usage: `gcloud projects describe PROJECT_ID_OR_NUMBER [optional flags]${opt([])}`},
		'get-iam-policy': {run: projectsGetIamPolicy, positionals: [{name: 'PROJECT_ID', required: true}], flags: LIST_FLAGS, usage: `gcloud projects get-iam-policy PROJECT_ID [optional flags]${opt(LIST_FLAGS)}`},
		'add-iam-policy-binding': {
			run: addIamPolicyBinding,
			positionals: [{name: 'PROJECT_ID', required: true}],
			flags: ['member', 'role', 'condition'],
			usage: 'gcloud projects add-iam-policy-binding PROJECT_ID --member=PRINCIPAL --role=ROLE [optional flags]\n  optional flags may be  --condition | --condition-from-file | --help',
		},
	},
	services: {
		list: {run: servicesList, positionals: [], flags: ['enabled', 'available', ...LIST_FLAGS], usage: `gcloud services list [optional flags]${opt(['available', 'enabled', ...LIST_FLAGS])}`},
		enable: {run: servicesEnable, positionals: [{name: 'SERVICE', many: true}], flags: ['async'], usage: `gcloud services enable [SERVICE ...] [optional flags]${opt(['async'])}`},
	},
};
