import type {IncomingMessage, ServerResponse} from 'node:http';
import {setTimeout as sleep} from 'node:timers/promises';
import {checkScopes, authenticate} from './auth.js';
import {userProjectDenied} from './authErrors.js';
import {GoogleError, invalidArgument, rpcError, statusBody} from './errors.js';
import type {FaultController} from './faults.js';
import {tokenEndpoint, tokenInfo} from './oauth.js';
import {holds} from './permissions.js';
import type {RequestLog} from './requests.js';
import {type Call, RawBody, type Route} from './route.js';
import {crmRoutes} from './routesCrm.js';
import {billingRoutes, iamRoutes, serviceUsageRoutes, vertexRoutes} from './routesOther.js';
import {type EmulatorState, findProject} from './state.js';

export interface World {
	state: EmulatorState;
	faults: FaultController;
	requests: RequestLog;
	clock: () => number;
	/** This emulator's token URL, accepted as a JWT `aud` beside Google's. */
	tokenUrl: string;
}

interface Reply {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
}

/** One port serves every API: routes are told apart by path shape (§10.1.2). */
const ROUTES: Route[] = [...crmRoutes, ...serviceUsageRoutes, ...billingRoutes, ...iamRoutes, ...vertexRoutes];
const MAX_BODY = 32 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_BODY) throw rpcError(413, 'Request payload size exceeds the limit.', undefined, 'INVALID_ARGUMENT');
		chunks.push(chunk);
	}
	return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): Record<string, unknown> {
	if (raw.trim() === '') return {};
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		throw invalidArgument('Invalid JSON payload received. Unexpected token.');
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalidArgument('Invalid JSON payload received. Expected an object.');
	return value as Record<string, unknown>;
}

function formOf(req: IncomingMessage, raw: string): URLSearchParams {
	if ((req.headers['content-type'] ?? '').includes('application/json')) {
		return new URLSearchParams(Object.entries(parseJson(raw)).map(([k, v]) => [k, String(v)]));
	}
	return new URLSearchParams(raw);
}

async function oauthReply(world: World, req: IncomingMessage, url: URL, method: string): Promise<Reply | undefined> {
	const now = world.clock();
	if (url.pathname === '/token' && method === 'POST') {
		return {status: 200, body: tokenEndpoint(world.state, now, formOf(req, await readBody(req)), world.tokenUrl)};
	}
	if (url.pathname === '/tokeninfo' && (method === 'GET' || method === 'POST')) {
		const form = method === 'POST' ? formOf(req, await readBody(req)) : new URLSearchParams();
		return {status: 200, body: tokenInfo(world.state, now, url.searchParams.get('access_token') ?? form.get('access_token'))};
	}
	return undefined;
}

function decodeParams(m: RegExpExecArray): string[] {
	try {
		return m.slice(1).map(p => decodeURIComponent(p ?? ''));
	} catch {
		throw invalidArgument('Invalid resource name in the URL path.');
	}
}

async function apiReply(world: World, req: IncomingMessage, url: URL, method: string): Promise<Reply> {
	const path = url.pathname;
	const found = ROUTES.find(r => r.method === method && r.pattern.test(path));
	// Google's front end answers unknown methods and paths alike.
	if (!found) throw rpcError(404, 'Method not found.');
	const params = decodeParams(found.pattern.exec(path)!);
	const raw = method === 'GET' ? '' : await readBody(req);
	const now = world.clock();
	const rpc = {service: found.api.host, method: found.rpc};
	const caller = authenticate(world.state, now, req.headers.authorization, rpc);
	checkScopes(caller, found.api.scopes, method === 'GET', rpc);
	const quotaHeader = req.headers['x-goog-user-project'];
	const quotaProject = typeof quotaHeader === 'string' && quotaHeader !== '' ? quotaHeader : undefined;
	if (quotaProject) {
		const qp = findProject(world.state, quotaProject);
		if (!qp || !holds(qp, caller.principal, 'serviceusage.services.use', now)) throw userProjectDenied(found.api.host, quotaProject);
	}
	const body = parseJson(raw);
	for (const field of Object.keys(body)) {
		if (found.fields && !found.fields.includes(field)) {
			throw invalidArgument(`Invalid JSON payload received. Unknown name "${field}": Cannot find field.`);
		}
	}
	const call: Call = {state: world.state, now, who: caller.principal, query: url.searchParams, body, faults: world.faults, ...(quotaProject ? {quotaProject} : {})};
	const result = await found.handle(call, params);
	if (result instanceof RawBody) return {status: 200, body: result.text, headers: {'content-type': result.contentType}};
	return {status: 200, body: result};
}

async function dispatch(world: World, req: IncomingMessage, url: URL, method: string): Promise<Reply> {
	const delay = world.faults.takeDelay(method, url.pathname);
	if (delay > 0) await sleep(delay);
	const fault = world.faults.takeFailure(method, url.pathname);
	if (fault) return {status: fault.status, body: fault.body ?? statusBody(fault.status)};
	return (await oauthReply(world, req, url, method)) ?? (await apiReply(world, req, url, method));
}

function send(res: ServerResponse, reply: Reply, pretty: boolean): void {
	const text = typeof reply.body === 'string';
	res.writeHead(reply.status, {
		'content-type': text ? 'text/plain; charset=UTF-8' : 'application/json; charset=UTF-8',
		...reply.headers,
	});
	// Google pretty-prints unless `prettyPrint=false`; `alt=json` changes nothing.
	res.end(text ? (reply.body as string) : JSON.stringify(reply.body, null, pretty ? 2 : undefined));
}

export function createHandler(world: World): (req: IncomingMessage, res: ServerResponse) => void {
	return (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const method = (req.method ?? 'GET').toUpperCase();
		const entry = world.requests.start(method, url.pathname);
		const pretty = url.searchParams.get('prettyPrint') !== 'false';
		dispatch(world, req, url, method)
			.catch((error: unknown): Reply => {
				if (error instanceof GoogleError) return {status: error.httpStatus, body: error.body, headers: error.headers};
				process.stderr.write(`emulator: internal error on ${method} ${url.pathname}: ${error instanceof Error ? error.message : String(error)}\n`);
				return {status: 500, body: statusBody(500)};
			})
			.then(reply => {
				send(res, reply, pretty);
				world.requests.finish(entry, reply.status);
			})
			.catch(() => res.destroy());
	};
}
