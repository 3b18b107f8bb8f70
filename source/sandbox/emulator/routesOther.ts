import type {iam_v1} from '@googleapis/iam';
import {getBillingInfo, updateBillingInfo} from './billing.js';
import {enableServices, getOperation} from './enable.js';
import {invalidArgument} from './errors.js';
import type {GenerateContentRequest} from './generation.js';
import {createKey, listKeys} from './keys.js';
import {APIS, type Call, type Route, route, str} from './route.js';
import {createServiceAccount, listServiceAccounts, resolveServiceAccount, saView} from './serviceAccounts.js';
import {batchGetServices, getService, listServices} from './services.js';
import {streamGenerateContent} from './streaming.js';
import {type GenerateArgs, generateContent, getPublisherModel} from './vertex.js';

const ID = '([^/:]+)';
const SU = 'google.api.serviceusage.v1.ServiceUsage.';
const IAM = 'google.iam.admin.v1.IAM.';
const q = (c: Call, k: string) => c.query.get(k);
const paging = (c: Call) => ({pageSize: q(c, 'pageSize'), pageToken: q(c, 'pageToken')});

function serviceIds(body: Call['body']): string[] {
	const ids = body.serviceIds;
	if (ids !== undefined && (!Array.isArray(ids) || ids.some(s => typeof s !== 'string'))) {
		throw invalidArgument('Invalid value at \'service_ids\': expected a list of strings.');
	}
	return (ids ?? []) as string[];
}

export const serviceUsageRoutes: Route[] = [
	route('GET', new RegExp(`^/v1/projects/${ID}/services$`), APIS.serviceUsage, `${SU}ListServices`, (c, [p]) =>
		listServices(c.state, c.who, c.now, p!, {filter: q(c, 'filter'), ...paging(c)}),
	),
	route('GET', new RegExp(`^/v1/projects/${ID}/services:batchGet$`), APIS.serviceUsage, `${SU}BatchGetServices`, (c, [p]) =>
		batchGetServices(c.state, c.who, c.now, p!, c.query.getAll('names')),
	),
	route(
		'POST',
		new RegExp(`^/v1/projects/${ID}/services:batchEnable$`),
		APIS.serviceUsage,
		`${SU}BatchEnableServices`,
		(c, [p]) => enableServices(c.state, c.who, c.now, p!, serviceIds(c.body), true),
		['serviceIds'],
	),
	route('GET', new RegExp(`^/v1/projects/${ID}/services/${ID}$`), APIS.serviceUsage, `${SU}GetService`, (c, [p, s]) =>
		getService(c.state, c.who, c.now, p!, s!),
	),
	route('POST', new RegExp(`^/v1/projects/${ID}/services/${ID}:enable$`), APIS.serviceUsage, `${SU}EnableService`, (c, [p, s]) =>
		enableServices(c.state, c.who, c.now, p!, [s!], false), [],
	),
	route('GET', /^\/v1\/(operations\/[^/]+)$/, APIS.serviceUsage, 'google.longrunning.Operations.GetOperation', (c, [name]) =>
		getOperation(c.state, c.now, name!),
	),
];

const BILLING = 'google.cloud.billing.v1.CloudBilling.';

export const billingRoutes: Route[] = [
	route('GET', new RegExp(`^/v1/projects/${ID}/billingInfo$`), APIS.billing, `${BILLING}GetProjectBillingInfo`, (c, [p]) =>
		getBillingInfo(c.state, c.who, c.now, p!),
	),
	route(
		'PUT',
		new RegExp(`^/v1/projects/${ID}/billingInfo$`),
		APIS.billing,
		`${BILLING}UpdateProjectBillingInfo`,
		(c, [p]) => updateBillingInfo(c.state, c.who, c.now, p!, {billingAccountName: str(c.body.billingAccountName) ?? null}),
		['name', 'projectId', 'billingAccountName', 'billingEnabled'],
	),
];

export const iamRoutes: Route[] = [
	route('GET', new RegExp(`^/v1/projects/${ID}/serviceAccounts$`), APIS.iam, `${IAM}ListServiceAccounts`, (c, [p]) =>
		listServiceAccounts(c.state, c.who, c.now, p!, paging(c)),
	),
	route(
		'POST',
		new RegExp(`^/v1/projects/${ID}/serviceAccounts$`),
		APIS.iam,
		`${IAM}CreateServiceAccount`,
		(c, [p]) => createServiceAccount(c.state, c.who, c.now, p!, c.body as iam_v1.Schema$CreateServiceAccountRequest),
		['accountId', 'serviceAccount'],
	),
	route('GET', new RegExp(`^/v1/projects/${ID}/serviceAccounts/${ID}$`), APIS.iam, `${IAM}GetServiceAccount`, (c, [p, sa]) => {
		const found = resolveServiceAccount(c.state, c.who, c.now, p!, sa!, 'iam.serviceAccounts.get');
		return saView(found.project.projectId, found.sa);
	}),
	route(
		'POST',
		new RegExp(`^/v1/projects/${ID}/serviceAccounts/${ID}/keys$`),
		APIS.iam,
		`${IAM}CreateServiceAccountKey`,
		(c, [p, sa]) => createKey(c.state, c.who, c.now, p!, sa!, c.body as iam_v1.Schema$CreateServiceAccountKeyRequest),
		['privateKeyType', 'keyAlgorithm'],
	),
	route('GET', new RegExp(`^/v1/projects/${ID}/serviceAccounts/${ID}/keys$`), APIS.iam, `${IAM}ListServiceAccountKeys`, (c, [p, sa]) =>
		listKeys(c.state, c.who, c.now, p!, sa!, c.query.getAll('keyTypes')),
	),
];

const MODEL_PATH = `^/(?:v1|v1beta1)/projects/${ID}/locations/${ID}/publishers/google/models/${ID}`;
const PREDICTION = 'google.cloud.aiplatform.v1.PredictionService.';

function generateArgs(c: Call, [project, location, model]: string[]): GenerateArgs {
	return {
		project: project!,
		location: location!,
		model: model!,
		...(c.quotaProject ? {quotaProject: c.quotaProject} : {}),
		body: c.body as GenerateContentRequest,
	};
}

export const vertexRoutes: Route[] = [
	route('POST', new RegExp(`${MODEL_PATH}:generateContent$`), APIS.vertex, `${PREDICTION}GenerateContent`, (c, params) =>
		generateContent(c.state, c.who, c.now, generateArgs(c, params)),
	),
	route('POST', new RegExp(`${MODEL_PATH}:streamGenerateContent$`), APIS.vertex, `${PREDICTION}StreamGenerateContent`, (c, params) =>
		streamGenerateContent(c.state, c.who, c.now, generateArgs(c, params), q(c, 'alt') === 'sse'),
	),
	route('GET', new RegExp(`^/(?:v1|v1beta1)/publishers/google/models/${ID}$`), APIS.vertex, 'google.cloud.aiplatform.v1.ModelGardenService.GetPublisherModel', (c, [m]) =>
		getPublisherModel(c.state, m!),
	),
];
