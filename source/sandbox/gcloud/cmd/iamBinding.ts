/**
 * `gcloud projects add-iam-policy-binding P --member=M --role=R [--condition=…]`: getIamPolicy
 * (version 3), add the member, setIamPolicy with the etag read and version 3, no update mask.
 * A 409 is not retried, as gcloud does not retry it.
 */
import type {Ctx} from '../context.js';
import {flag} from '../context.js';
import {GcloudError, UsageError} from '../errors.js';
import {renderOne} from '../format/format.js';
import {callApi} from '../http.js';
import {authorize} from '../session.js';
import {asGcloudPolicy} from './etag.js';
import {requireProjectArg} from './projects.js';

interface Expr {
	expression?: string;
	title?: string;
	description?: string;
}
interface Binding {
	role: string;
	members: string[];
	condition?: Expr;
}
interface Policy {
	bindings?: Binding[];
	etag?: string;
	version?: number;
	[field: string]: unknown;
}

const CONDITION_FORMAT =
	'Invalid value for [--condition]: condition must be either `None` or a list of key=value pairs. If not `None`, `expression` and `title` are required keys.\n' +
	'Example: --condition=expression=[expression],title=[title],description=[description]';

export async function addIamPolicyBinding(ctx: Ctx): Promise<void> {
	const project = requireProjectArg(ctx, 'PROJECT_ID');
	const member = flag(ctx, 'member');
	const role = flag(ctx, 'role');
	const missing = [member === undefined ? '--member' : '', role === undefined ? '--role' : ''].filter(Boolean);
	if (missing.length > 0 || member === undefined || role === undefined) {
		throw new UsageError(`argument ${missing.join(' ')}: Must be specified.`, true);
	}
	const condition = parseCondition(flag(ctx, 'condition'));
	if (condition && ['roles/editor', 'roles/owner', 'roles/viewer'].includes(role)) {
		throw new GcloudError('Binding with a condition and a basic role is not allowed. Basic roles are `roles/editor`, `roles/owner`, and `roles/viewer`.');
	}
	const auth = await authorize(ctx);
	const policy = asGcloudPolicy(
		await callApi<Policy>(ctx, 'cloudresourcemanager', `v1/projects/${project}:getIamPolicy`, {...auth, body: {options: {requestedPolicyVersion: 3}}}),
	);
	const bindings = policy.bindings ?? [];
	const hasConditions = bindings.some((b) => b.condition);
	if (hasConditions && condition === undefined) {
		throw new GcloudError(
			'Adding a binding without specifying a condition to a policy containing conditions is prohibited in non-interactive mode. Run the command again with `--condition=None`',
		);
	}
	if (!hasConditions && condition) {
		ctx.err('WARNING: Adding binding with condition to a policy without condition will change the behavior of add-iam-policy-binding and remove-iam-policy-binding commands.\n');
	}
	addBinding(bindings, member, role, condition ?? null);
	const updated = await callApi<Policy>(ctx, 'cloudresourcemanager', `v1/projects/${project}:setIamPolicy`, {
		...auth,
		body: {policy: {...policy, bindings, version: 3}},
	});
	ctx.err(`Updated IAM policy for project [${ctx.args[0]}].\n`);
	ctx.out(renderOne(asGcloudPolicy(updated), ctx.format));
}

function addBinding(bindings: Binding[], member: string, role: string, condition: Expr | null): void {
	const same = (c: Expr | undefined) =>
		(c === undefined && condition === null) ||
		(c !== undefined && condition !== null && c.expression === condition.expression && c.title === condition.title && c.description === condition.description);
	const existing = bindings.find((b) => b.role === role && same(b.condition));
	if (existing) {
		if (!existing.members.includes(member)) existing.members.push(member);
		return;
	}
	bindings.push({members: [member], role, ...(condition ? {condition} : {})});
}

/**
 * `None`, or `expression=…,title=…[,description=…]`; `^:^` at the start picks another delimiter.
 * Returns undefined when the flag is absent, null for `None`.
 */
export function parseCondition(value: string | undefined): Expr | null | undefined {
	if (value === undefined) return undefined;
	let delimiter = ',';
	let rest = value;
	const custom = /^\^(.+?)\^/.exec(value);
	if (custom) {
		delimiter = custom[1] ?? ',';
		rest = value.slice(custom[0].length);
	}
	const pairs = rest.split(delimiter).filter((p) => p !== '');
	const entries = new Map<string, string | undefined>();
	for (const pair of pairs) {
		const eq = pair.indexOf('=');
		entries.set(eq === -1 ? pair : pair.slice(0, eq), eq === -1 ? undefined : pair.slice(eq + 1));
	}
	const known = ['expression', 'title', 'description', 'None'];
	if ([...entries.keys()].some((k) => !known.includes(k))) throw new GcloudError(CONDITION_FORMAT);
	if (entries.has('None')) {
		if (entries.size > 1) throw new GcloudError(CONDITION_FORMAT);
		return null;
	}
	const expression = entries.get('expression');
	const title = entries.get('title');
	if (!expression || !title) throw new GcloudError(CONDITION_FORMAT);
	const description = entries.get('description');
	return {expression, title, ...(description ? {description} : {})};
}
