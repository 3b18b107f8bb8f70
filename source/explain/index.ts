import {readFacts} from './facts.js';
import {fill} from './fill.js';
import {clean} from './input.js';
import {EMPTY, ENTRIES, UNKNOWN} from './kb/index.js';
import {bestMatch} from './match.js';
import type {Match} from './match.js';
import type {Diagnosis, Entry, Facts, Hints} from './types.js';
import {resolveValues} from './values.js';

export {renderDiagnosis} from './render.js';
export {CATEGORIES} from './types.js';
export type {Category, Diagnosis, Hints} from './types.js';

/** Confidence reported when nothing in the knowledge base fitted. */
export const UNKNOWN_CONFIDENCE = 0.1;

/**
 * Error text → cause and fix. Pure and synchronous; never throws. Hints (the project, region and
 * member the caller already knows) fill values the text does not name.
 *
 *   explain('403 Vertex AI API has not been used in project my-proj before or it is disabled. …')
 *   → {category: 'service_disabled', project: 'my-proj', service: 'aiplatform.googleapis.com',
 *      commands: ['gcloud services enable aiplatform.googleapis.com --project=my-proj'], …}
 */
export function explain(text: string, hints: Hints = {}): Diagnosis {
	const input = typeof text === 'string' ? text : String(text ?? '');
	const facts = readFacts(input.trim() ? input : '', hints ?? {});
	if (!input.trim()) return build(EMPTY, facts, null, UNKNOWN_CONFIDENCE);
	const match = bestMatch(facts, ENTRIES);
	return match ? build(match.entry, facts, match, match.score) : build(UNKNOWN, facts, null, UNKNOWN_CONFIDENCE);
}

function build(entry: Entry, facts: Facts, match: Match | null, confidence: number): Diagnosis {
	const {values, project, service, permission, location} = resolveValues(facts, match);
	const prose = (t: string) => tidy(fill(t, values, 'prose'));
	return {
		category: entry.category,
		confidence: Math.round(confidence * 100) / 100,
		service: clean(service),
		project: clean(project),
		permission: clean(permission),
		location: clean(location),
		model: clean(facts.model?.replace(/^.*\//, '')),
		summary: prose(entry.summary),
		why: prose(entry.why),
		steps: entry.steps.map(prose),
		commands: entry.commands.map((c) => fill(c, values, 'command')).filter((c) => c.trim() !== ''),
		wizardCommand: entry.wizard ? fill(entry.wizard, values, 'command') : null,
	};
}

/** Dropped segments can leave doubled spaces or a space before a full stop. */
function tidy(s: string): string {
	return s.replace(/ {2,}/g, ' ').replace(/ ([.,:;])/g, '$1');
}

/** `explain --json`: the diagnosis with null for what the text does not say; `fix` is the steps in order. */
export type ExplainJson = Pick<Diagnosis, 'category' | 'confidence' | 'service' | 'project' | 'permission' | 'location' | 'model' | 'summary' | 'commands'> & {fix: string};

/**
 * The `--json` shape. `fix` is every step joined into one string, in order.
 *
 *   {"category": "service_disabled", "confidence": 0.96, "service": "aiplatform.googleapis.com",
 *    "project": "my-proj", "permission": null, "location": null, "model": null,
 *    "summary": "…", "fix": "Enable … Wait …", "commands": ["gcloud services enable …"]}
 */
export function toJson(d: Diagnosis): ExplainJson {
	return {
		category: d.category,
		confidence: d.confidence,
		service: d.service,
		project: d.project,
		permission: d.permission,
		location: d.location,
		model: d.model,
		summary: d.summary,
		fix: d.steps.join(' '),
		commands: d.commands,
	};
}
