import type {Profile} from '../flow/profile.js';
import type {Options} from '../steps/types.js';

const NAMES: Record<keyof Profile, string> = {project: 'project', region: 'region', model: 'model', apis: 'extra APIs', roles: 'extra roles', principalKind: 'principal kind'};
const FLAGS: Partial<Record<keyof Profile, keyof Options>> = {project: 'project', region: 'region', model: 'model', apis: 'apis'};

/**
 * Says that a team profile is in use and which of its answers count (a flag wins over it).
 *
 *   Using team profile /work/app/vertex-setup.json: project vertex-demo-123, region global (--region us-central1 wins over its region)
 */
export function profileLine(path: string, profile: Profile, options: Options): string {
	const used: string[] = [];
	const overridden: string[] = [];
	for (const key of Object.keys(NAMES) as (keyof Profile)[]) {
		const value = profile[key];
		if (value === undefined) continue;
		const flag = FLAGS[key];
		const given = flag ? options[flag] : undefined;
		if (given !== undefined) overridden.push(`--${flag} ${Array.isArray(given) ? given.join(',') : String(given)} wins over its ${NAMES[key]}`);
		else used.push(`${NAMES[key]} ${Array.isArray(value) ? value.join(', ') : value}`);
	}
	const tail = overridden.length > 0 ? ` (${overridden.join('; ')})` : '';
	return `Using team profile ${path}${used.length > 0 ? `: ${used.join(', ')}` : ''}${tail}`;
}
