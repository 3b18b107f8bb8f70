import type {serviceusage_v1} from '@googleapis/serviceusage';
import {SERVICES} from './catalog.js';
import {invalidArgument, rpcError} from './errors.js';
import {newUuid} from './ids.js';
import type {Principal} from './permissions.js';
import {billingNotFound, suServiceNotFound} from './serviceErrors.js';
import {isEnabled, serviceView, suProject} from './services.js';
import type {EmulatorState, OperationState, ProjectState} from './state.js';
import {compact} from './wire.js';

type Operation = serviceusage_v1.Schema$Operation;

export const NOOP_OPERATION = 'operations/noop.DONE_OPERATION';
const TYPE = 'type.googleapis.com/google.api.serviceusage.v1.';
const MAX_BATCH = 20;

function response(project: ProjectState, serviceIds: string[], batch: boolean, now: number): Record<string, unknown> {
	const views = serviceIds.map(s => serviceView(project, s, now));
	return batch ? {'@type': `${TYPE}BatchEnableServicesResponse`, services: views} : {'@type': `${TYPE}EnableServiceResponse`, service: views[0]};
}

/** An operation as GET returns it: metadata always, `done` and `response` once finished. */
export function operationView(state: EmulatorState, op: OperationState, now: number): Operation {
	const project = state.projects[op.projectId];
	const metadata = {
		'@type': `${TYPE}OperationMetadata`,
		resourceNames: op.serviceIds.map(s => `services/${s}/projectSettings/${op.projectNumber}`),
	};
	if (now < op.doneAt || !project) return {name: op.name, metadata};
	return {name: op.name, metadata, done: true, response: response(project, op.serviceIds, op.batch, now)};
}

/**
 * Enables services atomically: every check runs before anything changes. Already enabled →
 * the `noop.DONE_OPERATION` sentinel; otherwise a new `acat.p2-<number>-<uuid>` operation that
 * finishes (and turns the services ENABLED) `operationMs` from now.
 */
export function enableServices(state: EmulatorState, who: Principal, now: number, ref: string, serviceIds: string[], batch: boolean): Operation {
	if (serviceIds.length === 0) throw invalidArgument('No service IDs were specified.');
	if (serviceIds.length > MAX_BATCH) {
		throw invalidArgument(`Too many services: at most ${MAX_BATCH} service IDs may be enabled in one request, got ${serviceIds.length}.`);
	}
	const project = suProject(state, who, now, ref, 'serviceusage.services.enable', `Permission denied to enable service [${serviceIds.join(',')}]`);
	const unknown = serviceIds.filter(s => !SERVICES[s] && project.services[s] === undefined);
	if (unknown.length > 0) throw suServiceNotFound(unknown);
	const toEnable = serviceIds.filter(s => !isEnabled(project, s, now));
	if (toEnable.length === 0) {
		return compact({name: NOOP_OPERATION, done: true, response: response(project, serviceIds, batch, now)});
	}
	const unbilled = toEnable.filter(s => SERVICES[s]?.needsBilling && project.services[s] === undefined);
	if (unbilled.length > 0 && !project.billingAccount) throw billingNotFound(project.projectNumber, unbilled);
	let doneAt = now + state.operationMs;
	for (const s of toEnable) {
		// A service already being enabled keeps its time; the operation waits for the later one.
		const pending = project.services[s];
		if (pending === undefined) project.services[s] = doneAt;
		else doneAt = Math.max(doneAt, pending);
	}
	const op: OperationState = {
		name: `operations/acat.p2-${project.projectNumber}-${newUuid()}`,
		projectId: project.projectId,
		projectNumber: project.projectNumber,
		serviceIds: [...serviceIds],
		batch,
		doneAt,
	};
	state.operations[op.name] = op;
	// The first answer carries only the name unless the operation is already finished.
	return now < doneAt ? {name: op.name} : operationView(state, op, now);
}

export function getOperation(state: EmulatorState, now: number, name: string): Operation {
	const op = state.operations[name];
	// The noop sentinel is never stored: polling it is a 404, as clients report.
	if (!op) throw rpcError(404, `Operation '${name}' not found.`);
	return operationView(state, op, now);
}
