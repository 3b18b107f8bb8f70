import {GCLOUD_CLIENT_PROJECTS, RETIRED_MODEL_PREFIXES} from '../services.js';
import type {Facts} from '../types.js';
import {isPlaceholder, looksLikeDisplayName} from '../validate.js';

/**
 * Conditions the knowledge base reuses. Each reads structure (projects, models, locations) rather
 * than wording, which is how a misleading keyword gets turned around.
 */

/**
 * The API was checked in a project other than the one the call was about: the quota project
 * (ADC `quota_project_id`, `x-goog-user-project`) points elsewhere. Only compared when both
 * are the same kind of name: an ID against a number could be the same project.
 */
export function consumerDiffers(f: Facts): boolean {
	const consumer = f.consumer;
	const target = f.resource ?? f.hints.project ?? null;
	if (!consumer || !target || consumer === target || isPlaceholder(consumer) || isPlaceholder(target)) return false;
	return /^\d+$/.test(consumer) === /^\d+$/.test(target);
}

/** The call was charged to one of gcloud's own OAuth client projects: no quota project was set. */
export function gcloudClientConsumer(f: Facts): boolean {
	return (f.consumer !== null && GCLOUD_CLIENT_PROJECTS.has(f.consumer)) || /\bcloudsdktool\b/.test(f.text);
}

export function projectIsDisplayName(f: Facts): boolean {
	return looksLikeDisplayName(f.resource) || looksLikeDisplayName(f.consumer);
}

/** Preview and experimental models are often served only at `global` (reference §7.4). */
export function previewOutsideGlobal(f: Facts): boolean {
	return !!f.model && /preview|-exp\b|experimental/i.test(f.model) && !!f.location && f.location !== 'global';
}

export function retiredModel(f: Facts): boolean {
	const model = f.model?.replace(/^.*\//, '') ?? '';
	return RETIRED_MODEL_PREFIXES.some((p) => model.startsWith(p));
}

/** The wording Vertex and the Gemini API use when a model id does not resolve. */
export const MODEL_NOT_FOUND = /Publisher Model `[^`\n]{1,300}` (?:was )?not found|models\/[A-Za-z0-9._@-]{1,100} is not found for API version|\bmodel\b[^\n]{0,80}\b(?:was not found|not found|does not exist)/i;

export function modelNotFound(f: Facts): boolean {
	return MODEL_NOT_FOUND.test(f.text);
}

/** gcloud itself runs as a Compute Engine default service account: this is a Google Cloud VM. */
export function onGoogleVm(f: Facts): boolean {
	return /\b\d{6,20}-compute@developer\.gserviceaccount\.com\b/.test(f.text);
}
