import {describe, expect, it} from 'vitest';
import type {Scenario} from '../../../source/sandbox/scenario.js';
import {scenarioNames, scenarios} from '../../../source/sandbox/scenarios.js';
import {emulatorFor} from '../../helpers/emulator.js';
import {DEV, MAIN, hermeticProcessEnv, raw} from './support.js';

hermeticProcessEnv();

const healthy = scenarios.healthy!;

/** Undo the one breakage of each scenario; what is left must be exactly `healthy`. */
const repairs: Record<string, (s: Scenario) => void> = {
	'not-logged-in': s => void (s.client.account = DEV),
	'adc-missing': s => void (s.client.adc = healthy.client.adc),
	'adc-expired': s => void (s.client.adc = healthy.client.adc),
	'gcloud-missing': s => void (s.client.gcloudInstalled = true),
	'api-disabled': s => void (s.projects[0]!.enabledServices = healthy.projects[0]!.enabledServices),
	'billing-disabled': s => void (s.projects[0]!.billingAccount = healthy.projects[0]!.billingAccount),
	'role-missing': s => void (s.projects[0]!.bindings = healthy.projects[0]!.bindings),
	'key-world-readable': s => void (s.client.adc = healthy.client.adc),
	'quota-project-mismatch': s => void (s.client.adc = healthy.client.adc),
	'model-retired': s => void (s.models = healthy.models),
	'key-creation-blocked': s => void delete s.projects[0]!.disableServiceAccountKeyCreation,
	'many-projects': s => void (s.projects = s.projects.slice(0, 3)),
};

describe('scenarios', () => {
	it('names every scenario once, each with a one-line description', () => {
		expect(scenarioNames).toEqual(Object.keys(scenarios));
		expect(scenarioNames).toEqual(['healthy', 'fresh', ...Object.keys(repairs)]);
		for (const name of scenarioNames) {
			expect(scenarios[name]!.name).toBe(name);
			expect(scenarios[name]!.description).toMatch(/^[^\n]{20,200}$/);
		}
	});

	it.each(Object.keys(repairs))('%s is healthy with exactly one thing broken', name => {
		const broken = structuredClone(scenarios[name]!);
		expect(broken).not.toEqual({...healthy, name, description: broken.description});
		repairs[name]!(broken);
		expect({...broken, name: 'healthy', description: healthy.description}).toEqual(healthy);
	});

	it('fresh lets the developer fix everything on the main project', async () => {
		const e = await emulatorFor('fresh');
		const {token} = e.issueAccessToken(DEV);
		const res = await raw(e, 'POST', `v1/projects/${MAIN}:testIamPermissions`, {
			token,
			body: {permissions: ['resourcemanager.projects.get', 'serviceusage.services.enable', 'serviceusage.services.use', 'resourcemanager.projects.setIamPolicy', 'aiplatform.endpoints.predict']},
		});
		expect(res.json.permissions).toEqual(['resourcemanager.projects.get', 'serviceusage.services.enable', 'serviceusage.services.use', 'resourcemanager.projects.setIamPolicy']);
		expect(e.scenario.client).toEqual({gcloudInstalled: true, account: null, adc: null, project: null});
	});

	it('many-projects has 5,000 extra projects with unique ids and numbers', () => {
		const projects = scenarios['many-projects']!.projects;
		expect(projects).toHaveLength(5003);
		expect(new Set(projects.map(p => p.projectId)).size).toBe(5003);
		expect(new Set(projects.map(p => p.projectNumber)).size).toBe(5003);
		expect(projects.at(-1)).toMatchObject({projectId: 'proj-05000', name: 'Project 05000'});
	});

	it('each emulator gets its own copy of the scenario state', async () => {
		const a = await emulatorFor('healthy');
		a.state.projects[MAIN]!.billingAccount = null;
		const b = await emulatorFor('healthy');
		expect(b.state.projects[MAIN]!.billingAccount).toBe('billingAccounts/01A2B3-C4D5E6-F7A8B9');
		expect(scenarios.healthy!.projects[0]!.billingAccount).toBe('billingAccounts/01A2B3-C4D5E6-F7A8B9');
	});
});
