/**
 * The `--format` flag: json, yaml, value(...), none, or the command's default (a table for
 * lists, YAML for single resources), printed the way gcloud prints them.
 */
import {GcloudError} from '../errors.js';
import {renderTable, type TableSpec} from './table.js';
import {toYaml} from './yaml.js';

export type Format = {kind: 'default'} | {kind: 'json'} | {kind: 'yaml'} | {kind: 'none'} | {kind: 'value'; keys: string[]};

export function parseFormat(flag: string | undefined): Format {
	if (flag === undefined || flag === '' || flag === 'default') return {kind: 'default'};
	const name = flag.trim();
	if (name === 'json' || name === 'yaml' || name === 'none') return {kind: name};
	const value = /^value(?:\[[^\]]*\])?\((.*)\)$/s.exec(name);
	if (value) return {kind: 'value', keys: (value[1] ?? '').split(',').map((k) => k.trim()).filter(Boolean)};
	const base = /^[a-z]+/.exec(name)?.[0] ?? '';
	if (!GCLOUD_FORMATS.includes(base)) {
		throw new GcloudError(
			`Format must be one of ${GCLOUD_FORMATS.join(', ')}; received [${flag}].\n\nFor information on output formats:\n  $ gcloud topic formats`,
		);
	}
	throw new GcloudError(`The vertex-setup sandbox gcloud does not support --format=${flag}; it supports json, yaml, value(...) and none.`);
}

const GCLOUD_FORMATS = ['config', 'csv', 'default', 'diff', 'disable', 'flattened', 'get', 'json', 'list', 'multi', 'none', 'object', 'table', 'text', 'value', 'yaml'];

/** gcloud prints JSON with sorted keys and two-space indentation (Python json.dumps). */
export function toJson(value: unknown): string {
	return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (typeof value === 'object' && value !== null) {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
		return out;
	}
	return value;
}

/** A dotted key (`config.name`) read from a resource; missing parts give ''. */
export function getPath(resource: unknown, key: string): unknown {
	let current: unknown = resource;
	for (const part of key.split('.')) {
		if (typeof current !== 'object' || current === null) return undefined;
		current = (current as Record<string, unknown>)[part];
	}
	return current;
}

function valueText(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (Array.isArray(value)) return value.map(valueText).join(';');
	if (typeof value === 'object') return JSON.stringify(sortKeys(value));
	return String(value);
}

function valueLine(resource: unknown, keys: string[]): string {
	return `${keys.map((k) => valueText(getPath(resource, k))).join('\t')}\n`;
}

/** A list printed in `format`; `table` is the command's default. Returns the stdout text. */
export function renderList(items: unknown[], format: Format, table: TableSpec): string {
	switch (format.kind) {
		case 'json':
			return toJson(items);
		case 'yaml':
			return items.map((item) => `---\n${toYaml(item)}`).join('');
		case 'value':
			return items.map((item) => valueLine(item, format.keys)).join('');
		case 'none':
			return '';
		default:
			return renderTable(items, table);
	}
}

/** One resource printed in `format`; YAML is the default, as for describe commands. */
export function renderOne(item: unknown, format: Format): string {
	switch (format.kind) {
		case 'json':
			return toJson(item);
		case 'value':
			return valueLine(item, format.keys);
		case 'none':
			return '';
		default:
			return toYaml(item);
	}
}
