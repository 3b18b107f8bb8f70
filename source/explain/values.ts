import type {Values} from './fill.js';
import type {Match} from './match.js';
import {roleForPermission, SUGGESTED_MODEL, TITLE_BY_SERVICE} from './services.js';
import type {Facts} from './types.js';
import {isPlaceholder, normalizeMember, VALID} from './validate.js';

export interface Resolved {
	values: Values;
	/** The project the diagnosis reports: the one the fix is about, else any the text named. */
	project: string | null;
	service: string | null;
	permission: string | null;
	location: string | null;
}

// A redaction such as `gemini-xxxxxx` may pass a pattern, but is never a value to run a command with.
const v = (raw: string | null | undefined, ok: (s: string) => boolean) => ({raw: raw ?? null, safe: !!raw && ok(raw) && !isPlaceholder(raw)});

/** The values an entry's templates are filled with: text first, then the caller's hints. */
export function resolveValues(f: Facts, m: Match | null): Resolved {
	const from = m?.entry.projectFrom ?? ['resource', 'consumer'];
	const fixProject = from.map((k) => f[k]).find((p) => !!p) ?? f.hints.project ?? null;
	const service = f.service ?? m?.implied.service ?? null;
	const permission = f.permission ?? m?.implied.permission ?? null;
	const location = f.location ?? f.hints.region ?? null;
	const member = normalizeMember(f.member ?? f.hints.member);
	const role = f.role ?? roleForPermission(permission) ?? 'roles/aiplatform.user';
	const title = f.serviceTitle ?? (service ? TITLE_BY_SERVICE[service] : undefined) ?? null;
	const api = title && service ? `${title} (${service})` : (title ?? service);
	const constraint = f.constraint?.replace(/^constraints\//, '') ?? null;
	const vertexLocation = location && VALID.location(location) ? location : 'global';
	const model = f.model?.replace(/^.*\//, '') ?? null;
	const values: Values = {
		project: v(fixProject, VALID.project),
		consumer: v(f.consumer, VALID.project),
		service: v(service, VALID.service),
		api: v(api, () => false),
		permission: v(permission, VALID.permission),
		role: v(role, VALID.role),
		member: v(member, VALID.member),
		memberEmail: v(member?.replace(/^[a-zA-Z]+:/, ''), VALID.email),
		location: v(location, VALID.location),
		model: v(model, VALID.model),
		suggestedModel: v(SUGGESTED_MODEL, VALID.model),
		constraint: v(constraint, (s) => /^[A-Za-z0-9_.]{3,100}$/.test(s)),
		host: v(service, VALID.service),
		vertexHost: v(vertexHost(vertexLocation), () => true),
		vertexLocation: v(vertexLocation, () => true),
		vertexModel: v(model && VALID.model(model) ? model : SUGGESTED_MODEL, () => true),
	};
	return {values, project: fixProject ?? f.consumer ?? f.resource, service, permission, location};
}

/** The Vertex host for a location (reference §6.1). */
function vertexHost(location: string): string {
	if (location === 'global') return 'aiplatform.googleapis.com';
	if (location === 'us' || location === 'eu') return `aiplatform.${location}.rep.googleapis.com`;
	return `${location}-aiplatform.googleapis.com`;
}
