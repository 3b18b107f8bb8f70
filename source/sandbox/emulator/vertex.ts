import {billingDisabled, serviceDisabled} from './authErrors.js';
import {serviceTitle} from './catalog.js';
import {type GoogleError, iamDenied, invalidArgument, rpcError} from './errors.js';
import {type GenerateContentRequest, type GenerateContentResponse, hasPrompt, replyFor} from './generation.js';
import {type Principal, canSee, holds} from './permissions.js';
import {isPropagated} from './services.js';
import {type EmulatorState, findProject} from './state.js';

export const AIPLATFORM = 'aiplatform.googleapis.com';
const PREDICT = 'aiplatform.endpoints.predict';

export interface GenerateArgs {
	/** The project as written in the path: an ID or a number. */
	project: string;
	location: string;
	model: string;
	/** `x-goog-user-project`, when the client sent one. */
	quotaProject?: string;
	body: GenerateContentRequest;
}

function modelNotFound(resource: string): GoogleError {
	return rpcError(
		404,
		`Publisher Model \`${resource}\` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions`,
	);
}

/**
 * `…/publishers/google/models/{m}:generateContent`, checked in the order Google answers:
 * project visible → quota project has the API enabled (and propagated) → billing → the caller
 * holds aiplatform.endpoints.predict (grant propagated) → model served there → request valid.
 */
export function generateContent(state: EmulatorState, who: Principal, now: number, args: GenerateArgs): GenerateContentResponse {
	const resource = `projects/${args.project}/locations/${args.location}/publishers/google/models/${args.model}`;
	const project = findProject(state, args.project);
	if (!canSee(project, who, now)) throw iamDenied(PREDICT, AIPLATFORM, resource);
	const quotaRef = args.quotaProject ?? args.project;
	const quota = findProject(state, quotaRef);
	if (!quota || !isPropagated(quota, AIPLATFORM, now, state.propagationMs)) {
		throw serviceDisabled(AIPLATFORM, serviceTitle(AIPLATFORM), quotaRef);
	}
	if (!project.billingAccount) throw billingDisabled(AIPLATFORM, project.projectNumber);
	if (!holds(project, who, PREDICT, now, {propagationMs: state.propagationMs})) throw iamDenied(PREDICT, AIPLATFORM, resource);
	if (!(state.models[args.location] ?? []).includes(args.model)) throw modelNotFound(resource);
	if (!hasPrompt(args.body)) {
		throw invalidArgument(
			'Unable to submit request because it must include at least one parts field, which describes the prompt input. Learn more: https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/gemini',
		);
	}
	return replyFor(args.model, args.body, now);
}

/** Local shape of the fields of Vertex `PublisherModel` the sandbox fills in. */
export interface PublisherModel {
	name: string;
	versionId: string;
	openSourceCategory: string;
	launchStage: string;
	versionState: string;
	publisherModelTemplate: string;
}

/** `GET /v1/publishers/google/models/{m}`: known when some location serves it. */
export function getPublisherModel(state: EmulatorState, model: string): PublisherModel {
	const served = Object.values(state.models).some(list => list.includes(model));
	if (!served) throw rpcError(404, `Publisher Model \`publishers/google/models/${model}\` not found.`);
	const preview = model.includes('preview');
	return {
		name: `publishers/google/models/${model}`,
		versionId: 'default',
		openSourceCategory: 'PROPRIETARY',
		launchStage: preview ? 'PUBLIC_PREVIEW' : 'GA',
		versionState: preview ? 'VERSION_STATE_UNSTABLE' : 'VERSION_STATE_STABLE',
		publisherModelTemplate: `projects/{project}/locations/{location}/publishers/google/models/${model}`,
	};
}
