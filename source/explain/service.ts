import {SERVICE_BY_GCLOUD_GROUP, SERVICE_BY_PERMISSION_PREFIX, SERVICE_BY_TITLE} from './services.js';

const HOST = /^[a-z][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){1,4}$/;
const TITLE_BEFORE = /((?:[A-Za-z(][A-Za-z0-9()&-]{0,40} ){0,7}(?:API|Engine)) has not been used/;
const TITLE_ENABLED = /make sure (?:that )?((?:[A-Za-z(][A-Za-z0-9()&-]{0,40} ){0,7}API) is enabled/;

/**
 * The Google service an error is about, most explicit source first: ErrorInfo metadata, the
 * activation URL, a permission name, a resource or request URL, the API's title, the gcloud
 * command group, and last the word "Vertex".
 */
export function findService(
	text: string,
	meta: Record<string, string>,
	permission: string | null,
	gcloudCommand: string | null,
): {service: string | null; title: string | null} {
	const title = meta.serviceTitle ?? titleIn(text);
	const candidates = [
		meta.service,
		meta.services?.split(',')[0],
		/\/apis\/api\/([a-z0-9.-]{1,100}\.googleapis\.com)\//.exec(text)?.[1],
		/activated the ([a-z0-9.-]{1,100}\.googleapis\.com) API/.exec(text)?.[1],
		/service(?:\(s\))? ['"`[]([a-z0-9.-]{1,100}\.googleapis\.com)/.exec(text)?.[1],
		permission ? fromPermission(permission) : undefined,
		/\/\/([a-z0-9-]{1,60}\.googleapis\.com)\//.exec(text)?.[1],
		/\bhost='([a-z0-9.-]{1,100}\.(?:googleapis|google)\.com)'/.exec(text)?.[1],
		fromUrl(text),
		title ? SERVICE_BY_TITLE[title.toLowerCase()] : undefined,
		gcloudCommand ? SERVICE_BY_GCLOUD_GROUP[gcloudCommand.split('.')[0] ?? ''] : undefined,
		/publishers\/[a-z0-9-]{1,40}\/models\//.test(text) ? 'aiplatform.googleapis.com' : undefined,
		// The Gemini API's own wording: "models/gemini-pro is not found for API version v1beta".
		/is not found for API version v\d/.test(text) ? 'generativelanguage.googleapis.com' : undefined,
		/\bvertex(?![-_ ]setup)/i.test(text) ? 'aiplatform.googleapis.com' : undefined,
	];
	const service = candidates.map(regionless).find((c): c is string => typeof c === 'string' && HOST.test(c)) ?? null;
	return {service, title};
}

function titleIn(text: string): string | null {
	const m = TITLE_BEFORE.exec(near(text, ' has not been used')) ?? TITLE_ENABLED.exec(near(text, 'make sure'));
	if (!m?.[1]) return null;
	// "Error 403: Cloud Resource Manager API": keep the longest tail that is a known title.
	const words = m[1].split(' ');
	for (let i = 0; i < words.length; i++) {
		const tail = words.slice(i).join(' ');
		if (SERVICE_BY_TITLE[tail.toLowerCase()]) return tail;
	}
	return m[1];
}

/** `us-central1-aiplatform.googleapis.com`, `aiplatform.eu.rep.googleapis.com` → aiplatform.googleapis.com. */
function regionless(host: string | undefined): string | undefined {
	return host?.replace(/^[a-z]{2,12}-[a-z]{2,12}\d{1,2}-(?=[a-z])/, '').replace(/\.(?:us|eu)\.rep\.googleapis\.com$/, '.googleapis.com');
}

/** The few hundred characters around a phrase: title patterns scan only there. */
function near(text: string, phrase: string): string {
	const at = text.indexOf(phrase);
	return at < 0 ? '' : text.slice(Math.max(0, at - 300), at + 300);
}

function fromPermission(permission: string): string {
	const prefix = permission.split('.')[0] ?? '';
	return SERVICE_BY_PERMISSION_PREFIX[prefix] ?? `${prefix}.googleapis.com`;
}

/** `https://us-central1-aiplatform.googleapis.com/…` → aiplatform.googleapis.com. */
function fromUrl(text: string): string | undefined {
	const m = /https?:\/\/([a-z][a-z0-9-]{1,60})\.(?:(?:us|eu)\.rep\.)?googleapis\.com/.exec(text);
	if (!m?.[1] || m[1] === 'www') return undefined;
	return `${m[1]}.googleapis.com`;
}
