/**
 * google.rpc.Code: the gRPC number, the canonical name and the HTTP status it maps to
 * (https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto).
 * Where several names share an HTTP status, the first listed is the one assumed from HTTP alone.
 */
const CODES: [grpc: number, name: string, http: number][] = [
	[1, 'CANCELLED', 499],
	[2, 'UNKNOWN', 500],
	[3, 'INVALID_ARGUMENT', 400],
	[4, 'DEADLINE_EXCEEDED', 504],
	[5, 'NOT_FOUND', 404],
	[10, 'ABORTED', 409],
	[6, 'ALREADY_EXISTS', 409],
	[7, 'PERMISSION_DENIED', 403],
	[8, 'RESOURCE_EXHAUSTED', 429],
	[9, 'FAILED_PRECONDITION', 400],
	[11, 'OUT_OF_RANGE', 400],
	[12, 'UNIMPLEMENTED', 501],
	[13, 'INTERNAL', 500],
	[14, 'UNAVAILABLE', 503],
	[15, 'DATA_LOSS', 500],
	[16, 'UNAUTHENTICATED', 401],
];

export function canonicalFromHttp(http: number): string | undefined {
	return CODES.find((c) => c[2] === http)?.[1];
}

export function httpFromCanonical(name: string): number | undefined {
	return CODES.find((c) => c[1] === name)?.[2];
}

/** An Operation's `error.code` is the gRPC number. */
export function fromGrpc(code: number): {name: string; http: number} {
	const found = CODES.find((c) => c[0] === code) ?? CODES[1]!;
	return {name: found[1], http: found[2]};
}
