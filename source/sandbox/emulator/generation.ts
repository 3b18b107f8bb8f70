import {randomInt} from 'node:crypto';
import {newResponseId} from './ids.js';
import {rfc3339Micros} from './wire.js';

/** Small local types for Vertex `generateContent` (no @googleapis package for aiplatform is installed). */
export interface Part {
	text?: string;
	thought?: boolean;
	[k: string]: unknown;
}
export interface Content {
	role?: string;
	parts?: Part[];
}
export interface GenerateContentRequest {
	contents?: Content[];
	systemInstruction?: Content;
	generationConfig?: {maxOutputTokens?: number; thinkingConfig?: {thinkingBudget?: number}; [k: string]: unknown};
	[k: string]: unknown;
}
export interface ModalityTokenCount {
	modality: string;
	tokenCount: number;
}
export interface GenerateContentResponse {
	candidates: Array<{content: Content; finishReason?: string; avgLogprobs?: number}>;
	usageMetadata: {
		promptTokenCount: number;
		candidatesTokenCount?: number;
		totalTokenCount: number;
		trafficType: string;
		promptTokensDetails: ModalityTokenCount[];
		candidatesTokensDetails?: ModalityTokenCount[];
		thoughtsTokenCount?: number;
	};
	modelVersion: string;
	createTime: string;
	responseId: string;
}

/** About four characters per token, at least one. */
function tokens(text: string): number {
	return Math.max(1, Math.ceil(text.length / 4));
}

function promptText(req: GenerateContentRequest): string {
	const contents = [...(req.contents ?? []), ...(req.systemInstruction ? [req.systemInstruction] : [])];
	return contents.flatMap(c => c.parts ?? []).map(p => p.text ?? '').join('\n');
}

/** Thinking models spend some output budget on thoughts (flash-lite does not think by default). */
const THOUGHT_TOKENS = 21;

export function replyFor(model: string, req: GenerateContentRequest, now: number): GenerateContentResponse {
	const full = `Hello from ${model} on Vertex AI.`;
	const thinks = !model.includes('flash-lite') && req.generationConfig?.thinkingConfig?.thinkingBudget !== 0;
	const max = req.generationConfig?.maxOutputTokens;
	let thoughts = thinks ? THOUGHT_TOKENS : 0;
	let text = full;
	let finishReason = 'STOP';
	// Like the real service, thoughts count against maxOutputTokens: a tiny budget yields no text.
	if (max !== undefined && max > 0 && thoughts + tokens(full) > max) {
		finishReason = 'MAX_TOKENS';
		thoughts = Math.min(thoughts, max);
		text = full.slice(0, Math.max(0, (max - thoughts) * 4));
	}
	const prompt = tokens(promptText(req));
	const out = text ? tokens(text) : 0;
	return {
		candidates: [{content: text ? {role: 'model', parts: [{text}]} : {role: 'model'}, finishReason, ...(text ? {avgLogprobs: -0.0813} : {})}],
		usageMetadata: {
			promptTokenCount: prompt,
			...(out ? {candidatesTokenCount: out} : {}),
			totalTokenCount: prompt + out + thoughts,
			trafficType: 'ON_DEMAND',
			promptTokensDetails: [{modality: 'TEXT', tokenCount: prompt}],
			...(out ? {candidatesTokensDetails: [{modality: 'TEXT', tokenCount: out}]} : {}),
			...(thoughts ? {thoughtsTokenCount: thoughts} : {}),
		},
		modelVersion: model,
		createTime: rfc3339Micros(now, randomInt(1000)),
		responseId: newResponseId(),
	};
}

/** A request Vertex would refuse before generating anything. */
export function hasPrompt(req: GenerateContentRequest): boolean {
	return Array.isArray(req.contents) && req.contents.length > 0 && req.contents.every(c => Array.isArray(c.parts) && c.parts.length > 0);
}
