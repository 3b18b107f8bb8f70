import type {Entry} from '../types.js';
import {CURL_VERTEX} from './client.js';
import {modelNotFound, previewOutsideGlobal, retiredModel} from './conditions.js';

const VERSIONS = 'https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions';
const MODEL_GARDEN = 'https://console.cloud.google.com/vertex-ai/model-garden?project={project}';

/** Calling a model: which model, where, how often. */
export const VERTEX_ENTRIES: readonly Entry[] = [
	{
		id: 'region-preview-model',
		category: 'region_unsupported',
		signals: [{weight: 0.96, when: (f) => previewOutsideGlobal(f) && modelNotFound(f), service: 'aiplatform.googleapis.com'}],
		summary: '{model} is not served in {location}: preview models are often offered only at location global.',
		why: 'Vertex says "Publisher Model … was not found" for a model that exists but not in the region you called. Preview and newly launched Gemini models usually come to the global endpoint (aiplatform.googleapis.com, locations/global) first, so the region is the problem, not the name.',
		steps: ['Call the model at location global (GOOGLE_CLOUD_LOCATION=global, or location: "global" in code).', 'Or use a stable model that {location} serves.'],
		commands: ['export GOOGLE_CLOUD_LOCATION=global', CURL_VERTEX.replace('{vertexHost}', 'aiplatform.googleapis.com').replace('{vertexLocation}', 'global')],
		wizard: 'vertex-setup⟦ --project {project}⟧ --region global⟦ --model {model}⟧',
	},
	{
		id: 'region-user-location',
		category: 'region_unsupported',
		signals: [{weight: 0.96, text: /User location is not supported for the API use/, service: 'generativelanguage.googleapis.com'}],
		summary: 'The Gemini API is not available from the country or region your request comes from.',
		why: 'The Gemini API (generativelanguage.googleapis.com, AI Studio keys) is restricted by the caller\'s IP location; proxies, VPN exits and hosting regions count. Gemini on Vertex AI is served from the Google Cloud location you choose instead.',
		steps: ['Call from a supported location, or route the traffic through one.', 'Or use Gemini on Vertex AI with your Google Cloud project; the wizard sets it up.'],
		commands: ['export GOOGLE_GENAI_USE_VERTEXAI=true', 'export GOOGLE_CLOUD_LOCATION=global'],
		wizard: 'vertex-setup⟦ --project {project}⟧',
	},
	{
		id: 'region-unsupported',
		category: 'region_unsupported',
		signals: [
			{
				weight: 0.85,
				text: /(?:is not|isn't) (?:available|supported|served|offered) in (?:this |the )?(?:region|location)|\b(?:Unsupported|Invalid) (?:region|location)\b|[Ll]ocation ['"`]?[a-z]{2,12}-[a-z]{2,12}\d{1,2}['"`]? is not (?:supported|available)/,
			},
		],
		summary: '⟦{model}||The model or feature⟧ is not offered in ⟦{location}||the location you used⟧.',
		why: 'Models and features roll out location by location; the global location usually has the widest choice.',
		steps: ['Use location global, or a region listed for the model on its model card.'],
		commands: ['export GOOGLE_CLOUD_LOCATION=global'],
		wizard: 'vertex-setup⟦ --project {project}⟧ --region global⟦ --model {model}⟧',
	},
	{
		id: 'model-partner-not-enabled',
		category: 'model_not_found',
		signals: [{weight: 0.93, text: /is not allowed to use Publisher Model/, service: 'aiplatform.googleapis.com'}],
		summary: '⟦Project {project}||The project⟧ has not enabled the partner model ⟦{model}||it called⟧ in Model Garden.',
		why: 'Third-party models on Vertex (Anthropic Claude, Llama, Mistral, …) must be enabled per project in Model Garden, accepting the provider\'s terms, and are offered in some regions only.',
		steps: ['Open the model\'s card in Model Garden and enable it for the project.', 'Call it in a region listed on the card.'],
		commands: [MODEL_GARDEN],
	},
	{
		id: 'model-wrong-publisher',
		category: 'model_not_found',
		signals: [{weight: 0.93, text: /publishers\/google\/models\/(?:claude|llama|mistral|codestral|jamba|meta-)/i, service: 'aiplatform.googleapis.com'}],
		summary: '{model} is not a Google model, but the request addressed it under publishers/google.',
		why: 'Vertex paths name the publisher: publishers/anthropic/models/claude-…, publishers/meta/models/llama-…. Under publishers/google the id does not exist, so every method on it fails.',
		steps: ['Use the path with the model\'s own publisher (for Claude: publishers/anthropic/models/{model}).', 'Enable the model for the project in Model Garden.'],
		commands: [MODEL_GARDEN],
	},
	{
		id: 'model-retired',
		category: 'model_not_found',
		signals: [{weight: 0.94, when: (f) => modelNotFound(f) && retiredModel(f)}],
		summary: 'Model {model} has been retired and no longer answers.',
		why: 'Google retires model versions on a published schedule; afterwards (and for projects that never used them, even earlier) requests get 404 NOT_FOUND although the id was once valid.',
		steps: [`Switch to a current model such as {suggestedModel}; current ids and retirement dates are at ${VERSIONS}`],
		commands: [CURL_VERTEX.replace('{vertexModel}', '{suggestedModel}')],
		wizard: 'vertex-setup⟦ --project {project}⟧ --model {suggestedModel}',
	},
	{
		id: 'model-not-found',
		category: 'model_not_found',
		signals: [
			{weight: 0.9, when: modelNotFound},
			{weight: 0.6, status: ['NOT_FOUND'], when: (f) => f.model !== null},
		],
		summary: 'Model ⟦{model}||you asked for⟧ is not available ⟦to project {project}⟧⟦ in {location}⟧.',
		why: 'Google answers 404 when the model id is misspelled or retired, when the model is not offered in that location, or when a new project may not use an old model, and it does not say which.',
		steps: [
			`Check the id against ${VERSIONS}`,
			'Try location global, where new and preview models appear first.',
			'Or switch to a current model such as {suggestedModel}.',
		],
		commands: [CURL_VERTEX.replace('{vertexHost}', 'aiplatform.googleapis.com').replace('{vertexLocation}', 'global')],
		wizard: 'vertex-setup⟦ --project {project}⟧ --region global⟦ --model {model}⟧',
	},
	{
		id: 'rate-limited',
		category: 'rate_limited',
		signals: [
			{weight: 0.93, text: /Quota exceeded for|Resource exhausted|rateLimitExceeded|RATE_LIMIT_EXCEEDED|Too Many Requests/i},
			{weight: 0.93, reason: ['RATE_LIMIT_EXCEEDED', 'rateLimitExceeded', 'RESOURCE_EXHAUSTED']},
			{weight: 0.88, status: ['RESOURCE_EXHAUSTED']},
			{weight: 0.88, http: [429]},
		],
		summary: 'Requests were refused for quota or capacity (429 RESOURCE_EXHAUSTED)⟦ on {model}⟧.',
		why: 'Vertex limits requests per minute per project, model and region, and shared capacity for a model can run short at busy times; both answer 429. The setup is fine: the same request usually works after a pause.',
		steps: [
			'Retry with exponential backoff (@google/genai: httpOptions.retryOptions; Python: google.api_core.retry).',
			'Use location global, which spreads load across regions.',
			'If it persists, check your quotas and request an increase, or buy Provisioned Throughput.',
		],
		commands: ['https://console.cloud.google.com/iam-admin/quotas?project={project}'],
	},
];
