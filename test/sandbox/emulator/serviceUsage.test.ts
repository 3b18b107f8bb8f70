import {describe, expect, it, vi} from 'vitest';
import {emulatorFor, fakeClock} from '../../helpers/emulator.js';
import {DEV, MAIN, MAIN_NUMBER, failure, hermeticProcessEnv, raw, su, userAuth} from './support.js';

hermeticProcessEnv();

const AI = 'aiplatform.googleapis.com';
const GL = 'generativelanguage.googleapis.com';
const HELP = /\nHelp Token: A[\w-]{100,}$/;

describe('Service Usage services', () => {
	it('lists enabled services as gcloud asks, with numbers in names and the Agent Platform title', async () => {
		const e = await emulatorFor('healthy');
		const {token} = e.issueAccessToken(DEV);
		const res = await raw(e, 'GET', `v1/projects/${MAIN}/services?alt=json&filter=state%3AENABLED&pageSize=200`, {token});
		const ai = res.json.services.find((s: {config: {name: string}}) => s.config.name === AI);
		expect(ai).toEqual({
			name: `projects/${MAIN_NUMBER}/services/${AI}`,
			config: {name: AI, title: 'Agent Platform API'},
			state: 'ENABLED',
			parent: `projects/${MAIN_NUMBER}`,
		});
		expect(res.json.services.every((s: {state: string}) => s.state === 'ENABLED')).toBe(true);
		expect(res.json.nextPageToken).toBeUndefined();
	});

	it('pages with pageSize and pageToken and rejects unsupported filters', async () => {
		const e = await emulatorFor('healthy');
		const api = su(e, userAuth(e));
		const all = (await api.services.list({parent: `projects/${MAIN_NUMBER}`})).data.services ?? [];
		const paged: string[] = [];
		let pageToken: string | undefined;
		do {
			const res = await api.services.list({parent: `projects/${MAIN}`, pageSize: 5, ...(pageToken ? {pageToken} : {})});
			expect((res.data.services ?? []).length).toBeLessThanOrEqual(5);
			paged.push(...(res.data.services ?? []).map(s => s.name!));
			pageToken = res.data.nextPageToken ?? undefined;
		} while (pageToken);
		expect(paged).toEqual(all.map(s => s.name));
		const err = await failure(api.services.list({parent: `projects/${MAIN}`, filter: 'state:ANY'}));
		expect(err.status).toBe(400);
		expect((await failure(api.services.list({parent: `projects/${MAIN}`, pageSize: 201}))).status).toBe(400);
	});

	it('batchEnable returns a running operation that finishes operationMs later (fake clock)', async () => {
		const clock = fakeClock();
		const e = await emulatorFor('fresh', {now: clock.now});
		const {token} = e.issueAccessToken(DEV);
		const started = await raw(e, 'POST', `v1/projects/${MAIN}/services:batchEnable?alt=json`, {token, body: {serviceIds: [AI, GL]}});
		expect(started.status).toBe(200);
		expect(Object.keys(started.json)).toEqual(['name']);
		expect(started.json.name).toMatch(new RegExp(`^operations/acat\\.p2-${MAIN_NUMBER}-[0-9a-f-]{36}$`));
		const running = await raw(e, 'GET', `v1/${started.json.name}`, {token});
		expect(running.json).toEqual({
			name: started.json.name,
			metadata: {
				'@type': 'type.googleapis.com/google.api.serviceusage.v1.OperationMetadata',
				resourceNames: [`services/${AI}/projectSettings/${MAIN_NUMBER}`, `services/${GL}/projectSettings/${MAIN_NUMBER}`],
			},
		});
		const stillDisabled = await raw(e, 'GET', `v1/projects/${MAIN}/services/${AI}`, {token});
		expect(stillDisabled.json.state).toBe('DISABLED');
		clock.advance(e.scenario.operationMs);
		const done = await raw(e, 'GET', `v1/${started.json.name}`, {token});
		expect(done.json.done).toBe(true);
		expect(done.json.response['@type']).toBe('type.googleapis.com/google.api.serviceusage.v1.BatchEnableServicesResponse');
		expect(done.json.response.services.map((s: {state: string}) => s.state)).toEqual(['ENABLED', 'ENABLED']);
	});

	it('enable polled through the real client reaches done (real clock)', async () => {
		const e = await emulatorFor('api-disabled');
		const api = su(e, userAuth(e));
		const op = (await api.services.enable({name: `projects/${MAIN}/services/${AI}`, requestBody: {}})).data;
		expect(op.done).toBeFalsy();
		await vi.waitFor(
			async () => {
				const polled = (await api.operations.get({name: op.name!})).data;
				expect(polled.done).toBe(true);
				expect(polled.response?.service?.state).toBe('ENABLED');
			},
			{timeout: 5000, interval: 100},
		);
	});

	it('answers noop.DONE_OPERATION for an enabled service, and GET on it is 404', async () => {
		const e = await emulatorFor('healthy');
		const {token} = e.issueAccessToken(DEV);
		const res = await raw(e, 'POST', `v1/projects/${MAIN}/services/${AI}:enable`, {token, body: {}});
		expect(res.json).toMatchObject({
			name: 'operations/noop.DONE_OPERATION',
			done: true,
			response: {'@type': 'type.googleapis.com/google.api.serviceusage.v1.EnableServiceResponse', service: {state: 'ENABLED'}},
		});
		const poll = await raw(e, 'GET', 'v1/operations/noop.DONE_OPERATION', {token});
		expect(poll.status).toBe(404);
	});

	it('refuses to enable a paid API without billing: 400 UREQ_PROJECT_BILLING_NOT_FOUND (§3.4)', async () => {
		const e = await emulatorFor('billing-disabled');
		delete e.state.projects[MAIN]!.services[AI];
		delete e.state.projects[MAIN]!.services[GL];
		const {token} = e.issueAccessToken(DEV);
		const res = await raw(e, 'POST', `v1/projects/${MAIN}/services:batchEnable`, {token, body: {serviceIds: [AI, GL]}});
		expect(res.status).toBe(400);
		const {message, ...rest} = res.json.error;
		expect(message.replace(HELP, '')).toBe(
			`Billing account for project '${MAIN_NUMBER}' is not found. Billing must be enabled for activation of service(s) '${AI}' to proceed.`,
		);
		expect(message).toMatch(HELP);
		expect(rest).toEqual({
			code: 400,
			status: 'FAILED_PRECONDITION',
			details: [
				{
					'@type': 'type.googleapis.com/google.rpc.PreconditionFailure',
					violations: [{type: 'googleapis.com/billing-enabled', subject: `?error_code=390001&project=${MAIN_NUMBER}&services=${AI}`}],
				},
				{
					'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
					reason: 'UREQ_PROJECT_BILLING_NOT_FOUND',
					domain: 'serviceusage.googleapis.com/billing-enabled',
					metadata: {project: MAIN_NUMBER, services: AI},
				},
			],
		});
		// Atomic: the free API in the same batch was not enabled either.
		expect(e.state.projects[MAIN]!.services[GL]).toBeUndefined();
		expect(e.state.projects[MAIN]!.services[AI]).toBeUndefined();
	});

	it('rejects more than 20 ids and unknown services without changing anything', async () => {
		const e = await emulatorFor('fresh');
		const {token} = e.issueAccessToken(DEV);
		const many = Array.from({length: 21}, (_, i) => `svc${i}.googleapis.com`);
		const tooMany = await raw(e, 'POST', `v1/projects/${MAIN}/services:batchEnable`, {token, body: {serviceIds: many}});
		expect(tooMany.status).toBe(400);
		expect(tooMany.json.error.status).toBe('INVALID_ARGUMENT');
		const unknown = await raw(e, 'POST', `v1/projects/${MAIN}/services:batchEnable`, {token, body: {serviceIds: [AI, 'nope.googleapis.com']}});
		expect(unknown.status).toBe(403);
		expect(e.state.projects[MAIN]!.services[AI]).toBeUndefined();
	});

	it('denies enable without serviceusage.services.enable (§3.4 shape)', async () => {
		const e = await emulatorFor('fresh');
		const {token} = e.issueAccessToken('contractor@example.com');
		const res = await raw(e, 'POST', `v1/projects/${MAIN}/services/${AI}:enable`, {token, body: {}});
		expect(res.status).toBe(403);
		expect(res.json.error.message).toMatch(new RegExp(`^Permission denied to enable service \\[${AI}\\]${HELP.source}`));
		expect(res.json.error.status).toBe('PERMISSION_DENIED');
		expect(res.json.error.details).toEqual([
			{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', domain: 'serviceusage.googleapis.com', reason: 'AUTH_PERMISSION_DENIED'},
		]);
	});
});
