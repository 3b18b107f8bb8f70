#!/usr/bin/env node
import {parseCli, UsageError, type Cli} from './cli/args.js';
import {HELP} from './cli/help.js';
import {VERSION} from './version.js';

// `vertex-setup doctor | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') throw error;
		// Keep running (so temp files are still cleaned up), just stop writing to the closed pipe.
		stream.write = (() => true) as typeof stream.write;
	});
}

async function main(argv: string[]): Promise<number> {
	let cli: Cli;
	try {
		cli = parseCli(argv);
	} catch (error) {
		process.stderr.write(`vertex-setup: ${(error as Error).message}\nRun 'vertex-setup --help' for usage.\n`);
		return 2;
	}
	switch (cli.mode) {
		case 'help':
			process.stdout.write(HELP);
			return 0;
		case 'version':
			process.stdout.write(`${VERSION}\n`);
			return 0;
		case 'explain':
			return (await import('./explain/command.js')).explainCommand(
				{text: cli.text, json: cli.json},
				{stdin: process.stdin, stdinIsTTY: Boolean(process.stdin.isTTY), stdout: process.stdout, stderr: process.stderr, color: useColor()},
			);
		case 'sandbox-serve':
			return (await import('./sandbox/serve.js')).serveSandbox({scenario: cli.scenario ?? 'healthy', port: cli.port}, {stdout: process.stdout, stderr: process.stderr});
		default:
			// Each mode loads only what it uses: start-up time is most of a quick `doctor`.
			return (await import('./cli/setup.js')).runSetup(cli);
	}
}

function useColor(): boolean {
	return Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.FORCE_COLOR !== '0';
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	// The last line of defence: a clear message, a stack trace only when asked for.
	if (error instanceof UsageError) {
		process.stderr.write(`vertex-setup: ${error.message}\n`);
		process.exitCode = 2;
	} else {
		process.stderr.write(`vertex-setup: ${(error as Error)?.message ?? String(error)}\n`);
		if (process.argv.includes('--debug')) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
		else process.stderr.write('Run again with --debug for details.\n');
		process.exitCode = 1;
	}
}
