/**
 * gcloud properties: a flag (`--project`, `--account`) beats `CLOUDSDK_<SECTION>_<NAME>`, which
 * beats the active configuration file under the config directory (§9.1 of the wire reference).
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {GcloudError} from './errors.js';
import {formatIni, parseIni, type IniSections} from './ini.js';

/** Sections and the properties the stand-in accepts in each ('*': any name, as for endpoints). */
const SECTIONS: Record<string, readonly string[] | '*'> = {
	accessibility: ['screen_reader'],
	ai: ['region'],
	api_endpoint_overrides: '*',
	auth: ['access_token_file', 'disable_credentials', 'impersonate_service_account', 'token_host'],
	billing: ['quota_project'],
	component_manager: ['disable_update_check'],
	compute: ['region', 'zone'],
	context_aware: ['use_client_certificate'],
	core: [
		'account', 'custom_ca_certs_file', 'default_format', 'disable_color', 'disable_prompts', 'disable_usage_reporting',
		'log_http', 'parse_error_details', 'project', 'universe_domain', 'user_output_enabled', 'verbosity',
	],
	metrics: ['environment'],
	survey: ['disable_prompts'],
};

export type PropertyMap = Record<string, Record<string, string>>;

export class Properties {
	constructor(
		readonly env: NodeJS.ProcessEnv,
		/** Values from command-line flags, keyed `section/name`. */
		readonly flags: Record<string, string | undefined> = {},
	) {}

	/** CLOUDSDK_CONFIG, else %APPDATA%\gcloud on Windows, else ~/.config/gcloud. */
	get configDir(): string {
		if (this.env.CLOUDSDK_CONFIG) return path.resolve(this.env.CLOUDSDK_CONFIG);
		if (process.platform === 'win32' && this.env.APPDATA) return path.join(this.env.APPDATA, 'gcloud');
		return path.join(this.env.HOME ?? '', '.config', 'gcloud');
	}

	get activeConfig(): string {
		if (this.env.CLOUDSDK_ACTIVE_CONFIG_NAME) return this.env.CLOUDSDK_ACTIVE_CONFIG_NAME;
		const file = path.join(this.configDir, 'active_config');
		const name = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
		return name || 'default';
	}

	get configFile(): string {
		return path.join(this.configDir, 'configurations', `config_${this.activeConfig}`);
	}

	get(section: string, name: string): string | undefined {
		const flag = this.flags[`${section}/${name}`];
		if (flag !== undefined) return flag;
		const fromEnv = this.env[envName(section, name)];
		if (fromEnv) return fromEnv;
		return this.readFile().get(section)?.get(name);
	}

	/** The environment variable overriding a property, when one is set (gcloud warns about it). */
	envOverride(section: string, name: string): string | undefined {
		const value = this.env[envName(section, name)];
		return value ? `${envName(section, name)}=${value}` : undefined;
	}

	set(section: string, name: string, value: string): void {
		const sections = this.readFile();
		const values = sections.get(section) ?? new Map<string, string>();
		values.set(name, value);
		sections.set(section, values);
		this.writeFile(sections);
	}

	unset(section: string, name: string): void {
		const sections = this.readFile();
		sections.get(section)?.delete(name);
		this.writeFile(sections);
	}

	/** Every property that has a value, as `config list` shows them: sections and names sorted. */
	all(): PropertyMap {
		const merged: PropertyMap = {};
		const put = (section: string, name: string, value: string) => ((merged[section] ??= {})[name] = value);
		for (const [section, values] of this.readFile()) for (const [name, value] of values) put(section, name, value);
		for (const [key, value] of Object.entries(this.env)) {
			const parsed = parseEnvName(key);
			if (parsed && value) put(parsed.section, parsed.name, value);
		}
		for (const [key, value] of Object.entries(this.flags)) {
			const [section, name] = key.split('/') as [string, string];
			if (value !== undefined) put(section, name, value);
		}
		const sorted: PropertyMap = {};
		for (const section of Object.keys(merged).sort()) {
			const values = merged[section] ?? {};
			sorted[section] = Object.fromEntries(Object.keys(values).sort().map((k) => [k, values[k] ?? '']));
		}
		return sorted;
	}

	readFile(): IniSections {
		const file = this.configFile;
		return existsSync(file) ? parseIni(readFileSync(file, 'utf8')) : new Map();
	}

	/** Creates the layout real gcloud creates: active_config (no newline), configurations/, a sentinel. */
	ensureLayout(): void {
		mkdirSync(path.join(this.configDir, 'configurations'), {recursive: true});
		const active = path.join(this.configDir, 'active_config');
		if (!existsSync(active)) writeFileSync(active, this.activeConfig);
	}

	private writeFile(sections: IniSections): void {
		this.ensureLayout();
		writeFileSync(this.configFile, formatIni(sections));
		// Its mtime tells config-helper's callers that the configuration changed.
		writeFileSync(path.join(this.configDir, 'config_sentinel'), '');
	}
}

function envName(section: string, name: string): string {
	return `CLOUDSDK_${section}_${name}`.toUpperCase();
}

function parseEnvName(key: string): {section: string; name: string} | undefined {
	if (!key.startsWith('CLOUDSDK_')) return undefined;
	const rest = key.slice('CLOUDSDK_'.length).toLowerCase();
	const section = Object.keys(SECTIONS)
		.filter((s) => rest.startsWith(`${s}_`))
		.sort((a, b) => b.length - a.length)[0];
	if (section === undefined) return undefined;
	const name = rest.slice(section.length + 1);
	return isKnown(section, name) ? {section, name} : undefined;
}

function isKnown(section: string, name: string): boolean {
	const names = SECTIONS[section];
	return names === '*' || (names !== undefined && names.includes(name));
}

/** `project` → core/project; `compute/region` as given. Unknown names fail as gcloud fails. */
export function parsePropertyName(input: string): {section: string; name: string} {
	const [section, name] = input.includes('/') ? (input.split('/', 2) as [string, string]) : ['core', input];
	if (SECTIONS[section] === undefined) throw new GcloudError(`Section "${section}" does not exist.`);
	if (!isKnown(section, name)) throw new GcloudError(`Section [${section}] has no property [${name}].`);
	return {section, name};
}
