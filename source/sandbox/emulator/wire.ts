/**
 * Proto3 JSON mapping: default values are not sent. Removes `undefined`, `null`, `""`, `false`,
 * `0` and empty lists, recursively; keeps empty objects (a set but empty message is `{}`).
 *
 *   compact({a: [], b: false, c: {d: ''}, e: 'x'}) → {c: {}, e: 'x'}
 */
export function compact<T>(value: T): T {
	if (Array.isArray(value)) return value.map(v => compact(v)) as T;
	if (value === null || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
		if (v === undefined || v === null || v === '' || v === false || v === 0) continue;
		if (Array.isArray(v) && v.length === 0) continue;
		out[k] = compact(v);
	}
	return out as T;
}

/** RFC 3339 UTC with milliseconds, e.g. `2026-06-08T21:06:36.761Z`. */
export function rfc3339(ms: number): string {
	return new Date(ms).toISOString();
}

/** RFC 3339 UTC with whole seconds, e.g. `2022-04-20T10:39:55Z` (service-account key times). */
export function rfc3339Seconds(ms: number): string {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** RFC 3339 UTC with microseconds, e.g. `2026-06-08T21:06:36.761061Z` (Vertex `createTime`). */
export function rfc3339Micros(ms: number, micros = 0): string {
	return new Date(ms).toISOString().replace('Z', `${String(micros % 1000).padStart(3, '0')}Z`);
}

/** Opaque page tokens: base64url of the offset into the filtered list. */
export function encodePageToken(offset: number): string {
	return Buffer.from(JSON.stringify({o: offset})).toString('base64url');
}

export function decodePageToken(token: string): number | undefined {
	try {
		const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {o?: unknown};
		return typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0 ? parsed.o : undefined;
	} catch {
		return undefined;
	}
}
