import {invalidArgument} from './errors.js';
import {decodePageToken, encodePageToken} from './wire.js';

export interface PageRequest {
	pageSize?: string | null;
	pageToken?: string | null;
}

/**
 * One page of `items`. A missing or zero page size means the default; larger sizes are
 * capped at `max` (the server may return fewer than asked, which clients must handle), or
 * refused with 400 when the API documents the limit as one that "cannot be exceeded".
 */
export function page<T>(items: T[], req: PageRequest, defaultSize: number, max: number, strictMax = false): {items: T[]; nextPageToken?: string} {
	const asked = req.pageSize ? Number(req.pageSize) : 0;
	if (!Number.isInteger(asked) || asked < 0) throw invalidArgument(`Invalid page size: ${req.pageSize}.`);
	if (strictMax && asked > max) throw invalidArgument(`Requested page size ${asked} exceeds the maximum of ${max}.`);
	const size = Math.min(asked || defaultSize, max);
	let offset = 0;
	if (req.pageToken) {
		const decoded = decodePageToken(req.pageToken);
		if (decoded === undefined) throw invalidArgument('Invalid page token.');
		offset = decoded;
	}
	const slice = items.slice(offset, offset + size);
	const next = offset + size < items.length ? encodePageToken(offset + size) : undefined;
	return {items: slice, ...(next ? {nextPageToken: next} : {})};
}
