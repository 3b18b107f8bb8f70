import type {TextForms} from './textforms.js';

/** The causes `explain` knows. `other` means none of them fitted well enough. */
export const CATEGORIES = [
	'service_disabled',
	'permission_denied',
	'billing_disabled',
	'adc_missing',
	'reauth_required',
	'quota_project',
	'model_not_found',
	'region_unsupported',
	'rate_limited',
	'project_not_found',
	'org_policy',
	'key_file_invalid',
	'gcloud_missing',
	'gcloud_no_account',
	'api_key_misuse',
	'network',
	'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the caller already knows; fills values the error text lacks. */
export interface Hints {
	project?: string;
	region?: string;
	/** `user:EMAIL`, `serviceAccount:EMAIL`, or a bare email. */
	member?: string;
}

export interface Diagnosis {
	category: Category;
	/** 0..1: how sure the match is. `other` with nothing recognised is 0.1. */
	confidence: number;
	service: string | null;
	project: string | null;
	permission: string | null;
	location: string | null;
	model: string | null;
	/** The cause in one sentence. */
	summary: string;
	why: string;
	steps: string[];
	/** Copy-pasteable, values filled in or clear placeholders (PROJECT_ID). */
	commands: string[];
	/** The vertex-setup invocation that carries out the fix, when the wizard can. */
	wizardCommand: string | null;
}

/**
 * Everything read from an error text, structure first (JSON, protobuf text, gcloud YAML), words
 * second. Values are raw (as the text spelled them); validation happens when filling commands.
 */
export interface Facts extends Values, TextForms {
	/** The text that patterns run on: the input (capped, unescaped) plus decoded nested messages. */
	text: string;
	service: string | null;
	serviceTitle: string | null;
	/** What the caller knows (the runner's project, region and member). */
	hints: Hints;
}

/** The values an error names, as the text spelled them. */
export interface Values {
	/** The project a request was charged to (ErrorInfo consumer, "has not been used in project X"). */
	consumer: string | null;
	/** The project in a resource path or named as the target of the call. */
	resource: string | null;
	permission: string | null;
	role: string | null;
	location: string | null;
	model: string | null;
	member: string | null;
	constraint: string | null;
}

/**
 * A condition on the facts. Every field given must hold (AND); an entry matches when any of its
 * signals does, and scores the best matching weight.
 */
export interface Signal {
	weight: number;
	text?: RegExp;
	reason?: readonly string[];
	status?: readonly string[];
	http?: readonly number[];
	exception?: RegExp;
	/** Against `error: description` of an RFC 6749 body. */
	oauth?: RegExp;
	/** Against the gcloud command path (`auth.application-default.login`). */
	gcloud?: RegExp;
	when?: (f: Facts) => boolean;
	/** A service the matched wording implies when the text names none. */
	service?: string;
	/** Likewise a permission ("Permission denied to enable service" → serviceusage.services.enable). */
	permission?: string;
}

/**
 * One cause in the knowledge base. Templates take {project} {consumer} {service} {api}
 * {permission} {role} {member} {memberEmail} {location} {model} {suggestedModel} {constraint}
 * {host} {vertexHost} {vertexLocation} {vertexModel} (see fill.ts and values.ts):
 * `{name|fallback}` gives prose for an unknown value, `⟦ … || … ⟧` keeps a segment only when
 * its values are known. In commands an unknown or invalid value becomes a placeholder such as
 * PROJECT_ID, never the raw text.
 */
export interface Entry {
	id: string;
	category: Category;
	signals: readonly Signal[];
	/** Vetoes the entry even when a signal matched. */
	unless?: (f: Facts) => boolean;
	/** Which project the fix is about, in order of preference. Default: resource, then consumer. */
	projectFrom?: readonly ('resource' | 'consumer')[];
	summary: string;
	why: string;
	steps: readonly string[];
	commands: readonly string[];
	wizard?: string;
}
