/**
 * One gcloud invocation: pick the command out of the tree, check its arguments, run it, and turn
 * any failure into gcloud's `ERROR: (gcloud.<command>) …` text and exit code.
 */
import {GLOBAL_FLAGS, parseArgs, unrecognizedError, type ParsedArgs} from './args.js';
import {isCommand, TREE, type CommandSpec, type Group} from './commands.js';
import type {Ctx} from './context.js';
import {errorLine, GcloudError, UsageError} from './errors.js';
import {parseFormat} from './format/format.js';
import {HttpError} from './http.js';
import {renderHttpError} from './httpError.js';
import {Properties} from './properties.js';
import {CredentialStore} from './store.js';

export interface Io {
	stdout: {write(text: string): unknown};
	stderr: {write(text: string): unknown};
}

export async function runGcloud(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
	const parsed = parseArgs(argv);
	let path: string[] = [];
	try {
		const found = resolve(parsed);
		path = found.path;
		if (parsed.flags.has('help')) {
			io.stdout.write(`Usage: ${found.spec.usage}\n`);
			return 0;
		}
		const ctx = prepare(found.spec, found.args, parsed, path, env, io);
		await found.spec.run(ctx);
		return 0;
	} catch (error) {
		return report(error, path, parsed, env, io);
	}
}

function resolve(parsed: ParsedArgs): {spec: CommandSpec; path: string[]; args: string[]} {
	if (parsed.positionals.length === 0 && parsed.flags.has('version')) {
		return {spec: TREE.version as CommandSpec, path: ['version'], args: []};
	}
	let node: Group | CommandSpec = TREE;
	const path: string[] = [];
	while (!isCommand(node)) {
		const group: Group = node;
		const name = parsed.positionals[path.length];
		if (name === undefined) throw new GroupError(path, 'Command name argument expected.', group);
		const child = Object.hasOwn(group, name) ? group[name] : undefined;
		if (child === undefined) throw new GroupError(path, `Invalid choice: '${name}'.`, group);
		node = child;
		path.push(name);
	}
	return {spec: node, path, args: parsed.positionals.slice(path.length)};
}

function prepare(spec: CommandSpec, args: string[], parsed: ParsedArgs, path: string[], env: NodeJS.ProcessEnv, io: Io): Ctx {
	if (parsed.missingValue) throw new UsageError(`argument --${parsed.missingValue}: expected one argument`, true);
	const allowed = new Set([...GLOBAL_FLAGS, ...spec.flags]);
	const extra = [...parsed.unknown, ...[...parsed.flags.keys()].filter((f) => !allowed.has(f) && f !== 'version').map((f) => `--${f}`)];
	const many = spec.positionals.some((p) => p.many);
	if (!many && args.length > spec.positionals.length) extra.push(...args.slice(spec.positionals.length));
	if (extra.length > 0) throw unrecognizedError(extra);
	const missing = spec.positionals.filter((p, i) => p.required && args[i] === undefined).map((p) => p.name);
	if (missing.length > 0) throw new UsageError(`argument ${missing.join(' ')}: Must be specified.`, true);
	const value = (name: string) => (typeof parsed.flags.get(name) === 'string' ? (parsed.flags.get(name) as string) : undefined);
	const verbosity = value('verbosity');
	if (verbosity !== undefined && !VERBOSITIES.includes(verbosity.toLowerCase())) {
		throw new UsageError(`argument --verbosity: Invalid choice: '${verbosity}'.\n\nValid choices are [${VERBOSITIES.join(', ')}].`, true);
	}
	const props = new Properties(env, {'core/project': value('project'), 'core/account': value('account'), 'billing/quota_project': value('billing-project')});
	return {
		env,
		command: ['gcloud', ...path].join('.'),
		args,
		flags: parsed.flags,
		format: parseFormat(value('format')),
		props,
		store: new CredentialStore(props.configDir),
		out: (text) => io.stdout.write(text),
		err: (text) => io.stderr.write(text),
	};
}

const VERBOSITIES = ['critical', 'debug', 'error', 'info', 'none', 'warning'];

/** A group was named without a command, or with one the stand-in does not have. */
class GroupError extends UsageError {
	constructor(
		readonly path: string[],
		message: string,
		readonly group: Group,
	) {
		super(message);
	}

	get listing(): string {
		const names = Object.keys(this.group).sort();
		const groups = names.filter((n) => !isCommand(this.group[n] as Group | CommandSpec));
		const commands = names.filter((n) => isCommand(this.group[n] as Group | CommandSpec));
		const where = ['gcloud', ...this.path].join(' ');
		let text = `Usage: ${where} [optional flags] <group | command>\n`;
		if (groups.length > 0) text += `  group may be           ${groups.join(' | ')}\n`;
		if (commands.length > 0) text += `  command may be         ${commands.join(' | ')}\n`;
		text += '(This is the vertex-setup sandbox stand-in for gcloud: it has only the commands the wizard uses.)\n';
		return `${text}\nFor detailed information on this command and its flags, run:\n  ${where} --help\n`;
	}
}

function report(error: unknown, path: string[], parsed: ParsedArgs, env: NodeJS.ProcessEnv, io: Io): number {
	if (error instanceof GroupError) {
		if (parsed.flags.has('help') && parsed.positionals.length === error.path.length) {
			io.stdout.write(error.listing);
			return 0;
		}
		io.stderr.write(errorLine(['gcloud', ...error.path].join('.'), error.message) + error.listing);
		return 2;
	}
	const command = ['gcloud', ...path].join('.');
	if (error instanceof UsageError) {
		let text = errorLine(command, error.message);
		const spec = path.length > 0 ? lookup(path) : undefined;
		if (error.showUsage && spec) {
			text += `Usage: ${spec.usage}\n\nFor detailed information on this command and its flags, run:\n  gcloud ${path.join(' ')} --help\n`;
		}
		io.stderr.write(text);
		return 2;
	}
	if (error instanceof HttpError) {
		const flagAccount = parsed.flags.get('account');
		const account = typeof flagAccount === 'string' ? flagAccount : new Properties(env).get('core', 'account');
		io.stderr.write(errorLine(command, renderHttpError(error, account)));
		return 1;
	}
	if (error instanceof GcloudError) {
		io.stderr.write(errorLine(command, error.message));
		return 1;
	}
	const e = error as Error;
	io.stderr.write(
		`ERROR: gcloud crashed (${e?.name ?? 'Error'}): ${e?.message ?? String(error)}\n\n` +
			'If you would like to report this issue, please run the following command:\n  gcloud feedback\n\n' +
			'To check gcloud for common problems, please run the following command:\n  gcloud info --run-diagnostics\n',
	);
	return 1;
}

function lookup(path: string[]): CommandSpec | undefined {
	let node: Group | CommandSpec | undefined = TREE;
	for (const name of path) node = node && !isCommand(node) ? node[name] : undefined;
	return node && isCommand(node) ? node : undefined;
}
