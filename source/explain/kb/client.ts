import type {Entry} from '../types.js';

const GEMINI_API = 'generativelanguage.googleapis.com';
export const CURL_VERTEX =
	'curl -X POST -H "Authorization: Bearer $(gcloud auth print-access-token)" -H "Content-Type: application/json" https://{vertexHost}/v1/projects/{project}/locations/{vertexLocation}/publishers/google/models/{vertexModel}:generateContent -d \'{"contents":[{"role":"user","parts":[{"text":"Say hello"}]}]}\'';

/** The local toolchain and the way the client talks to Google: gcloud, API keys, the network. */
export const CLIENT_ENTRIES: readonly Entry[] = [
	{
		id: 'gcloud-missing',
		category: 'gcloud_missing',
		signals: [
			{weight: 0.96, text: /gcloud(?:\.cmd)?: (?:command )?not found|spawn gcloud(?:\.cmd)? ENOENT|'gcloud' is not recognized as an internal or external command/},
			{weight: 0.95, text: /Can't find gcloud in PATH|"gcloud(?:\.cmd)?": executable file not found|No such file or directory: '?gcloud'?/i},
		],
		summary: 'The gcloud CLI is not installed, or not on the PATH of the program that ran it.',
		why: 'The shell or program could not find a gcloud executable. Under sudo the PATH is reset (secure_path), so a gcloud installed in your home directory disappears; on Windows the executable is gcloud.cmd, which Node finds only through a shell.',
		steps: [
			'Install the Google Cloud CLI: https://cloud.google.com/sdk/docs/install',
			'Open a new terminal (or add the SDK\'s bin directory to PATH) and check that gcloud runs.',
			'Run the tool as your own user, not under sudo.',
		],
		commands: ['which gcloud', 'gcloud version'],
		wizard: 'vertex-setup',
	},
	{
		id: 'vertex-rejects-api-key',
		category: 'api_key_misuse',
		signals: [{weight: 0.96, text: /API keys are not supported by this API/, service: 'aiplatform.googleapis.com'}],
		summary: 'Vertex AI does not accept an API key on this endpoint; it wants an OAuth access token.',
		why: 'Calls to projects/…/locations/… on aiplatform.googleapis.com must carry "Authorization: Bearer <token>" from Application Default Credentials or a service account. API keys work with the Gemini API (generativelanguage.googleapis.com) and Vertex express mode only; anything sent as ?key= or x-goog-api-key, even a valid token, is treated as a key and refused.',
		steps: [
			'Drop the API key and authenticate with Application Default Credentials.',
			'With @google/genai or the Python SDK, set vertexai: true with a project and location and no apiKey.',
			'With curl, send a token in the Authorization header.',
		],
		commands: ['gcloud auth application-default login', CURL_VERTEX],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'gemini-api-without-key',
		category: 'api_key_misuse',
		signals: [
			{weight: 0.93, reason: ['ACCESS_TOKEN_SCOPE_INSUFFICIENT'], when: (f) => f.service === GEMINI_API},
			{weight: 0.93, text: /insufficient authentication scopes/i, when: (f) => f.service === GEMINI_API},
			{weight: 0.9, text: /Method doesn't allow unregistered callers/, service: GEMINI_API},
		],
		summary: 'The Gemini API call went out without an API key, so the library fell back to Google credentials that this API does not accept.',
		why: 'generativelanguage.googleapis.com (the Gemini API) expects an API key. When the key is empty (an unset variable, or the key passed where a variable name was expected) the library sends your Google credentials instead. To use Google credentials, call Gemini through Vertex AI.',
		steps: [
			'Pass the API key itself, and check that the variable you read it from is set.',
			'Or switch the client to Vertex AI (vertexai: true with a project and location), which uses Application Default Credentials; the wizard sets that up.',
		],
		commands: ['test -n "$GEMINI_API_KEY" && echo set || echo empty', 'export GOOGLE_GENAI_USE_VERTEXAI=true'],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'api-key-invalid',
		category: 'api_key_misuse',
		signals: [
			{weight: 0.95, reason: ['API_KEY_INVALID', 'API_KEY_SERVICE_BLOCKED', 'API_KEY_HTTP_REFERRER_BLOCKED', 'API_KEY_IP_ADDRESS_BLOCKED']},
			{weight: 0.93, text: /API key not valid|API key expired|Requests from this [^\n]{0,40}are blocked/i},
		],
		summary: 'The API key was refused: it is empty, mistyped, expired, or restricted from this API.',
		why: 'An API key must belong to a project where the API is enabled, and its restrictions (APIs, referrers, IP addresses) must allow the call.',
		steps: [
			'Check the key and its restrictions in the console (APIs & Services → Credentials) or in AI Studio.',
			'Or use Vertex AI with Application Default Credentials instead of a key; the wizard sets that up.',
		],
		commands: ['gcloud services api-keys list --project={project}'],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'tls-intercepted',
		category: 'network',
		signals: [
			{
				weight: 0.93,
				text: /CERTIFICATE_VERIFY_FAILED|unable to get local issuer certificate|SELF_SIGNED_CERT_IN_CHAIN|self[- ]signed certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED|\bSSLError\b/i,
			},
		],
		summary: 'A TLS certificate check failed: something between you and Google (a corporate proxy or antivirus) presents its own certificate.',
		why: 'Google\'s certificates chain to public roots. "unable to get local issuer certificate" or "self-signed certificate in chain" means the connection was intercepted and this runtime does not trust the interceptor\'s root certificate.',
		steps: [
			'Get your organization\'s root CA certificate as a PEM file.',
			'Point each runtime at it: NODE_EXTRA_CA_CERTS for Node, REQUESTS_CA_BUNDLE for Python, core/custom_ca_certs_file for gcloud.',
			'Do not turn certificate checks off.',
		],
		commands: [
			'export NODE_EXTRA_CA_CERTS=/path/to/corporate-root.pem',
			'export REQUESTS_CA_BUNDLE=/path/to/corporate-root.pem',
			'gcloud config set core/custom_ca_certs_file /path/to/corporate-root.pem',
		],
	},
	{
		id: 'connection-failed',
		category: 'network',
		signals: [
			{
				weight: 0.88,
				text: /\b(?:ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b|getaddrinfo|failed to connect to all addresses|Name or service not known|nodename nor servname|Temporary failure in name resolution|socket hang up|Connection reset by peer|Network is unreachable|Failed to establish a new connection|ProxyError|tunneling socket/i,
			},
			{weight: 0.7, exception: /^(?:TransportError|ConnectionError|FetchError)$/},
			{weight: 0.6, text: /Max retries exceeded|timed out|\btimeout\b/i},
			{weight: 0.5, status: ['UNAVAILABLE', 'DEADLINE_EXCEEDED']},
			{weight: 0.45, http: [502, 503, 504]},
		],
		summary: 'The request never reached Google: the connection⟦ to {host}⟧ failed (DNS, firewall, proxy or VPN).',
		why: 'Connection errors happen before Google checks anything, so credentials and project settings are not the cause. gRPC clients ignore some proxy settings that HTTP clients honour.',
		steps: [
			'Check that ⟦{host}||Google\'s servers⟧ can be reached from this machine.',
			'Behind a proxy, set HTTPS_PROXY (and grpc_proxy for gRPC clients) for the process.',
			'Retry: short outages happen.',
		],
		commands: ['curl -sSI https://⟦{host}||aiplatform.googleapis.com⟧/'],
	},
];
