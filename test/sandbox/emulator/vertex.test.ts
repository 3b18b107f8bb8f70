import {describe, expect, it} from 'vitest';
import {type Emulator, emulatorFor, fakeClock} from '../../helpers/emulator.js';
import {DEV, MAIN, MAIN_NUMBER, failure, hermeticProcessEnv, raw, userAuth} from './support.js';

hermeticProcessEnv();

const PROMPT = {contents: [{role: 'user', parts: [{text: 'Say hello'}]}], generationConfig: {maxOutputTokens: 256}};
const path = (model = 'gemini-3.1-flash-lite', location = 'us-central1', project = MAIN, version = 'v1') =>
	`${version}/projects/${project}/locations/${location}/publishers/google/models/${model}:generateContent`;
const generate = (e: Emulator, token: string, opts: {model?: string; location?: string; project?: string; headers?: Record<string, string>} = {}) =>
	raw(e, 'POST', path(opts.model, opts.location, opts.project), {token, body: PROMPT, ...(opts.headers ? {headers: opts.headers} : {})});

const disabledMessage = (p: string) =>
	`Agent Platform API has not been used in project ${p} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=${p} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`;

describe('Vertex generateContent', () => {
	it('answers a realistic body (§6.1) on v1 and v1beta1, by project id or number', async () => {
		const e = await emulatorFor('healthy');
		const client = await userAuth(e, {quotaProject: MAIN}).getClient();
		const res = await client.request<any>({url: `${e.url}${path('gemini-2.5-flash', 'global', MAIN_NUMBER, 'v1beta1')}`, method: 'POST', data: PROMPT});
		expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
		const body = res.data;
		expect(Object.keys(body)).toEqual(['candidates', 'usageMetadata', 'modelVersion', 'createTime', 'responseId']);
		expect(body.candidates[0].content).toEqual({role: 'model', parts: [{text: 'Hello from gemini-2.5-flash on Vertex AI.'}]});
		expect(body.candidates[0].finishReason).toBe('STOP');
		const u = body.usageMetadata;
		expect(u.totalTokenCount).toBe(u.promptTokenCount + u.candidatesTokenCount + (u.thoughtsTokenCount ?? 0));
		expect(u.trafficType).toBe('ON_DEMAND');
		expect(u.promptTokensDetails).toEqual([{modality: 'TEXT', tokenCount: u.promptTokenCount}]);
		expect(body.modelVersion).toBe('gemini-2.5-flash');
		expect(body.createTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
		expect(body.responseId).toMatch(/^[\w-]{20,}$/);
		const {token} = e.issueAccessToken(DEV);
		const v1 = await generate(e, token);
		expect(v1.json.candidates[0].content.parts[0].text).toBe('Hello from gemini-3.1-flash-lite on Vertex AI.');
	});

	it('answers 401 CREDENTIALS_MISSING and ACCESS_TOKEN_EXPIRED with §8.4 bodies', async () => {
		const e = await emulatorFor('healthy');
		const missing = await raw(e, 'POST', path(), {body: PROMPT});
		expect(missing.status).toBe(401);
		expect(missing.json).toEqual({
			error: {
				code: 401,
				message:
					'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
				errors: [{message: 'Login Required.', domain: 'global', reason: 'required', location: 'Authorization', locationType: 'header'}],
				status: 'UNAUTHENTICATED',
				details: [
					{
						'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
						reason: 'CREDENTIALS_MISSING',
						domain: 'googleapis.com',
						metadata: {method: 'google.cloud.aiplatform.v1.PredictionService.GenerateContent', service: 'aiplatform.googleapis.com'},
					},
				],
			},
		});
		const expired = await generate(e, e.issueAccessToken(DEV, {ttlSeconds: 0}).token);
		expect(expired.status).toBe(401);
		expect(expired.json.error.message).toMatch(/^Request had invalid authentication credentials\./);
		expect(expired.json.error.details[0].reason).toBe('ACCESS_TOKEN_EXPIRED');
		expect((await generate(e, 'ya29.made-up')).json.error.details[0].reason).toBe('ACCESS_TOKEN_EXPIRED');
	});

	it('answers SERVICE_DISABLED exactly as §7.3.2 when the API is off', async () => {
		const e = await emulatorFor('api-disabled');
		const res = await generate(e, e.issueAccessToken(DEV).token);
		expect(res.status).toBe(403);
		const url = `https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=${MAIN}`;
		expect(res.json).toEqual({
			error: {
				code: 403,
				message: disabledMessage(MAIN),
				status: 'PERMISSION_DENIED',
				details: [
					{
						'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
						reason: 'SERVICE_DISABLED',
						domain: 'googleapis.com',
						metadata: {activationUrl: url, service: 'aiplatform.googleapis.com', consumer: `projects/${MAIN}`, containerInfo: MAIN, serviceTitle: 'Agent Platform API'},
					},
					{'@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: disabledMessage(MAIN)},
					{'@type': 'type.googleapis.com/google.rpc.Help', links: [{description: 'Google developers console API activation', url}]},
				],
			},
		});
	});

	it('checks the quota project from x-goog-user-project (quota-project-mismatch)', async () => {
		const e = await emulatorFor('quota-project-mismatch');
		const client = await userAuth(e, {quotaProject: 'team-sandbox-456'}).getClient();
		const err = await failure(client.request({url: `${e.url}${path()}`, method: 'POST', data: PROMPT}));
		expect(err.status).toBe(403);
		expect(err.data.error.message).toBe(disabledMessage('team-sandbox-456'));
		// A quota project the caller may not use is refused before anything else.
		const other = await generate(e, e.issueAccessToken(DEV).token, {headers: {'x-goog-user-project': 'proj-nobody'}});
		expect(other.json.error.details.find((d: {reason?: string}) => d.reason)?.reason).toBe('USER_PROJECT_DENIED');
	});

	it('answers BILLING_DISABLED (§8.2 shape) when the project has no billing account', async () => {
		const e = await emulatorFor('billing-disabled');
		const res = await generate(e, e.issueAccessToken(DEV).token);
		expect(res.status).toBe(403);
		const url = `https://console.developers.google.com/billing/enable?project=${MAIN_NUMBER}`;
		expect(res.json.error.message).toBe(
			`This API method requires billing to be enabled. Please enable billing on project #${MAIN_NUMBER} by visiting ${url} then retry. If you enabled billing for this project recently, wait a few minutes for the action to propagate to our systems and retry.`,
		);
		expect(res.json.error.details).toEqual([
			{'@type': 'type.googleapis.com/google.rpc.Help', links: [{description: 'Google developers console billing', url}]},
			{
				'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
				reason: 'BILLING_DISABLED',
				domain: 'googleapis.com',
				metadata: {service: 'aiplatform.googleapis.com', consumer: `projects/${MAIN_NUMBER}`},
			},
		]);
	});

	it('answers IAM_PERMISSION_DENIED for a caller without aiplatform.endpoints.predict (§7.1)', async () => {
		const e = await emulatorFor('role-missing');
		const res = await generate(e, e.issueAccessToken(DEV).token);
		const resource = `projects/${MAIN}/locations/us-central1/publishers/google/models/gemini-3.1-flash-lite`;
		expect(res.status).toBe(403);
		expect(res.json.error.message).toBe(`Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/${resource}' (or it may not exist).`);
		expect(res.json.error.details).toEqual([
			{
				'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
				reason: 'IAM_PERMISSION_DENIED',
				domain: 'aiplatform.googleapis.com',
				metadata: {permission: 'aiplatform.endpoints.predict', resource},
			},
		]);
		const stranger = await generate(e, e.issueAccessToken('stranger@example.com').token);
		expect(stranger.json.error.details[0].reason).toBe('IAM_PERMISSION_DENIED');
	});

	it('answers the Publisher Model 404 for models not served at a location', async () => {
		const e = await emulatorFor('model-retired');
		const {token} = e.issueAccessToken(DEV);
		const retired = await generate(e, token);
		expect(retired.status).toBe(404);
		expect(retired.json.error).toEqual({
			code: 404,
			message: `Publisher Model \`projects/${MAIN}/locations/us-central1/publishers/google/models/gemini-3.1-flash-lite\` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions`,
			status: 'NOT_FOUND',
		});
		expect((await generate(e, token, {model: 'gemini-2.5-flash'})).status).toBe(200);
		expect((await generate(e, token, {model: 'gemini-1.5-pro-002', location: 'global'})).status).toBe(404);
		expect((await generate(e, token, {model: 'gemini-3-flash-preview'})).status).toBe(404);
		expect((await generate(e, token, {model: 'gemini-3-flash-preview', location: 'global'})).status).toBe(200);
		const models = await raw(e, 'GET', 'v1/publishers/google/models/gemini-2.5-flash', {token});
		expect(models.json).toMatchObject({name: 'publishers/google/models/gemini-2.5-flash', launchStage: 'GA'});
		expect((await raw(e, 'GET', 'v1beta1/publishers/google/models/gemini-3.1-flash-lite', {token})).status).toBe(404);
	});

	it('checks in order: API → billing → role → model, each fix revealing the next', async () => {
		const e = await emulatorFor('role-missing');
		const main = e.state.projects[MAIN]!;
		delete main.services['aiplatform.googleapis.com'];
		main.billingAccount = null;
		e.state.models['us-central1'] = [];
		const {token} = e.issueAccessToken(DEV);
		const reason = async () => {
			const res = await generate(e, token);
			return res.status === 404 ? 'NOT_FOUND' : res.json.error?.details?.find((d: {reason?: string}) => d.reason)?.reason ?? res.status;
		};
		expect(await reason()).toBe('SERVICE_DISABLED');
		main.services['aiplatform.googleapis.com'] = 0;
		expect(await reason()).toBe('BILLING_DISABLED');
		main.billingAccount = 'billingAccounts/01A2B3-C4D5E6-F7A8B9';
		expect(await reason()).toBe('IAM_PERMISSION_DENIED');
		main.policy.bindings.push({role: 'roles/aiplatform.user', members: [`user:${DEV}`]});
		expect(await reason()).toBe('NOT_FOUND');
		e.state.models['us-central1'] = ['gemini-3.1-flash-lite'];
		expect(await reason()).toBe(200);
	});

	it('keeps answering SERVICE_DISABLED until an enable has propagated (fake clock)', async () => {
		const clock = fakeClock();
		const e = await emulatorFor('api-disabled', {now: clock.now});
		const {token} = e.issueAccessToken(DEV);
		const op = await raw(e, 'POST', `v1/projects/${MAIN}/services/aiplatform.googleapis.com:enable`, {token, body: {}});
		expect(op.json.name).toMatch(/^operations\/acat\.p2-/);
		clock.advance(e.scenario.operationMs);
		expect((await raw(e, 'GET', `v1/${op.json.name}`, {token})).json.done).toBe(true);
		expect((await generate(e, token)).json.error.details[0].reason).toBe('SERVICE_DISABLED');
		clock.advance(e.scenario.propagationMs - 1);
		expect((await generate(e, token)).status).toBe(403);
		clock.advance(1);
		expect((await generate(e, token)).status).toBe(200);
	});

	it('keeps answering IAM_PERMISSION_DENIED until a grant has propagated (fake clock)', async () => {
		const clock = fakeClock();
		const e = await emulatorFor('role-missing', {now: clock.now});
		const {token} = e.issueAccessToken(DEV);
		const policy = (await raw(e, 'POST', `v1/projects/${MAIN}:getIamPolicy`, {token, body: {options: {requestedPolicyVersion: 3}}})).json;
		policy.bindings.push({role: 'roles/aiplatform.user', members: [`user:${DEV}`]});
		expect((await raw(e, 'POST', `v1/projects/${MAIN}:setIamPolicy`, {token, body: {policy}})).status).toBe(200);
		expect((await generate(e, token)).json.error.details[0].reason).toBe('IAM_PERMISSION_DENIED');
		clock.advance(e.scenario.propagationMs);
		expect((await generate(e, token)).status).toBe(200);
	});

	it('lets thoughts use up a tiny maxOutputTokens, as thinking models do', async () => {
		const e = await emulatorFor('healthy');
		const {token} = e.issueAccessToken(DEV);
		const res = await raw(e, 'POST', path('gemini-2.5-flash'), {token, body: {...PROMPT, generationConfig: {maxOutputTokens: 8}}});
		expect(res.json.candidates[0]).toEqual({content: {role: 'model'}, finishReason: 'MAX_TOKENS'});
		expect(res.json.usageMetadata.thoughtsTokenCount).toBe(8);
		const empty = await raw(e, 'POST', path(), {token, body: {contents: []}});
		expect(empty.status).toBe(400);
	});

	it('streams with alt=sse as data events, and as a JSON array without it (errors as [{error}])', async () => {
		const e = await emulatorFor('healthy');
		const {token} = e.issueAccessToken(DEV);
		const stream = path().replace(':generateContent', ':streamGenerateContent');
		const sse = await raw(e, 'POST', `${stream}?alt=sse`, {token, body: PROMPT});
		expect(sse.headers.get('content-type')).toBe('text/event-stream');
		const events = sse.text.split('\r\n\r\n').filter(Boolean).map(line => JSON.parse(line.replace(/^data: /, '')));
		expect(events.map(ev => ev.candidates[0].content.parts[0].text).join('')).toBe('Hello from gemini-3.1-flash-lite on Vertex AI.');
		expect(events.at(-1).candidates[0].finishReason).toBe('STOP');
		const array = await raw(e, 'POST', stream, {token, body: PROMPT});
		expect(array.json).toHaveLength(2);
		const retired = await raw(e, 'POST', stream.replace('gemini-3.1-flash-lite', 'gemini-1.5-flash'), {token, body: PROMPT});
		expect(retired.status).toBe(404);
		expect(retired.json[0].error.status).toBe('NOT_FOUND');
	});
});
