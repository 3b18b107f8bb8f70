import {describe, expect, it} from 'vitest';
import {standIn} from './support.js';

const MESSAGE =
	'Service Usage API has not been used in project 111111111111 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=111111111111 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.';
const URL = 'https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=111111111111';
const SERVICE_DISABLED = {
	error: {
		code: 403,
		message: MESSAGE,
		status: 'PERMISSION_DENIED',
		details: [
			{
				'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
				reason: 'SERVICE_DISABLED',
				domain: 'googleapis.com',
				metadata: {activationUrl: URL, service: 'serviceusage.googleapis.com', consumer: 'projects/111111111111', containerInfo: '111111111111', serviceTitle: 'Service Usage API'},
			},
			{'@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: MESSAGE},
			{'@type': 'type.googleapis.com/google.rpc.Help', links: [{description: 'Google developers console API activation', url: URL}]},
		],
	},
};

describe('gcloud stand-in: services list', () => {
	it('lists enabled services as a table and as JSON', async () => {
		const {gcloud} = await standIn('healthy');
		const table = await gcloud(['services', 'list', '--enabled']);
		expect(table.stdout.split('\n').slice(0, 2)).toEqual(['NAME                               TITLE', 'aiplatform.googleapis.com          Agent Platform API']);
		const json = JSON.parse((await gcloud(['services', 'list', '--enabled', '--format=json'])).stdout) as Record<string, unknown>[];
		expect(json[0]).toEqual({
			config: {name: 'aiplatform.googleapis.com', title: 'Agent Platform API'},
			name: 'projects/123456789012/services/aiplatform.googleapis.com',
			parent: 'projects/123456789012',
			state: 'ENABLED',
		});
	});

	it('needs a project', async () => {
		const {gcloud} = await standIn('fresh');
		const result = await gcloud(['services', 'list']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr.split('\n')[0]).toBe('ERROR: (gcloud.services.list) The required property [project] is not currently set.');
	});

	it('prints an API error as gcloud does: message, localized text, help links, details as YAML', async () => {
		const {gcloud, emulator} = await standIn('healthy');
		emulator.faults.fail({path: /\/services$/, status: 403, body: SERVICE_DISABLED, times: 1});
		const result = await gcloud(['services', 'list']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toBe(
			`ERROR: (gcloud.services.list) [dev@example.com] does not have permission to access projects instance [vertex-demo-123] (or it may not exist): ${MESSAGE} ` +
				'This command is authenticated as dev@example.com which is the active account specified by the [core/account] property.\n' +
				`${MESSAGE}\nGoogle developers console API activation\n${URL}\n` +
				"- '@type': type.googleapis.com/google.rpc.ErrorInfo\n  domain: googleapis.com\n  metadata:\n" +
				`    activationUrl: ${URL}\n    consumer: projects/111111111111\n    containerInfo: '111111111111'\n` +
				'    service: serviceusage.googleapis.com\n    serviceTitle: Service Usage API\n  reason: SERVICE_DISABLED\n',
		);
	});
});

describe('gcloud stand-in: services enable', () => {
	it('enables one service and waits for the operation', async () => {
		const {gcloud, emulator} = await standIn('api-disabled');
		const result = await gcloud(['services', 'enable', 'aiplatform.googleapis.com']);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^Operation "operations\/acat\.p2-123456789012-[0-9a-f-]{36}" finished successfully\.\n$/);
		expect(emulator.requests.count({method: 'POST', path: /\/services\/aiplatform\.googleapis\.com:enable$/})).toBe(1);
		const again = await gcloud(['services', 'enable', 'aiplatform.googleapis.com', '--format=json']);
		expect(again).toEqual({stdout: '[]\n', stderr: '', exitCode: 0});
	});

	it('enables several in one batchEnable call', async () => {
		const {gcloud, emulator} = await standIn('fresh');
		expect((await gcloud(['auth', 'login', '--brief'])).exitCode).toBe(0);
		const result = await gcloud(['services', 'enable', 'aiplatform.googleapis.com', 'generativelanguage.googleapis.com', '--project=vertex-demo-123']);
		expect(result.stderr).toMatch(/^Operation "operations\/acat\.p2-\d+-[0-9a-f-]+" finished successfully\.\n$/);
		expect(emulator.requests.count({method: 'POST', path: /\/services:batchEnable$/})).toBe(1);
		const listed = await gcloud(['services', 'list', '--enabled', '--project=vertex-demo-123', '--format=value(config.name)']);
		expect(listed.stdout.split('\n')).toEqual(expect.arrayContaining(['aiplatform.googleapis.com', 'generativelanguage.googleapis.com']));
	});

	it('shows the billing precondition failure with its details as YAML', async () => {
		const {gcloud, emulator} = await standIn('billing-disabled');
		emulator.state.projects['vertex-demo-123']!.services = {};
		const result = await gcloud(['services', 'enable', 'aiplatform.googleapis.com']);
		expect(result.exitCode).toBe(1);
		const [first, help, ...details] = result.stderr.split('\n');
		expect(first).toBe(
			"ERROR: (gcloud.services.enable) FAILED_PRECONDITION: Billing account for project '123456789012' is not found. Billing must be enabled for activation of service(s) 'aiplatform.googleapis.com' to proceed.",
		);
		expect(help).toMatch(/^Help Token: \S+$/);
		expect(details.join('\n')).toBe(
			"- '@type': type.googleapis.com/google.rpc.PreconditionFailure\n  violations:\n" +
				'  - subject: ?error_code=390001&project=123456789012&services=aiplatform.googleapis.com\n    type: googleapis.com/billing-enabled\n' +
				"- '@type': type.googleapis.com/google.rpc.ErrorInfo\n  domain: serviceusage.googleapis.com/billing-enabled\n  metadata:\n" +
				"    project: '123456789012'\n    services: aiplatform.googleapis.com\n  reason: UREQ_PROJECT_BILLING_NOT_FOUND\n",
		);
	});
});
