import type {Values} from './types.js';

/**
 * Values named in an error text: projects, permission, location, model, member, constraint.
 * Structured metadata wins over wording. Each list is ordered most specific first; the first
 * pattern that matches decides. Values stay as spelled (a redacted `PROJECT_ID` included);
 * validation happens only where a value would enter a command.
 */
type Patterns = readonly RegExp[];

const PROJECT = `((?:[a-z][a-z0-9.-]{0,40}:)?[^\\s'"\`,;()\\[\\]]{1,100})`;

/** The project a request was charged to. */
const CONSUMER: Patterns = [
	new RegExp(`has not been used in project ${PROJECT} before`),
	new RegExp(`(?:enable billing on|billing (?:is not enabled |account )?for) project #?['"\`]?${PROJECT}?['"\`]?(?=[\\s.]|$)`, 'i'),
	new RegExp(`Project ${PROJECT} \\(#\\d+\\) has billing disabled`),
	new RegExp(`(?:API|enable the API) for project ${PROJECT} \\(#\\d+\\)`),
	/overview\?project=([^\s&"'<>]{1,100})/,
];

/** The project the call was about (its resource path, or named as its target). */
const RESOURCE: Patterns = [
	new RegExp(`projects instance \\[${PROJECT}\\]`),
	// CONSUMER_INVALID names the project as given, spaces included ("My First Project").
	/on resource project ([^\n]{1,100}?)\.(?=\s|$|["'])/,
	new RegExp(`(?:on resource|to use|Invalid value for) project:? ${PROJECT}`),
	/not the project name \[([^\]\n]{1,100})\]/,
	new RegExp(`Project ['"\`](?:projects/)?${PROJECT}['"\`] (?:was )?not found`),
	/\/\/[a-z0-9.-]{1,60}\.googleapis\.com\/projects\/([^/\s'"`]{1,100})/,
	/\bprojects\/([^/\s'"`,;()]{1,100})\/(?:locations|serviceAccounts|roles|services|global|zones|regions|billingInfo)\b/,
	/googleapis\.com\/v\d[a-z0-9]{0,8}\/projects\/([^/\s'"`?:]{1,100})/,
	/Cannot add the project "([^"\n]{1,100})"/,
	// Last: "… for project my-proj-123." in free wording; only an ID-shaped word counts here.
	/\b(?:for|on) project ['"`]?([a-z][a-z0-9-]{4,28}[a-z0-9])(?=[\s,;)'"`]|\.(?:\s|$)|$)/,
];

const PERMISSION: Patterns = [
	/Permission ['"`]([a-z][A-Za-z0-9]{1,40}(?:\.[A-Za-z0-9]{1,60}){2,3})['"`] denied/,
	/['"`]?\b([a-z][A-Za-z0-9]{1,40}(?:\.[A-Za-z0-9]{1,60}){2,3})['"`]? permission\b/,
	/\bpermission(?:s)?:? ['"`(]?([a-z][A-Za-z0-9]{1,40}(?:\.[A-Za-z0-9]{1,60}){2,3})\b/i,
];

const LOCATION: Patterns = [
	/\blocations\/([a-z][a-z0-9-]{1,39})\b/,
	/https?:\/\/([a-z]{2,12}-[a-z]{2,12}\d{1,2})-aiplatform\.googleapis\.com/,
	/aiplatform\.(us|eu)\.rep\.googleapis\.com/,
	/\blocation[=:] ?['"]?([a-z]{2,12}-[a-z]{2,12}\d{1,2})\b/i,
];

const MODEL: Patterns = [
	/publishers\/[a-z0-9-]{1,40}\/models\/([A-Za-z0-9._@-]{1,100})/,
	/\bmodels\/([A-Za-z0-9._@-]{1,100})/,
	/base model:? ([A-Za-z0-9._@-]{1,100})/,
];

const MEMBER: Patterns = [
	/authenticated as ([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}[a-z])/,
	/\[([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190})\] does not have permission/,
	/\b(?:principal|member|caller)[:=]? ['"[]?((?:user|serviceAccount|group):)?([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}[a-z])/i,
];

export const CONSTRAINT = /\b(constraints\/[A-Za-z0-9_.]{3,100})/;
const ROLE = /\b(roles\/[A-Za-z][A-Za-z0-9._]{2,80}[A-Za-z])/;

function first(text: string, patterns: Patterns): string | null {
	for (const re of patterns) {
		const m = re.exec(text);
		// A value never spans the NUL that separates the parts of the read text.
		if (m) return ((m[2] ? `${m[1] ?? ''}${m[2]}` : m[1]) ?? '').split('\u0000')[0] || null;
	}
	return null;
}

/** Drops trailing punctuation, and gcloud's `[my-proj:setIamPolicy]` method suffix. */
function trimEnd(v: string | null): string | null {
	return v === null ? null : v.replace(/[.,:;]+$/, '').replace(/:[a-z]+[A-Z][A-Za-z]*$/, '');
}

function stripProjects(v: string | undefined): string | null {
	return v ? v.replace(/^projects\//, '') : null;
}


export function extractValues(text: string, meta: Record<string, string>): Values {
	const consumer = stripProjects(meta.consumer) ?? meta.containerInfo ?? meta.project ?? trimEnd(first(text, CONSUMER));
	return {
		consumer,
		resource: trimEnd(first(text, RESOURCE)) ?? resourceFromMeta(meta.resource),
		permission: meta.permission ?? first(text, PERMISSION),
		role: first(text, [ROLE]),
		location: first(text, LOCATION),
		model: trimEnd(first(text, MODEL)),
		member: first(text, MEMBER),
		constraint: first(text, [CONSTRAINT]),
	};
}

function resourceFromMeta(resource: string | undefined): string | null {
	const m = resource ? /(?:^|\/)projects\/([^/]{1,100})/.exec(resource) : null;
	return m?.[1] ?? null;
}
