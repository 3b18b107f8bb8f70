import {describe, expect, it} from 'vitest';
import {createEventBus} from '../../source/flow/bus.js';
import {createContext} from '../../source/flow/context.js';
import {interactivePrompter} from '../../source/flow/prompts.js';
import {runSteps, type RunResult} from '../../source/flow/runner.js';
import {endpointsFromEnv} from '../../source/google/endpoints.js';
import {createSandboxEnvironment} from '../../source/sandbox/environment.js';
import {steps} from '../../source/steps/index.js';
import {App} from '../../source/ui/App.js';
import {emulatorFor} from '../helpers/emulator.js';
import {renderInk} from '../helpers/ink.js';

/**
 * The real runner and the real steps against the emulator, on the real App: what a person sees
 * for each broken scenario, answering every question with Enter (the default).
 */
async function wizard(scenario: string) {
	const emulator = await emulatorFor(scenario);
	const sandbox = await createSandboxEnvironment(emulator);
	const env = {...sandbox.env, PATH: `${sandbox.env.PATH}`};
	const bus = createEventBus();
	const controller = new AbortController();
	const ctx = createContext({
		endpoints: endpointsFromEnv(env),
		env,
		cwd: sandbox.home,
		options: {smokeTest: true, yes: false},
		ask: interactivePrompter(bus.emit, controller.signal),
		progress: () => undefined,
		ran: () => undefined,
		signal: controller.signal,
	});
	const ink = renderInk(<App subscribe={bus.subscribe} onCancel={() => controller.abort()} />, {columns: 80, rows: 24});
	const asked: string[] = [];
	let result: RunResult | undefined;
	const run = runSteps(steps, ctx, bus.emit, {fix: true, concurrent: false}).then((r) => (result = r));
	bus.subscribe((event) => {
		if (event.type === 'prompt') asked.push(event.prompt.kind === 'project' ? 'project' : event.prompt.message);
	});
	while (!result) {
		// A question is on screen while its cursor (❯) is; answered ones stay above as "? … Yes".
		const screen = await ink.waitForFrame((f) => result !== undefined || /^\s*❯/m.test(f), {timeout: 30_000});
		if (result) break;
		// The real App shows the question; Enter takes the highlighted default.
		await ink.press('enter');
		await ink.waitForFrame((f) => f !== screen || result !== undefined, {timeout: 30_000});
	}
	await run;
	const screen = ink.frames().join('\n');
	// Ink wraps prose at the terminal's width; compare sentences with the line breaks folded.
	const text = screen.replace(/\s*\n\s*/g, ' ');
	await sandbox.cleanup();
	return {result: result!, asked, screen, text, emulator};
}

const statusOf = (r: RunResult, id: string) => r.steps.find((s) => s.id === id)?.finding.status;

describe('wizard screens for broken setups (real steps, real App, emulator)', () => {
	it('api-disabled: explains the missing API, asks, shows a spinner per API, ends green', async () => {
		const {result, asked, screen, text} = await wizard('api-disabled');
		expect(text).toContain('Vertex AI API (aiplatform.googleapis.com) is not enabled on vertex-demo-123');
		expect(asked.join('\n')).toMatch(/Enable aiplatform\.googleapis\.com/);
		expect(screen).toMatch(/✔ APIs/);
		expect(statusOf(result, 'smokeTest')).toBe('ok');
	}, 60_000);

	it('role-missing: names the member, the project and the role, grants it after asking', async () => {
		const {result, asked, text, emulator} = await wizard('role-missing');
		expect(text).toContain("user:dev@example.com can't call Gemini on vertex-demo-123");
		expect(asked.join('\n')).toMatch(/Grant roles\/aiplatform\.user to user:dev@example\.com/);
		expect(statusOf(result, 'iam')).toBe('ok');
		expect(JSON.stringify(emulator.state.projects['vertex-demo-123']?.policy)).toContain('user:dev@example.com');
	}, 60_000);

	it('billing-disabled: gives the console link and blocks the steps that need billing, asking nothing', async () => {
		const {result, asked, screen} = await wizard('billing-disabled');
		expect(screen).toContain('https://console.cloud.google.com/billing/linkedaccount?project=vertex-demo-123');
		expect(asked).toEqual([]);
		expect(statusOf(result, 'apis')).toBe('blocked');
		expect(statusOf(result, 'smokeTest')).toBe('blocked');
	}, 60_000);

	it('key-world-readable: says who can read the key and fixes the mode', async () => {
		const {result, asked, text} = await wizard('key-world-readable');
		expect(text).toMatch(/mode 644 lets other users read it/);
		expect(asked.join('\n')).toMatch(/chmod 600/);
		expect(statusOf(result, 'keyFile')).toBe('ok');
	}, 60_000);

	it('quota-project-mismatch: points ADC at the project being set up', async () => {
		const {result, text} = await wizard('quota-project-mismatch');
		expect(text).toMatch(/team-sandbox-456/);
		expect(statusOf(result, 'quotaProject')).toBe('ok');
		expect(statusOf(result, 'smokeTest')).toBe('ok');
	}, 60_000);

	it('model-retired: says which model answered instead', async () => {
		const {result, text} = await wizard('model-retired');
		expect(text).toMatch(/gemini-2\.5-flash/);
		expect(['ok', 'warn']).toContain(statusOf(result, 'smokeTest'));
	}, 60_000);
});
