import {extractValues} from './extract.js';
import {capInput, unescapeQuoted} from './input.js';
import {findService} from './service.js';
import {readTextForms} from './textforms.js';
import type {Facts, Hints} from './types.js';
import {readStructure} from './walk.js';

/**
 * Reads an error text into facts: JSON structure first (google.rpc.Status, nested bodies, OAuth
 * errors), then the other structured renderings, then values from the wording.
 */
export function readFacts(input: string, hints: Hints = {}): Facts {
	const capped = capInput(input);
	const structured = readStructure(capped);
	// Patterns read the text as pasted, its unescaped form, and every message decoded from JSON.
	// Parts are joined by NUL + newline: NUL is not a value terminator, so a value cut off at the
	// end of one part is not taken as complete (input NULs were stripped by capInput).
	const unescaped = unescapeQuoted(capped);
	const text = [capped, unescaped === capped ? '' : unescaped, ...structured.messages].filter(Boolean).join('\u0000\n');
	const forms = readTextForms(text);
	const meta = {...forms.meta, ...structured.meta};
	const values = extractValues(text, meta);
	const {service, title} = findService(text, meta, values.permission, forms.gcloudCommand);
	return {
		text,
		http: unique([...structured.http, ...forms.http]),
		statuses: unique([...structured.statuses, ...forms.statuses]),
		reasons: unique([...structured.reasons, ...forms.reasons]),
		meta,
		oauth: structured.oauth ?? forms.oauth,
		gcloudCommand: forms.gcloudCommand,
		exceptions: unique(forms.exceptions),
		service,
		serviceTitle: title,
		...values,
		hints,
	};
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}
