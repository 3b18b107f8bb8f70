/**
 * An API error as gcloud 528 prints it (api_lib/util/exceptions.py HttpException, §8.6):
 *
 *   [alice@example.com] does not have permission to access projects instance [p] (or it may not exist): <message> This command is authenticated as …
 *   <LocalizedMessage text>
 *   <Help link description>
 *   <Help link url>
 *   - '@type': type.googleapis.com/google.rpc.ErrorInfo
 *     …
 */
import {toYaml} from './format/yaml.js';
import type {HttpError} from './http.js';

type Detail = Record<string, unknown> & {'@type'?: string};

/** gcloud's note on 401/403/404 about which credential made the call. */
export function accountInfo(account: string | undefined): string {
	return `This command is authenticated as ${account ?? 'None'} which is the active account specified by the [core/account] property.`;
}

/** `rawDetails`: every detail as YAML, the `{message}{details?\n{?}}` form some warnings use. */
export function renderHttpError(
	error: HttpError,
	account: string | undefined,
	info = accountInfo(account),
	opts: {rawDetails?: boolean} = {},
): string {
	let payload: {code?: number; message?: string; status?: string; details?: Detail[]} | undefined;
	try {
		payload = (JSON.parse(error.body) as {error?: typeof payload}).error;
	} catch {
		payload = undefined;
	}
	if (!payload || typeof payload !== 'object') return `HTTPError ${error.status}: ${error.body}`;

	let statusMessage = payload.message ?? '';
	if ([401, 403, 404].includes(error.status) && statusMessage) {
		statusMessage = statusMessage.endsWith('.') ? `${statusMessage} ${info}` : `${statusMessage}. ${info.slice(0, -1)}`;
	}
	const description = describe(error, account, payload.status);
	let text = statusMessage ? `${description}: ${statusMessage}` : description;

	const details = Array.isArray(payload.details) ? payload.details : [];
	if (opts.rawDetails) return details.length > 0 ? `${text}\n${toYaml(details).trim()}` : text;
	const typeOf = (d: Detail) => String(d['@type'] ?? '').split('.').pop();
	const localized = details.filter((d) => typeOf(d) === 'LocalizedMessage').map((d) => String(d.message ?? ''));
	if (localized.length > 0) text += `\n${localized.join('\n')}`;
	const links = details
		.filter((d) => typeOf(d) === 'Help')
		.flatMap((d) => (Array.isArray(d.links) ? (d.links as Record<string, unknown>[]) : []))
		.flatMap((link) => Object.keys(link).sort().map((k) => String(link[k])));
	if (links.length > 0) text += `\n${links.join('\n')}`;
	const rest = details.filter((d) => !['LocalizedMessage', 'Help'].includes(typeOf(d) ?? ''));
	if (rest.length > 0) text += `\n${toYaml(rest).trim()}`;
	return text;
}

/** The part before the colon: a resource-aware phrase for 403/404/409, else the status name. */
function describe(error: HttpError, account: string | undefined, status: string | undefined): string {
	const resource = resourceOf(error.url);
	if (resource) {
		const item = `${resource.name} instance`;
		if (error.status === 403) {
			return `[${account ?? 'None'}] does not have permission to access ${item} [${resource.instance}] (or it may not exist)`;
		}
		if (error.status === 404) return `${capitalize(item)} [${resource.instance}] not found`;
		if (error.status === 409) {
			return resource.name === 'projects'
				? `Resource in projects [${resource.instance}] is the subject of a conflict`
				: `${capitalize(item)} [${resource.instance}] is the subject of a conflict`;
		}
	}
	const name = status ? status.replace(/\.$/, '') : '';
	return name || `HTTPError ${error.status}`;
}

/** `…/v1/projects/p:setIamPolicy?alt=json` → projects, `p:setIamPolicy` (two or three path parts only). */
function resourceOf(url: string): {name: string; instance: string} | undefined {
	const tokens = url.replace(/^https?:\/\//, '').replace(/^\/+|\/+$/g, '').split('/');
	const versionIndex = tokens.findIndex((t) => ['alpha', 'beta', 'v1', 'v2', 'v3', 'v4', 'dogfood', 'head'].some((v) => t.includes(v)));
	if (versionIndex === -1) return undefined;
	const parts = tokens.slice(versionIndex + 1).join('/').split('/');
	if (!(parts.length > 1 && parts.length < 4)) return undefined;
	return {name: parts[0] ?? '', instance: (parts[1] ?? '').split('?')[0] ?? ''};
}

/** Python's str.capitalize: first letter upper, the rest lower. */
function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}
