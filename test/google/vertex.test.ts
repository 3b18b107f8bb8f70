import {describe, expect, it} from 'vitest';
import {isNotFound, isServiceDisabled} from '../../source/google/problems.js';
import {generateContent, vertexUrl} from '../../source/google/vertex.js';
import {googleEndpoints} from '../../source/google/endpoints.js';
import {emulatorFor} from '../helpers/emulator.js';
import {signedIn} from './emulator-auth.js';

const req = {project: 'vertex-demo-123', location: 'global', model: 'gemini-3.1-flash-lite', prompt: 'Say hello', apiVersion: 'v1' as const};

describe('generateContent', () => {
	it('returns the reply text, model version and latency', async () => {
		const emu = await emulatorFor('healthy');
		const result = await generateContent(signedIn(emu), emu.endpoints, req);
		if (!result.ok) throw new Error(result.problem.message);
		expect(result.text.length).toBeGreaterThan(0);
		expect(result.modelVersion).toContain('gemini-3.1-flash-lite');
		expect(result.latencyMs).toBeGreaterThanOrEqual(0);
		expect(emu.requests.filter({method: 'POST'})[0]?.path).toBe('/v1/projects/vertex-demo-123/locations/global/publishers/google/models/gemini-3.1-flash-lite:generateContent');
	});

	it('returns a 404 problem for a model that is not served', async () => {
		const emu = await emulatorFor('model-retired');
		const result = await generateContent(signedIn(emu), emu.endpoints, req);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(isNotFound(result.problem)).toBe(true);
	});

	it('returns SERVICE_DISABLED when the API is off', async () => {
		const emu = await emulatorFor('api-disabled');
		const result = await generateContent(signedIn(emu), emu.endpoints, req);
		expect(!result.ok && isServiceDisabled(result.problem)).toBe(true);
	});

	it('builds regional URLs and refuses unsafe path parts', () => {
		expect(vertexUrl(googleEndpoints, {...req, location: 'europe-west4'})).toBe(
			'https://europe-west4-aiplatform.googleapis.com/v1/projects/vertex-demo-123/locations/europe-west4/publishers/google/models/gemini-3.1-flash-lite:generateContent',
		);
		expect(() => vertexUrl(googleEndpoints, {...req, model: '../../x'})).toThrow(/Not a model ID/);
		expect(() => vertexUrl(googleEndpoints, {...req, location: 'us-central1/../x'})).toThrow(/Not a location/);
	});
});
