import type {AuthClient} from 'google-auth-library';
import type {Endpoints} from './endpoints.js';
import {toProblem, type Problem} from './errors.js';
import {location as locationId, modelId, projectId} from './ids.js';
import {valid} from './validate.js';

export interface GenerateRequest {
	project: string;
	location: string;
	model: string;
	prompt: string;
	apiVersion?: 'v1';
	signal?: AbortSignal;
}

/** The parts of a GenerateContentResponse the smoke test reads (no per-API package exists). */
interface GenerateContentResponse {
	candidates?: {content?: {parts?: {text?: string; thought?: boolean}[]}; finishReason?: string}[];
	promptFeedback?: {blockReason?: string; blockReasonMessage?: string};
	modelVersion?: string;
}

export type GenerateResult =
	| {ok: true; text: string; modelVersion?: string; finishReason?: string; latencyMs: number}
	| {ok: false; problem: Problem; latencyMs: number};

/**
 * One non-streaming generateContent call as whoever `auth` is (the smoke test passes ADC).
 * A failure is a result, not an exception: the caller decides whether to wait, fall back or explain.
 * google-auth-library adds x-goog-user-project from the ADC file itself; we add nothing.
 */
export async function generateContent(auth: AuthClient, endpoints: Endpoints, req: GenerateRequest): Promise<GenerateResult> {
	const started = performance.now();
	const elapsed = () => Math.round(performance.now() - started);
	try {
		const url = vertexUrl(endpoints, req);
		const res = await auth.request<GenerateContentResponse>({
			url,
			method: 'POST',
			data: {contents: [{role: 'user', parts: [{text: req.prompt}]}]},
			signal: req.signal,
		});
		const body = res.data ?? {};
		const candidate = body.candidates?.[0];
		const text = (candidate?.content?.parts ?? []).filter((p) => !p.thought && p.text).map((p) => p.text).join('').trim();
		const blocked = body.promptFeedback?.blockReason;
		return {
			ok: true,
			text: text || (blocked ? `(prompt blocked: ${blocked})` : ''),
			modelVersion: body.modelVersion,
			finishReason: candidate?.finishReason,
			latencyMs: elapsed(),
		};
	} catch (error) {
		return {ok: false, problem: toProblem(error), latencyMs: elapsed()};
	}
}

/** endpoints.vertex(location) + v1/projects/{p}/locations/{l}/publishers/google/models/{m}:generateContent */
export function vertexUrl(endpoints: Endpoints, req: Pick<GenerateRequest, 'project' | 'location' | 'model' | 'apiVersion'>): string {
	const project = valid(projectId, req.project);
	const location = valid(locationId, req.location);
	const model = valid(modelId, req.model);
	return `${endpoints.vertex(location)}${req.apiVersion ?? 'v1'}/projects/${project}/locations/${location}/publishers/google/models/${model}:generateContent`;
}
