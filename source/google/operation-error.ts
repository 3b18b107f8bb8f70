import type {serviceusage_v1} from '@googleapis/serviceusage';
import {toProblem, type Problem} from './errors.js';
import {fromGrpc} from './status-codes.js';

/** A finished operation's `error` (google.rpc.Status with a gRPC code number) → Problem. */
export function operationProblem(status: serviceusage_v1.Schema$Status): Problem {
	const {name, http} = fromGrpc(status.code ?? 2);
	return toProblem({response: {status: http, data: {error: {...status, code: http, status: name}}}});
}
