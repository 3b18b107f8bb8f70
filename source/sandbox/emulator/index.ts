/**
 * A local emulator of the Google endpoints vertex-setup calls, on one 127.0.0.1 port:
 *
 *   POST /token, GET|POST /tokeninfo                      OAuth (jwt-bearer, refresh_token, authorization_code)
 *   GET  /v1/projects, /v1/projects/{id}                  Resource Manager v1 (+ :getIamPolicy, :setIamPolicy, :testIamPermissions)
 *   GET  /v3/projects:search, /v3/projects[/{id|number}]  Resource Manager v3 (+ the same IAM methods)
 *   GET  /v1/projects/{p}/services[/{s}], :batchGet       Service Usage (POST …/{s}:enable, …/services:batchEnable)
 *   GET  /v1/operations/{id}                              Service Usage operations
 *   GET|PUT /v1/projects/{p}/billingInfo                  Cloud Billing
 *   GET|POST /v1/projects/{p}/serviceAccounts[/{sa}[/keys]]  IAM service accounts and keys
 *   POST /{v1|v1beta1}/projects/{p}/locations/{l}/publishers/google/models/{m}:generateContent (and :streamGenerateContent)
 *   GET  /{v1|v1beta1}/publishers/google/models/{m}       Vertex AI
 *
 * Wire shapes and error texts follow the project's GCP wire reference.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {type Endpoints, endpointsAt} from '../../google/endpoints.js';
import type {Scenario} from '../scenario.js';
import {scenarios} from '../scenarios.js';
import {FaultController} from './faults.js';
import {newUniqueId} from './ids.js';
import {mintKey} from './keys.js';
import {RequestLog} from './requests.js';
import {createHandler} from './server.js';
import {type EmulatorState, buildState, serviceAccountEmail} from './state.js';
import {issueAccessToken, issueRefreshToken} from './tokens.js';

export interface Emulator {
	/** `http://127.0.0.1:PORT/` (trailing slash): the root of every API and of `/token`. */
	url: string;
	/** Every address pointed at this emulator. */
	endpoints: Endpoints;
	scenario: Scenario;
	/** The live, mutable data model (tests inspect and tweak it). */
	state: EmulatorState;
	/** The emulator's clock (the `now` option, or Date.now). */
	now(): number;
	issueRefreshToken(email: string, opts?: {clientId?: string; reauthRequired?: boolean}): string;
	issueAccessToken(email: string, opts?: {ttlSeconds?: number}): {token: string; expiresAt: Date};
	/** Creates the service account if missing and returns the key file JSON object (§4.3), exactly as keys.create's privateKeyData decodes. */
	createServiceAccountKey(projectId: string, accountId: string): Record<string, string>;
	faults: FaultController;
	/** Every request: method, path (never the query), start/end ms, status. */
	requests: RequestLog;
	close(): Promise<void>;
}

export interface StartOptions {
	/** A scenario name from `scenarios`, or a Scenario value. Default `healthy`. */
	scenario?: string | Scenario;
	/** 0 or omitted: an ephemeral port. */
	port?: number;
	/** A fake clock for propagation and expiry (epoch ms). */
	now?: () => number;
}

export {scenarios, scenarioNames} from '../scenarios.js';
export type {EmulatorState} from './state.js';
export type {FaultController} from './faults.js';
export type {RequestLog, RequestEntry} from './requests.js';

function resolveScenario(s: string | Scenario | undefined): Scenario {
	if (s === undefined) return scenarios.healthy!;
	if (typeof s !== 'string') return s;
	const found = scenarios[s];
	if (!found) throw new Error(`Unknown scenario "${s}". Known scenarios: ${Object.keys(scenarios).join(', ')}.`);
	return found;
}

export async function startEmulator(opts: StartOptions = {}): Promise<Emulator> {
	const scenario = resolveScenario(opts.scenario);
	const clock = opts.now ?? Date.now;
	const state = buildState(scenario, clock());
	const faults = new FaultController();
	const requests = new RequestLog();
	const world = {state, faults, requests, clock, tokenUrl: ''};
	const server = createServer(createHandler(world));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
	});
	const {port} = server.address() as AddressInfo;
	const url = `http://127.0.0.1:${port}/`;
	world.tokenUrl = `${url}token`;
	return {
		url,
		endpoints: endpointsAt(url),
		scenario,
		state,
		now: clock,
		faults,
		requests,
		issueRefreshToken: (email, o) => issueRefreshToken(state, email, o),
		issueAccessToken(email, o) {
			const {token, expiresAt} = issueAccessToken(state, email, clock(), o?.ttlSeconds);
			return {token, expiresAt: new Date(expiresAt)};
		},
		createServiceAccountKey(projectId, accountId) {
			const project = state.projects[projectId];
			if (!project) throw new Error(`No project "${projectId}" in the emulator.`);
			const email = serviceAccountEmail(accountId, projectId);
			project.serviceAccounts[email] ??= {accountId, email, uniqueId: newUniqueId(), keys: {}};
			return mintKey(project, project.serviceAccounts[email], clock()).file;
		},
		close: () =>
			new Promise<void>(resolve => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
