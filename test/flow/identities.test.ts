import {describe, expect, it} from 'vitest';
import {identities} from '../../source/flow/identities.js';
import type {Facts} from '../../source/steps/context.js';

const facts = (extra: Facts = {}): Facts => ({
	account: 'ana@example.com',
	adc: {source: 'well-known', path: '/home/ana/.config/gcloud/application_default_credentials.json', type: 'authorized_user', principal: 'ana@example.com'},
	project: {projectId: 'my-proj-123', projectNumber: '123456789012', name: 'Mine'},
	region: 'us-central1',
	...extra,
});

describe('identities', () => {
	it('lists who is who, with no warnings when everything agrees', () => {
		const ids = identities(facts(), {GOOGLE_CLOUD_PROJECT: 'my-proj-123', GOOGLE_CLOUD_LOCATION: 'us-central1'});
		expect(ids).toEqual({
			gcloudAccount: 'ana@example.com',
			adcPrincipal: 'ana@example.com',
			adcSource: 'well-known',
			adcPath: '/home/ana/.config/gcloud/application_default_credentials.json',
			googleApplicationCredentials: null,
			apiKeyVariables: [],
			googleCloudProject: 'my-proj-123',
			googleCloudLocation: 'us-central1',
			warnings: [],
		});
	});

	it('is all nulls on a fresh machine', () => {
		expect(identities({}, {})).toMatchObject({gcloudAccount: null, adcPrincipal: null, adcSource: null, adcPath: null, googleCloudProject: null, warnings: []});
	});

	it('warns when ADC and gcloud act as different identities', () => {
		const adc = {source: 'env' as const, path: '/keys/sa.json', type: 'service_account', principal: 'runner@my-proj-123.iam.gserviceaccount.com'};
		const ids = identities(facts({adc}), {GOOGLE_APPLICATION_CREDENTIALS: '/keys/sa.json'});
		expect(ids.googleApplicationCredentials).toBe('/keys/sa.json');
		expect(ids.warnings).toEqual([
			'ADC runs as runner@my-proj-123.iam.gserviceaccount.com but gcloud runs as ana@example.com: your code and the admin commands act as different identities.',
		]);
	});

	it('treats addresses that differ only in case as one identity', () => {
		const adc = {source: 'well-known' as const, principal: 'Ana@Example.com'};
		expect(identities(facts({adc}), {}).warnings).toEqual([]);
	});

	it('warns when the environment points the code at another project or location', () => {
		const ids = identities(facts(), {GOOGLE_CLOUD_PROJECT: 'other-proj-456', GOOGLE_CLOUD_LOCATION: 'europe-west4'});
		expect(ids.warnings).toEqual([
			'GOOGLE_CLOUD_PROJECT is other-proj-456 but the project set up here is my-proj-123: your code will call other-proj-456.',
			'GOOGLE_CLOUD_LOCATION is europe-west4 but the smoke test used us-central1.',
		]);
	});

	it('names API key variables (never their values)', () => {
		const ids = identities(facts(), {GOOGLE_API_KEY: 'AIzaSySECRET', GEMINI_API_KEY: 'AIzaSyOTHER'});
		expect(ids.apiKeyVariables).toEqual(['GOOGLE_API_KEY', 'GEMINI_API_KEY']);
		expect(ids.warnings).toHaveLength(2);
		expect(ids.warnings[0]).toMatch(/^GOOGLE_API_KEY is set: .*Gemini API/);
		expect(JSON.stringify(ids)).not.toMatch(/AIzaSy/);
	});
});
