import {clean} from './input.js';
import {PLACEHOLDER} from './validate.js';

/** A template value: as the text spelled it (for prose) and whether it may enter a command. */
export interface Value {
	raw: string | null;
	safe: boolean;
}
export type Values = Record<string, Value>;

const VAR = /\{([a-zA-Z]+)(?:\|([^{}]*))?\}/g;
const SEGMENT = /⟦([^⟦⟧]*)⟧/g;

/**
 * Fills a knowledge-base template.
 *
 *   fill('gcloud services enable {service} --project={project}', v, 'command')
 *     → 'gcloud services enable aiplatform.googleapis.com --project=my-proj'
 *   fill('in ⟦project {project}||your project⟧', v, 'prose') → 'in project my-proj' or 'in your project'
 *
 * In a command, a value that is unknown or fails validation becomes its placeholder (PROJECT_ID);
 * in prose it becomes the `|fallback`, or the placeholder. A `⟦…⟧` segment is kept only when
 * all of its values are usable, else its `||` alternative (or nothing) is used.
 */
export function fill(template: string, values: Values, mode: 'prose' | 'command'): string {
	const usable = (name: string) => {
		const v = values[name];
		return !!v?.raw && (mode === 'prose' || v.safe);
	};
	const withSegments = template.replace(SEGMENT, (_, body: string) => {
		const [main = '', alternative = ''] = body.split('||');
		const names = [...main.matchAll(VAR)].map((m) => m[1] ?? '');
		return names.every(usable) ? main : alternative;
	});
	return withSegments.replace(VAR, (_, name: string, fallback: string | undefined) => {
		if (usable(name)) return mode === 'prose' ? (clean(values[name]?.raw) ?? '') : (values[name]?.raw ?? '');
		if (mode === 'prose' && fallback !== undefined) return fallback;
		return PLACEHOLDER[name] ?? name.toUpperCase();
	});
}
