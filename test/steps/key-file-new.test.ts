import {readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {keyFileStep} from '../../source/steps/key-file.js';
import {sandboxContext} from '../helpers/context.js';

const PROJECT = {projectId: 'vertex-demo-123', projectNumber: '123456789012', name: 'Vertex Demo'};
const RUNNER = 'vertex-runner@vertex-demo-123.iam.gserviceaccount.com';

async function newKeyContext(scenario: string) {
	const t = await sandboxContext(scenario, {options: {keyFile: 'new-key.json', principal: `serviceAccount:${RUNNER}`}});
	t.ctx.facts.project = PROJECT;
	return {...t, file: path.join(t.ctx.cwd, 'new-key.json')};
}

describe('key file step: a --key-file that does not exist asks for a new key', () => {
	it('creates the key private from the first byte, and then the check passes', async () => {
		const {ctx, file, commands, emulator} = await newKeyContext('healthy');
		const before = await keyFileStep.check(ctx);
		expect(before.status).toBe('fail');
		expect(before.summary).toContain('does not exist yet');
		const [fix] = await keyFileStep.fixes!(before, ctx);
		expect(fix?.title).toContain(RUNNER);
		await keyFileStep.apply!(fix!, ctx);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		const key = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
		expect(key.client_email).toBe(RUNNER);
		// The emulator issued this key: it knows its id.
		expect(JSON.stringify(emulator.state)).toContain(key.private_key_id);
		expect(commands.join('\n')).toContain(`keys create ${file} --iam-account=${RUNNER}`);
		expect((await keyFileStep.check(ctx)).status).toBe('ok');
	});

	it('meets an org policy that forbids keys with the safer alternatives, writing nothing', async () => {
		const {ctx, file} = await newKeyContext('key-creation-blocked');
		const before = await keyFileStep.check(ctx);
		const [fix] = await keyFileStep.fixes!(before, ctx);
		await keyFileStep.apply!(fix!, ctx);
		const after = await keyFileStep.check(ctx);
		expect(after.status).toBe('fail');
		expect(after.summary).toContain('your organization forbids service-account keys');
		expect(after.detail).toContain('constraints/iam.disableServiceAccountKeyCreation');
		expect(after.commands).toContain(`gcloud auth application-default login --impersonate-service-account=${RUNNER}`);
		expect(await keyFileStep.fixes!(after, ctx)).toEqual([]);
		await expect(stat(file)).rejects.toThrow();
	});

	it('never overwrites a file that appeared in the meantime', async () => {
		const {ctx, file} = await newKeyContext('healthy');
		const [fix] = await keyFileStep.fixes!(await keyFileStep.check(ctx), ctx);
		await writeFile(file, 'someone else wrote this');
		await keyFileStep.apply!(fix!, ctx);
		expect(await readFile(file, 'utf8')).toBe('someone else wrote this');
	});
});
