/** `gcloud config …`: get-value, set, unset, list and config-helper (which google-auth-library runs). */
import path from 'node:path';
import type {Ctx} from '../context.js';
import {GcloudError} from '../errors.js';
import {renderOne, toJson} from '../format/format.js';
import {parsePropertyName} from '../properties.js';
import {isoSeconds, session} from '../session.js';
import {checkProjectForConfigSet, validateProjectValue} from './configProject.js';

export async function configGetValue(ctx: Ctx): Promise<void> {
	const {section, name} = parsePropertyName(ctx.args[0] ?? '');
	const value = ctx.props.get(section, name);
	if (value === undefined) {
		if (ctx.format.kind === 'json') ctx.out('[]\n');
		ctx.err('(unset)\n');
		return;
	}
	ctx.out(ctx.format.kind === 'json' ? toJson(value) : `${value}\n`);
}

export async function configSet(ctx: Ctx): Promise<void> {
	const [property = '', value = ''] = ctx.args;
	const {section, name} = parsePropertyName(property);
	if (section === 'core' && name === 'project') {
		// gcloud warns first and validates the value only when it persists it.
		await checkProjectForConfigSet(ctx, value);
		validateProjectValue(value);
	}
	const override = ctx.props.envOverride(section, name);
	if (override) ctx.err(`WARNING: Property [${name}] is overridden by environment setting [${override}]\n`);
	ctx.props.set(section, name, value);
	ctx.err(`Updated property [${section}/${name}].\n`);
}

export async function configUnset(ctx: Ctx): Promise<void> {
	const {section, name} = parsePropertyName(ctx.args[0] ?? '');
	ctx.props.unset(section, name);
	ctx.err(`Unset property [${section}/${name}].\n`);
}

/**
 *   [core]
 *   account = alice@example.com
 *   project = my-proj-123
 */
export async function configList(ctx: Ctx): Promise<void> {
	const all = ctx.props.all();
	if (ctx.format.kind !== 'default') {
		ctx.out(renderOne(all, ctx.format));
		return;
	}
	let text = '';
	for (const [section, values] of Object.entries(all)) {
		text += `[${section}]\n`;
		for (const [key, value] of Object.entries(values)) text += `${key} = ${value}\n`;
	}
	ctx.out(text);
	ctx.err(`\nYour active configuration is: [${ctx.props.activeConfig}]\n`);
}

/** The shape google-auth-library parses for `configuration.properties.core.project` (§5.6). */
export async function configHelper(ctx: Ctx): Promise<void> {
	if (ctx.flags.has('force-auth-refresh') && ctx.flags.has('min-expiry')) {
		throw new GcloudError('argument --force-auth-refresh: At most one of --force-auth-refresh | --min-expiry can be specified.');
	}
	const current = await session(ctx, undefined, {forceRefresh: ctx.flags.has('force-auth-refresh')});
	const result = {
		configuration: {active_configuration: ctx.props.activeConfig, properties: ctx.props.all()},
		credential: {access_token: current.token, id_token: current.idToken, token_expiry: isoSeconds(current.expiry)},
		sentinels: {config_sentinel: path.join(ctx.props.configDir, 'config_sentinel')},
	};
	ctx.out(renderOne(result, ctx.format));
}
