/**
 * Which Gemini model and region the smoke test tries. Model ids come and go (reference §7.4):
 * probe in this order and treat a 404 as "not served here", never as a broken setup.
 */
export const MODEL_CANDIDATES = ['gemini-3.1-flash-lite', 'gemini-2.5-flash'] as const;

export const DEFAULT_REGION = 'global';
export const REGION_CHOICES = ['global', 'us-central1', 'europe-west4', 'asia-northeast1'] as const;

/** Families Google has retired on Vertex: requests for them only ever answer 404. */
const RETIRED = [/^gemini-1\.0-/, /^gemini-1\.5-/, /^gemini-pro(-vision)?$/, /^gemini-2\.0-flash(-lite)?-001$/, /^gemini-3-pro-preview$/];

export function isRetired(model: string): boolean {
	return RETIRED.some((pattern) => pattern.test(model));
}

/** The models to try, in order: the one asked for (unless retired), then the candidates. */
export function modelsToTry(requested?: string): string[] {
	const first = requested && !isRetired(requested) ? [requested] : [];
	return [...new Set([...first, ...MODEL_CANDIDATES])];
}

/** The regions to try: the chosen one, then one fallback that serves the most models. */
export function regionsToTry(chosen: string): string[] {
	return [...new Set([chosen, chosen === 'global' ? 'us-central1' : 'global'])];
}
