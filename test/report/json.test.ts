import {describe, expect, it} from 'vitest';
import type {RunEvent} from '../../source/flow/events.js';
import {identities} from '../../source/flow/identities.js';
import type {RunResult} from '../../source/flow/runner.js';
import {commandRecorder, jsonReport, SCHEMA_VERSION} from '../../source/report/json.js';
import type {Facts} from '../../source/steps/context.js';
import type {Fix} from '../../source/steps/types.js';
import {VERSION} from '../../source/version.js';

const LOGIN: Fix = {id: 'login.adc', title: 'Sign in for Application Default Credentials', commands: ['gcloud auth application-default login'], manual: true};
const ENABLE: Fix = {id: 'enable', title: 'Enable aiplatform.googleapis.com', commands: ['gcloud services enable aiplatform.googleapis.com --project=vertex-demo-123']};

const RESULT: RunResult = {
	steps: [
		{id: 'gcloud', title: 'gcloud CLI', finding: {status: 'ok', summary: 'Google Cloud SDK 528.0.0'}, applied: [], pending: []},
		{
			id: 'adc',
			title: 'Application Default Credentials',
			finding: {status: 'fail', summary: 'No Application Default Credentials', fix: 'Sign in', commands: ['gcloud auth application-default login']},
			applied: [],
			pending: [LOGIN],
		},
		{id: 'project', title: 'Project', finding: {status: 'ok', summary: 'Using vertex-demo-123'}, applied: [], pending: []},
		{id: 'apis', title: 'APIs', finding: {status: 'ok', summary: 'Vertex AI API enabled'}, applied: [ENABLE], pending: []},
		{id: 'smokeTest', title: 'Gemini smoke test', finding: {status: 'blocked', summary: 'Blocked: Application Default Credentials must pass first'}, applied: [], pending: []},
	],
};

const FACTS: Facts = {account: 'ana@example.com', project: {projectId: 'vertex-demo-123', projectNumber: '123456789012', name: 'Demo'}, region: 'global'};

function report(result: RunResult = RESULT, facts: Facts = FACTS, events: RunEvent[] = []) {
	const recorder = commandRecorder();
	for (const e of events) recorder.listener(e);
	return jsonReport({
		mode: 'repair',
		startedAt: new Date('2026-01-02T03:04:05.000Z'),
		finishedAt: new Date('2026-01-02T03:04:35.500Z'),
		result,
		facts,
		identities: identities(facts, {}),
		commandsRun: recorder.byStep,
		exitCode: 1,
	});
}

describe('JSON report', () => {
	it('has the documented top-level fields, with a schema version', () => {
		const r = report();
		expect(SCHEMA_VERSION).toBe(1);
		expect(Object.keys(r).sort()).toEqual(
			['schemaVersion', 'tool', 'version', 'mode', 'startedAt', 'finishedAt', 'exitCode', 'ok', 'steps', 'manualSteps', 'stopped', 'identities', 'project', 'region', 'model', 'smokeTest'].sort(),
		);
		expect(r).toMatchObject({
			schemaVersion: 1,
			tool: 'vertex-setup',
			version: VERSION,
			mode: 'repair',
			startedAt: '2026-01-02T03:04:05.000Z',
			finishedAt: '2026-01-02T03:04:35.500Z',
			exitCode: 1,
			ok: false,
			stopped: null,
			project: 'vertex-demo-123',
			region: 'global',
			model: null,
			smokeTest: null,
		});
		expect(r.identities.gcloudAccount).toBe('ana@example.com');
	});

	it('survives JSON unchanged: no undefined anywhere, absent values are null', () => {
		const r = report();
		expect(JSON.parse(JSON.stringify(r))).toEqual(r);
	});

	it('gives each step its status, the fix and its commands once, and what ran during it', () => {
		const r = report(RESULT, FACTS, [
			{type: 'step-start', id: 'gcloud', title: 'gcloud CLI', label: ''},
			{type: 'step-start', id: 'apis', title: 'APIs', label: ''},
			{type: 'command-run', id: 'apis', command: ENABLE.commands[0]!},
		]);
		expect(r.steps.map((s) => s.id)).toEqual(['gcloud', 'adc', 'project', 'apis', 'smokeTest']);
		expect(r.steps[0]).toEqual({id: 'gcloud', title: 'gcloud CLI', status: 'ok', summary: 'Google Cloud SDK 528.0.0', detail: null, fix: null, fix_commands: [], commands_run: []});
		expect(r.steps[1]).toMatchObject({status: 'fail', fix: 'Sign in', fix_commands: ['gcloud auth application-default login']});
		expect(r.steps[3]!.commands_run).toEqual([ENABLE.commands[0]]);
		expect(r.steps[4]!.status).toBe('blocked');
	});

	it('lists what a person must still do by hand', () => {
		expect(report().manualSteps).toEqual([{step: 'adc', title: LOGIN.title, commands: LOGIN.commands}]);
	});

	it('says why a run stopped', () => {
		const stopped = {reason: 'needs-answer' as const, flag: '--project PROJECT_ID', question: 'Which project should Vertex AI use?'};
		expect(report({...RESULT, stopped}).stopped).toEqual(stopped);
	});

	it('carries the smoke test\'s reply', () => {
		const facts: Facts = {...FACTS, model: 'gemini-2.5-flash', smoke: {text: 'Hello!', modelVersion: 'gemini-2.5-flash-001', latencyMs: 812, region: 'global', model: 'gemini-2.5-flash'}};
		expect(report(RESULT, facts).smokeTest).toEqual({reply: 'Hello!', modelVersion: 'gemini-2.5-flash-001', latencyMs: 812, region: 'global', model: 'gemini-2.5-flash'});
		const noVersion: Facts = {...facts, smoke: {...facts.smoke!, modelVersion: undefined}};
		expect(report(RESULT, noVersion).smokeTest?.modelVersion).toBeNull();
	});
});
