import {parseArgs} from 'node:util';
import type {Options} from '../steps/types.js';

export type Mode = 'wizard' | 'doctor' | 'explain' | 'sandbox-serve' | 'init-profile' | 'help' | 'version';

export interface Cli {
	mode: Mode;
	options: Options;
	/** `--sandbox [SCENARIO]`: run against the built-in emulator. */
	sandbox?: string;
	json: boolean;
	plain: boolean;
	dryRun: boolean;
	format: 'commands' | 'terraform';
	/** `--write-env [PATH]`; true means the default `.env`. */
	writeEnv?: string;
	debug: boolean;
	/** explain's text, when given as an argument. */
	text?: string;
	scenario?: string;
	port?: number;
}

export class UsageError extends Error {}

const SPEC = {
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
	yes: {type: 'boolean', short: 'y'},
	json: {type: 'boolean'},
	plain: {type: 'boolean'},
	debug: {type: 'boolean'},
	'dry-run': {type: 'boolean'},
	'no-smoke-test': {type: 'boolean'},
	format: {type: 'string'},
	project: {type: 'string'},
	region: {type: 'string'},
	model: {type: 'string'},
	principal: {type: 'string'},
	'key-file': {type: 'string'},
	apis: {type: 'string'},
	sandbox: {type: 'string'},
	'write-env': {type: 'string'},
	scenario: {type: 'string'},
	port: {type: 'string'},
} as const;

/** Flags that take an optional value: `--sandbox` alone means the `fresh` scenario. */
const OPTIONAL_VALUE: Record<string, string> = {'--sandbox': 'fresh', '--write-env': '.env'};

export function parseCli(argv: string[]): Cli {
	const parsed = parse(withOptionalValues(argv));
	const v = parsed.values;
	const [command, ...rest] = parsed.positionals;
	let mode: Mode = 'wizard';
	if (v.help) mode = 'help';
	else if (v.version) mode = 'version';
	else if (command === 'doctor') mode = 'doctor';
	else if (command === 'explain') mode = 'explain';
	else if (command === 'init-profile') mode = 'init-profile';
	else if (command === 'help') mode = 'help';
	else if (command === 'sandbox') {
		if (rest[0] === undefined) throw new UsageError(`'vertex-setup sandbox' needs a command: serve. To run the wizard against the emulator, use --sandbox.`);
		if (rest[0] !== 'serve') throw new UsageError(`Unknown sandbox command '${rest[0]}'. Did you mean 'vertex-setup sandbox serve'?`);
		mode = 'sandbox-serve';
		rest.shift();
	} else if (command !== undefined) {
		throw new UsageError(`Unknown command '${command}'. Commands: doctor, explain, init-profile, sandbox serve.`);
	}
	for (const [name, value] of Object.entries(v)) {
		// `--project ""` from an unset shell variable would otherwise quietly mean "not given".
		if (typeof value === 'string' && value.trim() === '') throw new UsageError(`--${name} needs a value.`);
	}
	if (mode !== 'explain' && rest.length > 0) throw new UsageError(`Unexpected argument '${rest[0]}'.`);
	if (v.format !== undefined && v.format !== 'terraform' && v.format !== 'commands') {
		throw new UsageError(`--format must be 'commands' or 'terraform', not '${v.format}'.`);
	}
	if (v.format !== undefined && !v['dry-run']) throw new UsageError('--format goes with --dry-run.');
	const port = v.port === undefined || !/^\d{1,5}$/.test(v.port) ? undefined : Number(v.port);
	if (v.port !== undefined && !(port !== undefined && port < 65536)) throw new UsageError(`--port must be a port number (0-65535), not '${v.port}'.`);
	const asksForHelp = mode === 'help' || mode === 'version';
	for (const flag of ['scenario', 'port'] as const) {
		// Silently ignoring them would start the wizard against the real Google instead.
		if (v[flag] !== undefined && mode !== 'sandbox-serve' && !asksForHelp) {
			throw new UsageError(`--${flag} goes with 'vertex-setup sandbox serve'. To run the wizard against a scenario, use --sandbox SCENARIO.`);
		}
	}
	if (v.json && mode === 'init-profile' && !asksForHelp) {
		throw new UsageError('--json goes with doctor, --yes or --dry-run; init-profile writes vertex-setup.json.');
	}
	if (v['write-env'] !== undefined && !asksForHelp && (mode !== 'wizard' || v['dry-run'])) {
		throw new UsageError('--write-env goes with the wizard (vertex-setup without a command, and without --dry-run).');
	}
	return {
		mode,
		options: {
			project: v.project,
			region: v.region,
			model: v.model,
			principal: v.principal,
			keyFile: v['key-file'],
			apis: v.apis?.split(',').map((s) => s.trim()).filter(Boolean),
			smokeTest: !v['no-smoke-test'],
			yes: Boolean(v.yes),
		},
		sandbox: v.sandbox,
		json: Boolean(v.json),
		plain: Boolean(v.plain),
		dryRun: Boolean(v['dry-run']),
		format: v.format === 'terraform' ? 'terraform' : 'commands',
		writeEnv: v['write-env'],
		debug: Boolean(v.debug),
		text: mode === 'explain' && rest.length > 0 ? rest.join(' ') : undefined,
		scenario: v.scenario,
		port,
	};
}

function parse(args: string[]) {
	try {
		return parseArgs({args, options: SPEC, allowPositionals: true, strict: true});
	} catch (error) {
		throw new UsageError(usageMessage(error as NodeJS.ErrnoException));
	}
}

/** node:util's messages talk about parser internals; say what is wrong and what is right. */
function usageMessage(error: NodeJS.ErrnoException): string {
	const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
	const name = /--[\w-]+/.exec(error.message)?.[0] ?? option;
	if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
		const near = closest(option.replace(/^-+/, '').replace(/=.*$/, ''));
		return `Unknown option '${option}'.${near ? ` Did you mean '--${near}'?` : ''}`;
	}
	if (/does not take an argument/.test(error.message)) return `${name} does not take a value.`;
	if (/ambiguous/.test(error.message)) return `${name} needs a value. To pass a value that starts with '-', write ${name}=VALUE.`;
	if (/argument missing/.test(error.message)) return `${name} needs a value.`;
	return error.message;
}

/** The known option nearest to a mistyped one (at most two edits, or a prefix). */
function closest(typed: string): string | undefined {
	if (typed.length < 2) return undefined;
	let best: {name: string; cost: number} | undefined;
	for (const name of Object.keys(SPEC)) {
		const cost = name.startsWith(typed) || typed.startsWith(name) ? 1 : distance(typed, name);
		if (cost <= 2 && (!best || cost < best.cost)) best = {name, cost};
	}
	return best?.name;
}

function distance(a: string, b: string): number {
	let row = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length]!;
}

/** parseArgs has no optional values; give a bare `--sandbox` its default before parsing. */
function withOptionalValues(argv: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		out.push(arg);
		// After `--` everything is a positional (explain's text may contain "--sandbox").
		if (arg === '--') return [...out, ...argv.slice(i + 1)];
		const fallback = OPTIONAL_VALUE[arg];
		if (fallback === undefined) continue;
		const next = argv[i + 1];
		if (next === undefined || next.startsWith('-') || isCommand(next)) out.push(fallback);
	}
	return out;
}

function isCommand(word: string): boolean {
	return ['doctor', 'explain', 'init-profile', 'sandbox', 'help'].includes(word);
}
