import {describe, expect, it} from 'vitest';
import {GoogleApiError} from '../../source/google/errors.js';
import {isBillingProblem, isPermissionDenied} from '../../source/google/problems.js';
import {batchEnable, enableOne, listEnabled, NOOP_OPERATION, pollOperation} from '../../source/google/service-usage.js';
import {emulatorFor} from '../helpers/emulator.js';
import {signedIn} from './emulator-auth.js';

async function setup(scenario: string) {
	const emu = await emulatorFor(scenario);
	return {emu, auth: signedIn(emu), as: (email?: string) => signedIn(emu, email)};
}

const fast = {initialDelayMs: 50, maxDelayMs: 200};
const AI = 'aiplatform.googleapis.com';
const GL = 'generativelanguage.googleapis.com';

describe('service usage', () => {
	it('lists enabled services by name', async () => {
		const {emu, auth} = await setup('healthy');
		const enabled = await listEnabled(auth, emu.endpoints, 'vertex-demo-123');
		expect(enabled).toContain(AI);
		expect(enabled).toContain('serviceusage.googleapis.com');
	});

	it('enables in one batch and polls the operation until done', async () => {
		const {emu, auth} = await setup('fresh');
		const op = await batchEnable(auth, emu.endpoints, 'vertex-demo-123', [AI, GL]);
		expect(op.name).toMatch(/^operations\/acat\.p2-123456789012-/);
		const done = await pollOperation(auth, emu.endpoints, op.name!, fast);
		expect(done.done).toBe(true);
		expect(await listEnabled(auth, emu.endpoints, 'vertex-demo-123')).toEqual(expect.arrayContaining([AI, GL]));
		expect(emu.requests.count({method: 'POST', path: /services:batchEnable$/})).toBe(1);
	});

	it('never polls the noop sentinel for an already-enabled service', async () => {
		const {emu, auth} = await setup('healthy');
		const op = await enableOne(auth, emu.endpoints, 'vertex-demo-123', AI);
		expect(op.name).toBe(NOOP_OPERATION);
		expect((await pollOperation(auth, emu.endpoints, op, fast)).done).toBe(true);
		expect(emu.requests.count({path: /^\/v1\/operations\//})).toBe(0);
	});

	it('reports missing billing as a billing problem', async () => {
		const {emu, auth} = await setup('billing-disabled');
		emu.state.projects['vertex-demo-123']!.services = {}; // nothing enabled yet
		const error = await batchEnable(auth, emu.endpoints, 'vertex-demo-123', [AI]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GoogleApiError);
		expect(isBillingProblem((error as GoogleApiError).problem)).toBe(true);
	});

	it('reports a denied enable as permission denied', async () => {
		const {emu, as} = await setup('fresh');
		const error = await batchEnable(as('stranger@example.com'), emu.endpoints, 'vertex-demo-123', [AI]).catch((e: unknown) => e);
		expect(isPermissionDenied((error as GoogleApiError).problem)).toBe(true);
	});

	it('stops polling when the signal is aborted', async () => {
		const {emu, auth} = await setup('fresh');
		emu.state.operationMs = 60_000;
		const op = await batchEnable(auth, emu.endpoints, 'vertex-demo-123', [AI]);
		const controller = new AbortController();
		const polling = pollOperation(auth, emu.endpoints, op, {...fast, signal: controller.signal});
		controller.abort();
		await expect(polling).rejects.toThrow();
	});

	it('gives up after its time limit with a clear message', async () => {
		const {emu, auth} = await setup('fresh');
		emu.state.operationMs = 60_000;
		const op = await batchEnable(auth, emu.endpoints, 'vertex-demo-123', [AI]);
		const error = await pollOperation(auth, emu.endpoints, op, {...fast, timeoutMs: 150}).catch((e: unknown) => e);
		expect((error as GoogleApiError).problem.status).toBe('DEADLINE_EXCEEDED');
	});

	it('validates service ids before they reach a URL', async () => {
		const {emu, auth} = await setup('healthy');
		const error = await batchEnable(auth, emu.endpoints, 'vertex-demo-123', ['aiplatform.googleapis.com/../x']).catch((e: unknown) => e);
		expect((error as GoogleApiError).problem.status).toBe('INVALID_ARGUMENT');
		expect(emu.requests.count()).toBe(0);
	});
});
