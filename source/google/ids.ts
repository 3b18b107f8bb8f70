/**
 * Validators for every value that reaches a URL or a command line. Each returns the value
 * (trimmed) or a message that names the bad value and the form it should have, e.g.
 *
 *   projectId('My Project') → {ok: false, message: 'Not a project ID: "My Project". A project ID is 6–30 …'}
 */
export type Checked<T extends string = string> = {ok: true; value: T} | {ok: false; message: string};

function checker(label: string, form: string, test: (v: string) => boolean) {
	return (input: string): Checked => {
		const value = String(input ?? '').trim();
		if (value !== '' && test(value)) return {ok: true, value};
		const shown = value === '' ? 'an empty value' : JSON.stringify(value);
		return {ok: false, message: `Not ${label}: ${shown}. ${form}`};
	};
}

const PROJECT_ID = /^[a-z][a-z0-9-]*[a-z0-9]$/;
export const projectId = checker(
	'a project ID',
	'A project ID is 6–30 characters: lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen (e.g. my-proj-123).',
	v => v.length >= 6 && v.length <= 30 && PROJECT_ID.test(v),
);

export const projectNumber = checker(
	'a project number',
	'A project number is digits only (e.g. 123456789012).',
	v => /^[1-9][0-9]{0,19}$/.test(v),
);

const REGION = /^[a-z]+-[a-z]+[0-9]+$/;
export const location = checker(
	'a location',
	'A location is `global`, `us`, `eu` or a region such as us-central1 or europe-west4.',
	v => v === 'global' || v === 'us' || v === 'eu' || REGION.test(v),
);

export const modelId = checker(
	'a model ID',
	'A model ID is lowercase letters, digits, dots, hyphens and @ (e.g. gemini-2.5-flash), without "..".',
	v => v.length <= 128 && /^[a-z0-9][a-z0-9.\-@]*$/.test(v) && !v.includes('..'),
);

// Deliberately narrower than RFC 5322: no quotes, spaces or shell metacharacters.
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
export const email = checker('an email address', 'Expected an address such as ana@example.com.', v => v.length <= 254 && EMAIL.test(v));

const MEMBER_KINDS = ['user', 'serviceAccount', 'group'] as const;
export const member = checker(
	'an IAM member',
	'An IAM member is user:EMAIL, serviceAccount:EMAIL or group:EMAIL (e.g. user:ana@example.com).',
	v => {
		const colon = v.indexOf(':');
		const kind = v.slice(0, colon) as (typeof MEMBER_KINDS)[number];
		return colon > 0 && MEMBER_KINDS.includes(kind) && email(v.slice(colon + 1)).ok && !/\s/.test(v);
	},
);

export const serviceName = checker(
	'a service name',
	'A service name looks like aiplatform.googleapis.com.',
	v => v.length <= 200 && /^[a-z0-9.-]+\.googleapis\.com$/.test(v) && !v.startsWith('.') && !v.includes('..'),
);

export const role = checker(
	'an IAM role',
	'A role looks like roles/aiplatform.user (or projects/PROJECT/roles/NAME for a custom role).',
	v => /^roles\/[A-Za-z0-9_.]+$/.test(v) || /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/roles\/[A-Za-z0-9_.]+$/.test(v),
);

/** The member for an email: service accounts get `serviceAccount:`, everyone else `user:`. */
export function memberFor(address: string): string {
	return address.endsWith('.gserviceaccount.com') ? `serviceAccount:${address}` : `user:${address}`;
}
