import {GoogleApiError} from './errors.js';
import type {Checked} from './ids.js';

/**
 * The value a validator accepted, or a GoogleApiError (INVALID_ARGUMENT) carrying its message.
 * Adapters call this on every id before it is put into a URL, so a bad id never leaves the machine.
 *
 *   valid(projectId, 'My Project') → throws 'Not a project ID: "My Project". A project ID is …'
 */
export function valid(check: (input: string) => Checked, value: string): string {
	const result = check(value);
	if (!result.ok) throw new GoogleApiError({status: 'INVALID_ARGUMENT', message: result.message, metadata: {}, violations: [], raw: value});
	return result.value;
}
