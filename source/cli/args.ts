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
	const parsed = parseArgs({args: withOptionalValues(argv), options: SPEC, allowPositionals: true, strict: true});
	const v = parsed.values;
	const [command, ...rest] = parsed.positionals;
	let mode: Mode = 'wizard';
	if (v.help) mode = 'help';
	else if (v.version) mode = 'version';
	else if (command === 'doctor') mode = 'doctor';
	else if (command === 'explain') mode = 'explain';
	else if (command === 'init-profile') mode = 'init-profile';
	else if (command === 'sandbox') {
		if (rest[0] !== 'serve') throw new UsageError(`Unknown sandbox command '${rest[0] ?? ''}'. Did you mean 'vertex-setup sandbox serve'?`);
		mode = 'sandbox-serve';
		rest.shift();
	} else if (command !== undefined) {
		throw new UsageError(`Unknown command '${command}'. Commands: doctor, explain, init-profile, sandbox serve.`);
	}
	if (mode !== 'explain' && rest.length > 0) throw new UsageError(`Unexpected argument '${rest[0]}'.`);
	if (v.format !== undefined && v.format !== 'terraform' && v.format !== 'commands') {
		throw new UsageError(`--format must be 'commands' or 'terraform', not '${v.format}'.`);
	}
	if (v.format !== undefined && !v['dry-run']) throw new UsageError('--format goes with --dry-run.');
	const port = v.port === undefined ? undefined : Number(v.port);
	if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError(`--port must be a port number, not '${v.port}'.`);
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

/** parseArgs has no optional values; give a bare `--sandbox` its default before parsing. */
function withOptionalValues(argv: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		out.push(arg);
		const fallback = OPTIONAL_VALUE[arg];
		if (fallback === undefined) continue;
		const next = argv[i + 1];
		if (next === undefined || next.startsWith('-') || isCommand(next)) out.push(fallback);
	}
	return out;
}

function isCommand(word: string): boolean {
	return ['doctor', 'explain', 'init-profile', 'sandbox'].includes(word);
}
