import {describe, expect, it} from 'vitest';
import {emulatorFor} from '../../helpers/emulator.js';
import {DEV, MAIN, failure, hermeticProcessEnv, raw, su, userAuth} from './support.js';

hermeticProcessEnv();

describe('fault injection and the request log', () => {
	it('fails the next N matching calls; the client retries a GET through a 503', async () => {
		const e = await emulatorFor('healthy');
		e.faults.fail({method: 'GET', path: /\/services$/, status: 503, times: 2});
		const res = await su(e, userAuth(e)).services.list({parent: `projects/${MAIN}`});
		expect(res.status).toBe(200);
		expect(e.requests.filter({path: /\/services$/}).map(r => r.status)).toEqual([503, 503, 200]);
	});

	it('answers a Google-shaped body by default and a given body as is; POSTs are not retried', async () => {
		const e = await emulatorFor('api-disabled');
		e.faults.fail({path: /:enable$/, status: 500, times: 1});
		const api = su(e, userAuth(e));
		const err = await failure(api.services.enable({name: `projects/${MAIN}/services/aiplatform.googleapis.com`, requestBody: {}}));
		expect(err.status).toBe(500);
		expect(err.data).toEqual({error: {code: 500, message: 'Internal error encountered.', status: 'INTERNAL'}});
		expect(e.requests.count({path: /:enable$/})).toBe(1);
		e.faults.fail({path: /^\/v1\/projects$/, status: 429, body: {error: {code: 429, message: 'Quota exceeded.', status: 'RESOURCE_EXHAUSTED'}}, times: 1});
		const limited = await raw(e, 'GET', 'v1/projects', {token: e.issueAccessToken(DEV).token});
		expect(limited).toMatchObject({status: 429, json: {error: {message: 'Quota exceeded.'}}});
		e.faults.fail({path: /^\/token$/, status: 502, body: '<html>Bad Gateway</html>', times: 1});
		const html = await raw(e, 'POST', 'token');
		expect(html.status).toBe(502);
		expect(html.text).toBe('<html>Bad Gateway</html>');
	});

	it('delays matching calls, and maxConcurrent sees them overlap', async () => {
		const e = await emulatorFor('healthy');
		e.faults.delay({path: /^\/v1\/projects\/[^/]+$/, ms: 300, times: 3});
		const {token} = e.issueAccessToken(DEV);
		const results = await Promise.all([1, 2, 3].map(() => raw(e, 'GET', `v1/projects/${MAIN}`, {token})));
		expect(results.map(r => r.status)).toEqual([200, 200, 200]);
		expect(e.requests.maxConcurrent({path: /^\/v1\/projects\/[^/]+$/})).toBe(3);
		// One after the other: never more than one in flight.
		const before = e.requests.entries.length;
		await raw(e, 'GET', `v1/projects/${MAIN}`, {token});
		await raw(e, 'GET', `v1/projects/${MAIN}`, {token});
		const later = new Set(e.requests.entries.slice(before));
		expect(e.requests.maxConcurrent(r => later.has(r))).toBe(1);
	});

	it('never records queries, so tokens do not reach the log', async () => {
		const e = await emulatorFor('healthy');
		const {token} = e.issueAccessToken(DEV);
		await raw(e, 'GET', `tokeninfo?access_token=${token}`);
		await raw(e, 'GET', `v1/projects?filter=name%3Avertex*`, {token});
		expect(JSON.stringify(e.requests.entries)).not.toContain(token);
		expect(e.requests.entries.map(r => r.path)).toEqual(['/tokeninfo', '/v1/projects']);
	});

	it('answers unknown paths with Google\'s 404 and accepts alt=json and prettyPrint=false', async () => {
		const e = await emulatorFor('healthy');
		const {token} = e.issueAccessToken(DEV);
		const unknown = await raw(e, 'GET', 'v1/nothing/here', {token});
		expect(unknown.json).toEqual({error: {code: 404, message: 'Method not found.', status: 'NOT_FOUND'}});
		const compact = await raw(e, 'GET', `v1/projects/${MAIN}?alt=json&prettyPrint=false`, {token});
		expect(compact.text).not.toContain('\n');
		expect(compact.json.projectId).toBe(MAIN);
	});
});
