/**
 * gcloud-style argument parsing: flags may appear anywhere (`--flag=value`, `--flag value`),
 * positionals first pick the command out of the tree, and problems are usage errors (exit 2)
 * worded as gcloud words them.
 */
import {UsageError} from './errors.js';

/** Every flag the stand-in knows, and whether it takes a value. */
const FLAG_KINDS: Record<string, 'value' | 'bool'> = {
	project: 'value', format: 'value', verbosity: 'value', account: 'value', quiet: 'bool', help: 'bool',
	version: 'bool', 'billing-project': 'value', configuration: 'value', 'log-http': 'bool', 'user-output-enabled': 'bool',
	member: 'value', role: 'value', condition: 'value', 'key-file': 'value', filter: 'value', limit: 'value',
	'page-size': 'value', 'sort-by': 'value', 'filter-account': 'value', scopes: 'value', 'client-id-file': 'value',
	enabled: 'bool', available: 'bool', async: 'bool', force: 'bool', brief: 'bool', 'update-adc': 'bool',
	'launch-browser': 'bool', 'no-launch-browser': 'bool', browser: 'bool', 'no-browser': 'bool', activate: 'bool',
	'force-auth-refresh': 'bool', 'min-expiry': 'value', lifetime: 'value', installation: 'bool', all: 'bool',
	'disable-quota-project': 'bool',
};

/** Accepted by every command. */
export const GLOBAL_FLAGS = ['project', 'format', 'verbosity', 'account', 'quiet', 'help', 'billing-project', 'configuration', 'log-http', 'user-output-enabled'];

export interface ParsedArgs {
	positionals: string[];
	flags: Map<string, string | true>;
	/** Tokens that looked like flags the stand-in does not know, as typed. */
	unknown: string[];
	/** A value flag given last with no value (reported once the command is known). */
	missingValue?: string;
}

export function parseArgs(argv: string[]): ParsedArgs {
	const positionals: string[] = [];
	const flags = new Map<string, string | true>();
	const unknown: string[] = [];
	let missingValue: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i] ?? '';
		if (token === '--') {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (token === '-q') {
			flags.set('quiet', true);
			continue;
		}
		if (token === '-h') {
			flags.set('help', true);
			continue;
		}
		if (!token.startsWith('--') || token.length === 2) {
			positionals.push(token);
			continue;
		}
		const eq = token.indexOf('=');
		const name = token.slice(2, eq === -1 ? undefined : eq);
		const kind = FLAG_KINDS[name];
		if (kind === undefined) {
			unknown.push(token);
			continue;
		}
		if (kind === 'bool') {
			flags.set(name, true);
			continue;
		}
		if (eq !== -1) {
			flags.set(name, token.slice(eq + 1));
			continue;
		}
		const next = argv[i + 1];
		if (next === undefined) missingValue = name;
		else flags.set(name, next);
		i++;
	}
	return {positionals, flags, unknown, missingValue};
}

/** gcloud's wording for leftovers: one on the line, several listed below. */
export function unrecognizedError(tokens: string[]): UsageError {
	const hint = 'To search the help text of gcloud commands, run:\n  gcloud help -- SEARCH_TERMS';
	if (tokens.length === 1) return new UsageError(`unrecognized arguments: ${tokens[0]} \n\n${hint}`);
	return new UsageError(`unrecognized arguments:\n${tokens.map((t) => `  ${t}`).join('\n')}\n  ${hint}`);
}
