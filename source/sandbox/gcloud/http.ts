/**
 * REST calls to the API roots from `CLOUDSDK_API_ENDPOINT_OVERRIDES_<API>`, with the bearer token
 * of the active account. gcloud adds `alt=json` and, for the command groups used here, sends no
 * `X-Goog-User-Project` header (projects, services and auth disable it).
 */
import type {Ctx} from './context.js';
import {GcloudError, NotConfiguredError} from './errors.js';
import {unreachable} from './oauth.js';
import {pyRepr} from './pyrepr.js';

/** apitools tries a 5xx answer five times in all (gcloud waits 2, 4, 8, 16 s; the sandbox far less). */
const ATTEMPTS = 5;
const FIRST_RETRY_MS = 50;

export type Api = 'cloudresourcemanager' | 'serviceusage' | 'cloudbilling' | 'iam' | 'aiplatform';

/** A non-2xx answer, kept whole so it can be printed the way gcloud prints it. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly url: string,
		readonly body: string,
	) {
		super(`HTTP ${status} from ${url}`);
	}
}

export function apiRoot(ctx: Ctx, api: Api): string {
	const root = ctx.props.get('api_endpoint_overrides', api);
	if (!root) throw new NotConfiguredError([`CLOUDSDK_API_ENDPOINT_OVERRIDES_${api.toUpperCase()}`]);
	return root.endsWith('/') ? root : `${root}/`;
}

export interface CallOptions {
	method?: 'GET' | 'POST';
	query?: Record<string, string | undefined>;
	body?: unknown;
	token: string;
	/** Gets a fresh token after a 401, as gcloud's transport refreshes and retries once. */
	refresh?: () => Promise<string>;
}

/** `path` has no leading slash, e.g. `v1/projects/my-proj:getIamPolicy`. */
export async function callApi<T>(ctx: Ctx, api: Api, path: string, opts: CallOptions): Promise<T> {
	const url = new URL(path, apiRoot(ctx, api));
	url.searchParams.set('alt', 'json');
	for (const [key, value] of Object.entries(opts.query ?? {})) if (value !== undefined) url.searchParams.set(key, value);
	const method = opts.method ?? (opts.body === undefined ? 'GET' : 'POST');
	let token = opts.token;
	let refreshed = false;
	for (let attempt = 1; ; attempt++) {
		const response = await send(ctx, url, method, {...opts, token});
		const text = await response.text();
		if (response.ok) return (text ? JSON.parse(text) : {}) as T;
		if (response.status === 401 && opts.refresh && !refreshed) {
			refreshed = true;
			token = await opts.refresh();
			continue;
		}
		if (response.status < 500) throw new HttpError(response.status, url.toString(), text);
		if (attempt === ATTEMPTS) throw exhausted(url, response, text);
		await new Promise((resolve) => setTimeout(resolve, FIRST_RETRY_MS * 2 ** (attempt - 1)));
	}
}

async function send(ctx: Ctx, url: URL, method: string, opts: CallOptions): Promise<Response> {
	try {
		return await fetch(url, {
			method,
			headers: {
				authorization: `Bearer ${opts.token}`,
				'user-agent': `google-cloud-sdk gcloud/528.0.0 command/${ctx.command} vertex-setup-sandbox`,
				...(opts.body === undefined ? {} : {'content-type': 'application/json'}),
			},
			body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
		});
	} catch (error) {
		throw unreachable(url.origin, error);
	}
}

/** What gcloud prints when apitools gives up on a 5xx (the header dict is Python's repr). */
function exhausted(url: URL, response: Response, text: string): GcloudError {
	const headers = `{${[...response.headers].map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).concat(`'status': ${response.status}`).join(', ')}}`;
	return new GcloudError(
		`HttpError accessing <${url.toString()}>: response: <${headers}>, content <${text}>\n` +
			'This may be due to network connectivity issues. Please check your network settings, and the status of the service you are trying to reach.',
	);
}
