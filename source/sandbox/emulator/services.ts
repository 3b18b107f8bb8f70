import type {serviceusage_v1} from '@googleapis/serviceusage';
import {SERVICES} from './catalog.js';
import {invalidArgument} from './errors.js';
import {page} from './paging.js';
import {type Principal, holds} from './permissions.js';
import {suPermissionDenied} from './serviceErrors.js';
import {type EmulatorState, type ProjectState, findProject} from './state.js';
import {compact} from './wire.js';

type Service = serviceusage_v1.Schema$GoogleApiServiceusageV1Service;

export function isEnabled(project: ProjectState, service: string, now: number): boolean {
	const at = project.services[service];
	return at !== undefined && at <= now;
}

/** Enabled, and long enough ago that other Google systems (Vertex) have noticed. */
export function isPropagated(project: ProjectState, service: string, now: number, propagationMs: number): boolean {
	const at = project.services[service];
	return at !== undefined && at + propagationMs <= now;
}

/** A Service resource; names and parents always use the project NUMBER. */
export function serviceView(project: ProjectState, service: string, now: number, full = false): Service {
	const info = SERVICES[service];
	const config = {
		name: service,
		title: info?.title ?? service,
		...(full && info ? {documentation: {summary: info.summary}} : {}),
	};
	return compact({
		name: `projects/${project.projectNumber}/services/${service}`,
		config,
		state: isEnabled(project, service, now) ? 'ENABLED' : 'DISABLED',
		parent: `projects/${project.projectNumber}`,
	});
}

/** The project behind `projects/{id-or-number}`, if the caller holds `permission` on it. */
export function suProject(state: EmulatorState, who: Principal, now: number, ref: string, permission: string, denial: string): ProjectState {
	const p = findProject(state, ref);
	if (!p || !holds(p, who, permission, now)) throw suPermissionDenied(denial);
	return p;
}

export function listServices(
	state: EmulatorState,
	who: Principal,
	now: number,
	ref: string,
	args: {filter?: string | null; pageSize?: string | null; pageToken?: string | null},
): serviceusage_v1.Schema$ListServicesResponse {
	const p = findProject(state, ref);
	const container = `projects/${p?.projectNumber ?? ref}`;
	const project = suProject(state, who, now, ref, 'serviceusage.services.list', `Permission denied to list services for consumer container [${container}]`);
	const filter = (args.filter ?? '').trim();
	if (filter !== '' && filter !== 'state:ENABLED' && filter !== 'state:DISABLED') {
		throw invalidArgument(`Invalid filter: ${filter}. Only state:ENABLED and state:DISABLED are supported.`);
	}
	const names = [...new Set([...Object.keys(SERVICES), ...Object.keys(project.services)])].sort();
	const all = names
		.map(s => serviceView(project, s, now))
		.filter(s => filter === '' || `state:${s.state}` === filter);
	// The docs: "Requested page size cannot exceed 200" (the 400 wording is UNVERIFIED).
	const {items, nextPageToken} = page(all, args, 50, 200, true);
	return compact({services: items, nextPageToken});
}

export function getService(state: EmulatorState, who: Principal, now: number, ref: string, service: string): Service {
	const project = suProject(state, who, now, ref, 'serviceusage.services.get', `Permission denied to get service [${service}]`);
	return serviceView(project, service, now, true);
}

export function batchGetServices(
	state: EmulatorState,
	who: Principal,
	now: number,
	ref: string,
	names: string[],
): serviceusage_v1.Schema$BatchGetServicesResponse {
	if (names.length === 0 || names.length > 30) throw invalidArgument('Between 1 and 30 service names are required.');
	const services = names.map(n => {
		const m = /^projects\/([^/]+)\/services\/([^/]+)$/.exec(n);
		if (!m?.[1] || !m[2] || m[1] !== ref) throw invalidArgument(`Invalid service name: ${n}.`);
		return getService(state, who, now, ref, m[2]);
	});
	return compact({services});
}
