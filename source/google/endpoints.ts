/**
 * Every address the product talks to, in one value. Google's real endpoints are the default;
 * the sandbox and the tests swap the whole value, so no other module knows about the emulator.
 */
export interface Endpoints {
	/** OAuth 2.0 token endpoint (refresh-token and jwt-bearer grants). */
	tokenUrl: string;
	/** Root URLs of the REST APIs, each ending in '/'. */
	resourceManager: string;
	serviceUsage: string;
	billing: string;
	iam: string;
	/** Vertex AI root for a location: regional hosts, `global`, and the us/eu multi-regions. */
	vertex: (location: string) => string;
	/** The gcloud executable (a name looked up on PATH, or a path); null when there is none. */
	gcloud: string | null;
	/** Where people fix things by hand: the Cloud console. */
	console: string;
}

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

export const googleEndpoints: Endpoints = {
	tokenUrl: GOOGLE_TOKEN_URL,
	resourceManager: 'https://cloudresourcemanager.googleapis.com/',
	serviceUsage: 'https://serviceusage.googleapis.com/',
	billing: 'https://cloudbilling.googleapis.com/',
	iam: 'https://iam.googleapis.com/',
	vertex(location) {
		if (location === 'global') return 'https://aiplatform.googleapis.com/';
		if (location === 'us' || location === 'eu') return `https://aiplatform.${location}.rep.googleapis.com/`;
		return `https://${location}-aiplatform.googleapis.com/`;
	},
	gcloud: 'gcloud',
	console: 'https://console.cloud.google.com',
};

/**
 * Every Google API served from one root, as the sandbox emulator does (it routes on path shape).
 *
 *   endpointsAt('http://127.0.0.1:4000/').vertex('us-central1') → 'http://127.0.0.1:4000/'
 */
export function endpointsAt(root: string, gcloud: string | null = 'gcloud'): Endpoints {
	const base = root.endsWith('/') ? root : `${root}/`;
	return {
		tokenUrl: `${base}token`,
		resourceManager: base,
		serviceUsage: base,
		billing: base,
		iam: base,
		vertex: () => base,
		gcloud,
		console: googleEndpoints.console,
	};
}

/** The variables that point a shell's `vertex-setup` at an emulator (printed by `sandbox serve`). */
export const ENDPOINT_ENV = 'VERTEX_SETUP_ENDPOINT';
/** Path of the gcloud to use, or `none` to behave as if gcloud were not installed. */
export const GCLOUD_ENV = 'VERTEX_SETUP_GCLOUD';

export function endpointsFromEnv(env: NodeJS.ProcessEnv = process.env): Endpoints {
	const gcloudVar = env[GCLOUD_ENV];
	const gcloud = gcloudVar === undefined || gcloudVar === '' ? 'gcloud' : gcloudVar === 'none' ? null : gcloudVar;
	const root = env[ENDPOINT_ENV];
	if (root) {
		const url = new URL(root); // throws on garbage: cli.tsx turns that into a usage error
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${ENDPOINT_ENV} must be an http(s) URL`);
		return endpointsAt(url.toString(), gcloud);
	}
	return {...googleEndpoints, gcloud};
}
