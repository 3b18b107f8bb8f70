import {GoogleError} from './errors.js';
import type {GenerateContentResponse} from './generation.js';
import type {Principal} from './permissions.js';
import {RawBody} from './route.js';
import type {EmulatorState} from './state.js';
import {type GenerateArgs, generateContent} from './vertex.js';

/** Two chunks: the first half of the text, then the rest with finishReason and full usage. */
function chunks(full: GenerateContentResponse): GenerateContentResponse[] {
	const candidate = full.candidates[0];
	const text = candidate?.content.parts?.[0]?.text;
	if (!candidate || !text || text.length < 2) return [full];
	const cut = Math.ceil(text.length / 2);
	const {promptTokenCount, trafficType, promptTokensDetails} = full.usageMetadata;
	const first: GenerateContentResponse = {
		...full,
		candidates: [{content: {role: 'model', parts: [{text: text.slice(0, cut)}]}}],
		usageMetadata: {promptTokenCount, totalTokenCount: promptTokenCount, trafficType, promptTokensDetails},
	};
	const last: GenerateContentResponse = {...full, candidates: [{...candidate, content: {role: 'model', parts: [{text: text.slice(cut)}]}}]};
	return [first, last];
}

/**
 * `:streamGenerateContent`. With `alt=sse`: server-sent events (`data: {json}`), errors as a
 * plain JSON error. Without it: one JSON array of chunks, errors as `[{"error": …}]` (§7.2).
 */
export function streamGenerateContent(state: EmulatorState, who: Principal, now: number, args: GenerateArgs, sse: boolean): unknown {
	let full: GenerateContentResponse;
	try {
		full = generateContent(state, who, now, args);
	} catch (error) {
		if (!sse && error instanceof GoogleError) throw new GoogleError(error.httpStatus, [error.body], error.headers);
		throw error;
	}
	const parts = chunks(full);
	if (!sse) return parts;
	return new RawBody(parts.map(c => `data: ${JSON.stringify(c)}\r\n\r\n`).join(''), 'text/event-stream');
}
