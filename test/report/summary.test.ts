import {describe, expect, it} from 'vitest';
import type {RunResult} from '../../source/flow/runner.js';
import {summaryData, summaryLines} from '../../source/report/summary.js';
import type {Facts} from '../../source/steps/context.js';
import type {Fix} from '../../source/steps/types.js';

const P = 'vertex-demo-123';
const PROJECT = {projectId: P, projectNumber: '123456789012', name: 'Demo'};
const SMOKE = {text: 'Hello from Gemini.', modelVersion: 'gemini-2.5-flash-001', latencyMs: 640, region: 'europe-west4', model: 'gemini-2.5-flash'};
const LOGIN: Fix = {id: 'login.adc', title: 'Sign in for ADC', commands: ['gcloud auth application-default login'], manual: true};

const HEALTHY: RunResult = {
	steps: [
		{id: 'gcloud', title: 'gcloud CLI', finding: {status: 'ok', summary: 'Google Cloud SDK 528.0.0'}, applied: [], pending: []},
		{id: 'smokeTest', title: 'Gemini smoke test', finding: {status: 'ok', summary: 'Gemini answered'}, applied: [], pending: []},
	],
};

describe('summary', () => {
	it('ends a healthy run with the reply, the variables for the code and the commands run', () => {
		const data = summaryData(HEALTHY, {project: PROJECT, region: 'us-central1', smoke: SMOKE}, ['gcloud config set project vertex-demo-123']);
		// The region the smoke test actually used wins over the one asked for.
		expect(data.env).toEqual({GOOGLE_CLOUD_PROJECT: P, GOOGLE_CLOUD_LOCATION: 'europe-west4', GOOGLE_GENAI_USE_VERTEXAI: 'true'});
		expect(data.todo).toEqual([]);
		expect(summaryLines(data)).toEqual([
			'',
			'Summary',
			'✔ gcloud CLI  Google Cloud SDK 528.0.0',
			'✔ Gemini smoke test  Gemini answered',
			'',
			'Gemini (gemini-2.5-flash-001, europe-west4, 640 ms) said:',
			'  Hello from Gemini.',
			'',
			'For your code:',
			`  export GOOGLE_CLOUD_PROJECT=${P}`,
			'  export GOOGLE_CLOUD_LOCATION=europe-west4',
			'  export GOOGLE_GENAI_USE_VERTEXAI=true',
			'',
			'Commands run (to repeat by hand):',
			'  $ gcloud config set project vertex-demo-123',
		]);
	});

	it('defaults the location to global, and shows no variables before a project is chosen', () => {
		expect(summaryData(HEALTHY, {project: PROJECT}, []).env?.GOOGLE_CLOUD_LOCATION).toBe('global');
		const data = summaryData(HEALTHY, {}, []);
		expect(data.env).toBeUndefined();
		expect(summaryLines(data)).not.toContain('For your code:');
	});

	it('lists what is still to do for each failing step, commands once', () => {
		const result: RunResult = {
			steps: [
				{
					id: 'adc',
					title: 'ADC',
					finding: {status: 'fail', summary: 'No ADC', fix: 'Sign in for Application Default Credentials', commands: ['gcloud auth application-default login']},
					applied: [],
					pending: [LOGIN],
				},
				{id: 'billing', title: 'Billing', finding: {status: 'fail', summary: 'Billing is not enabled'}, applied: [], pending: []},
				{id: 'smokeTest', title: 'Gemini smoke test', finding: {status: 'blocked', summary: 'Blocked: ADC must pass first'}, applied: [], pending: []},
			],
		};
		const data = summaryData(result, {project: PROJECT}, []);
		expect(data.todo).toEqual([
			{title: 'Sign in for Application Default Credentials', commands: ['gcloud auth application-default login']},
			{title: 'Billing is not enabled', commands: []},
		]);
		const lines = summaryLines(data);
		expect(lines.slice(lines.indexOf('Still to do:'))).toEqual([
			'Still to do:',
			'  • Sign in for Application Default Credentials',
			'      $ gcloud auth application-default login',
			'  • Billing is not enabled',
		]);
		expect(lines).toContain('○ Gemini smoke test  Blocked: ADC must pass first');
	});

	it('says why a run stopped and what to do', () => {
		const stoppedFor = (stopped: RunResult['stopped']) => summaryData({...HEALTHY, stopped}, {} as Facts, []).stopped;
		expect(stoppedFor({reason: 'cancelled'})).toBe('Cancelled. Steps marked ✔ were done; nothing after them was changed.');
		expect(stoppedFor({reason: 'needs-answer', flag: '--project PROJECT_ID', question: 'Which project should Vertex AI use?'})).toBe(
			'Stopped: "Which project should Vertex AI use?" needs an answer. Run again with --project PROJECT_ID, or in a terminal.',
		);
		expect(summaryLines(summaryData({...HEALTHY, stopped: {reason: 'cancelled'}}, {}, []))).toContain('Cancelled. Steps marked ✔ were done; nothing after them was changed.');
		expect(stoppedFor(undefined)).toBeUndefined();
	});

	it('names the model when Google reports no version', () => {
		const data = summaryData(HEALTHY, {project: PROJECT, smoke: {...SMOKE, modelVersion: undefined}}, []);
		expect(summaryLines(data)).toContain('Gemini (gemini-2.5-flash, europe-west4, 640 ms) said:');
	});
});
