import type {Facts} from '../steps/context.js';

/** Who is who: the identities in play, and where they disagree. */
export interface Identities {
	gcloudAccount: string | null;
	adcPrincipal: string | null;
	adcSource: 'env' | 'well-known' | 'none' | null;
	adcPath: string | null;
	googleApplicationCredentials: string | null;
	apiKeyVariables: string[];
	googleCloudProject: string | null;
	googleCloudLocation: string | null;
	warnings: string[];
}

const API_KEY_VARIABLES = ['GOOGLE_API_KEY', 'GEMINI_API_KEY'];

export function identities(facts: Facts, env: NodeJS.ProcessEnv): Identities {
	const adcPrincipal = facts.adc?.principal ?? null;
	const gcloudAccount = facts.account ?? null;
	const project = facts.project?.projectId;
	const envProject = env.GOOGLE_CLOUD_PROJECT || null;
	const envLocation = env.GOOGLE_CLOUD_LOCATION || null;
	const apiKeyVariables = API_KEY_VARIABLES.filter((name) => env[name]);
	const warnings: string[] = [];
	// Email addresses are case-insensitive: Ana@Example.com and ana@example.com are one identity.
	if (adcPrincipal && gcloudAccount && adcPrincipal.toLowerCase() !== gcloudAccount.toLowerCase()) {
		warnings.push(`ADC runs as ${adcPrincipal} but gcloud runs as ${gcloudAccount}: your code and the admin commands act as different identities.`);
	}
	if (envProject && project && envProject !== project) {
		warnings.push(`GOOGLE_CLOUD_PROJECT is ${envProject} but the project set up here is ${project}: your code will call ${envProject}.`);
	}
	if (envLocation && facts.region && envLocation !== facts.region) {
		warnings.push(`GOOGLE_CLOUD_LOCATION is ${envLocation} but the smoke test used ${facts.region}.`);
	}
	for (const name of apiKeyVariables) {
		warnings.push(`${name} is set: Google's SDKs may use the API key (Gemini API) instead of Vertex AI. Unset it, or set GOOGLE_GENAI_USE_VERTEXAI=true.`);
	}
	return {
		gcloudAccount,
		adcPrincipal,
		adcSource: facts.adc?.source ?? null,
		adcPath: facts.adc?.path ?? null,
		googleApplicationCredentials: env.GOOGLE_APPLICATION_CREDENTIALS || null,
		apiKeyVariables,
		googleCloudProject: envProject,
		googleCloudLocation: envLocation,
		warnings,
	};
}
