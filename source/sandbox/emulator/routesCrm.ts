import {iamDenied, rpcError} from './errors.js';
import {getIamPolicy, setIamPolicy, testIamPermissions} from './policy.js';
import {CRM_HOST, listV1, listV3, searchV3, toV1, toV3, v1Project, v3Project} from './projects.js';
import {APIS, type Call, type Route, route} from './route.js';
import {findProject} from './state.js';

const V1 = 'google.cloudresourcemanager.v1.Projects.';
const V3 = 'google.cloud.resourcemanager.v3.Projects.';
const ID = '([^/:]+)';

const v1Deny = () => rpcError(403, 'The caller does not have permission');

function readPolicy(c: Call, projectId: string, body: Call['body'], deny: (perm: string) => ReturnType<typeof v1Deny>) {
	const p = findProject(c.state, projectId);
	if (!p) throw deny('resourcemanager.projects.getIamPolicy');
	const policy = getIamPolicy(p, c.who, c.now, body, deny);
	// A rival writer may change the policy right after this read (fault injection).
	c.faults.afterPolicyRead(c.state, p.projectId);
	return policy;
}

function writePolicy(c: Call, projectId: string, deny: (perm: string) => ReturnType<typeof v1Deny>) {
	const p = findProject(c.state, projectId);
	if (!p) throw deny('resourcemanager.projects.setIamPolicy');
	return setIamPolicy(c.state, p, c.who, c.now, c.body, deny);
}

function testPermissions(c: Call, projectId: string, deny: () => ReturnType<typeof v1Deny>) {
	const p = findProject(c.state, projectId);
	if (!p) throw deny();
	return testIamPermissions(p, c.who, c.now, c.body);
}

const v3Deny = (ref: string) => (perm: string) => iamDenied(perm, CRM_HOST, `projects/${ref}`);
const q = (c: Call, k: string) => c.query.get(k);

export const crmRoutes: Route[] = [
	route('GET', /^\/v1\/projects$/, APIS.crm, `${V1}ListProjects`, c =>
		listV1(c.state, c.who, c.now, {filter: q(c, 'filter'), pageSize: q(c, 'pageSize'), pageToken: q(c, 'pageToken')}),
	),
	route('GET', new RegExp(`^/v1/projects/${ID}$`), APIS.crm, `${V1}GetProject`, (c, [id]) => toV1(v1Project(c.state, c.who, c.now, id!))),
	route('POST', new RegExp(`^/v1/projects/${ID}:getIamPolicy$`), APIS.crm, `${V1}GetIamPolicy`, (c, [id]) => readPolicy(c, id!, c.body, v1Deny), ['options']),
	route('POST', new RegExp(`^/v1/projects/${ID}:setIamPolicy$`), APIS.crm, `${V1}SetIamPolicy`, (c, [id]) => writePolicy(c, id!, v1Deny), ['policy', 'updateMask']),
	route('POST', new RegExp(`^/v1/projects/${ID}:testIamPermissions$`), APIS.crm, `${V1}TestIamPermissions`, (c, [id]) => testPermissions(c, id!, v1Deny), [
		'permissions',
	]),
	route('GET', /^\/v3\/projects:search$/, APIS.crm, `${V3}SearchProjects`, c =>
		searchV3(c.state, c.who, c.now, {query: q(c, 'query'), pageSize: q(c, 'pageSize'), pageToken: q(c, 'pageToken')}),
	),
	route('GET', /^\/v3\/projects$/, APIS.crm, `${V3}ListProjects`, c =>
		listV3(c.state, c.who, c.now, {parent: q(c, 'parent'), pageSize: q(c, 'pageSize'), pageToken: q(c, 'pageToken')}),
	),
	route('GET', new RegExp(`^/v3/projects/${ID}$`), APIS.crm, `${V3}GetProject`, (c, [ref]) => toV3(v3Project(c.state, c.who, c.now, ref!))),
	route('POST', new RegExp(`^/v3/projects/${ID}:getIamPolicy$`), APIS.crm, `${V3}GetIamPolicy`, (c, [ref]) => readPolicy(c, ref!, c.body, v3Deny(ref!)), ['options']),
	route('POST', new RegExp(`^/v3/projects/${ID}:setIamPolicy$`), APIS.crm, `${V3}SetIamPolicy`, (c, [ref]) => writePolicy(c, ref!, v3Deny(ref!)), [
		'policy',
		'updateMask',
	]),
	route(
		'POST',
		new RegExp(`^/v3/projects/${ID}:testIamPermissions$`),
		APIS.crm,
		`${V3}TestIamPermissions`,
		(c, [ref]) => testPermissions(c, ref!, () => iamDenied('resourcemanager.projects.get', CRM_HOST, `projects/${ref!}`)),
		['permissions'],
	),
];
