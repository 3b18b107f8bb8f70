/** `gcloud services list | enable` against Service Usage v1 (§3.5). */
import type {Ctx} from '../context.js';
import {flag} from '../context.js';
import {GcloudError, RequiredProjectError, UsageError} from '../errors.js';
import {applyFilter} from '../format/filter.js';
import {getPath, renderList} from '../format/format.js';
import {callApi} from '../http.js';
import {pyRepr} from '../pyrepr.js';
import {authorize} from '../session.js';
import {limit, listedZero, sortBy} from './projects.js';

interface Operation {
	name: string;
	done?: boolean;
	error?: {code?: number; message?: string; details?: unknown[]};
}

function requireProject(ctx: Ctx): string {
	const project = ctx.props.get('core', 'project');
	if (!project) throw new RequiredProjectError();
	return encodeURIComponent(project);
}

/**
 *   NAME                       TITLE
 *   aiplatform.googleapis.com  Vertex AI API
 */
export async function servicesList(ctx: Ctx): Promise<void> {
	if (ctx.flags.has('enabled') && ctx.flags.has('available')) {
		throw new UsageError('argument --available: At most one of --available | --enabled can be specified.', true);
	}
	const project = requireProject(ctx);
	const auth = await authorize(ctx);
	const services: unknown[] = [];
	let pageToken: string | undefined;
	do {
		const page = await callApi<{services?: unknown[]; nextPageToken?: string}>(ctx, 'serviceusage', `v1/projects/${project}/services`, {
			...auth,
			query: {filter: ctx.flags.has('available') ? undefined : 'state:ENABLED', pageSize: flag(ctx, 'page-size') ?? '200', pageToken},
		});
		services.push(...(page.services ?? []));
		pageToken = page.nextPageToken || undefined;
	} while (pageToken);
	const shown = limit(ctx, sortBy(ctx, applyFilter(services, flag(ctx, 'filter'))));
	const text = (s: unknown, key: string) => String(getPath(s, key) ?? '');
	ctx.out(
		renderList(shown, ctx.format, {
			columns: [
				{label: 'NAME', get: (s) => text(s, 'config.name')},
				{label: 'TITLE', get: (s) => text(s, 'config.title')},
			],
			sortBy: (s) => text(s, 'config.name'),
		}),
	);
	listedZero(ctx, shown.length);
}

export async function servicesEnable(ctx: Ctx): Promise<void> {
	const project = requireProject(ctx);
	if (ctx.args.length === 0) throw new UsageError('argument SERVICE: Must be specified.', true);
	const auth = await authorize(ctx);
	const ids = ctx.args;
	const op =
		ids.length === 1
			? await callApi<Operation>(ctx, 'serviceusage', `v1/projects/${project}/services/${encodeURIComponent(ids[0] ?? '')}:enable`, {...auth, body: {}})
			: await callApi<Operation>(ctx, 'serviceusage', `v1/projects/${project}/services:batchEnable`, {...auth, body: {serviceIds: ids}});
	if (ctx.format.kind === 'json') ctx.out('[]\n');
	if (op.done) return;
	if (ctx.flags.has('async')) {
		ctx.err(`Asynchronous operation is in progress... Use the following command to wait for its completion:\n gcloud beta services operations wait ${op.name}\n`);
		return;
	}
	const done = await waitOperation(ctx, op.name, auth);
	if (done.error) {
		throw new GcloudError(
			`The operation "${done.name}" resulted in a failure "${done.error.message ?? ''}".\nDetails: "${pyRepr(done.error.details ?? [])}".`,
		);
	}
	ctx.err(`Operation "${done.name}" finished successfully.\n`);
}

/** gcloud polls after 2 s, ×1.1, up to 10 s apart; the sandbox polls sooner, with the same shape. */
async function waitOperation(ctx: Ctx, name: string, auth: {token: string; refresh: () => Promise<string>}): Promise<Operation> {
	const deadline = Date.now() + 30 * 60 * 1000;
	let delay = 100;
	while (Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, delay));
		const op = await callApi<Operation>(ctx, 'serviceusage', `v1/${name.split('/').map(encodeURIComponent).join('/')}`, auth);
		if (op.done) return op;
		delay = Math.min(delay * 1.1, 1000);
	}
	throw new GcloudError(`Timed out while waiting for operation ${name}. Note that the operation is still pending.`);
}
