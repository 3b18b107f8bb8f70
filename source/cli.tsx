#!/usr/bin/env node
import {VERSION} from './version.js';

const HELP = `vertex-setup ${VERSION}
From a fresh machine to a working Gemini call on Vertex AI.

Usage
  $ vertex-setup [options]                 set up, or repair, this machine
  $ vertex-setup sandbox serve [options]   run the Google Cloud emulator in the foreground

Options
  --version            print the version
  --help               print this help

Sandbox serve options
  --scenario NAME      start from a named scenario (default: healthy)
  --port N             listen on this port (default: any free port)
`;

async function main(argv: string[]): Promise<number> {
	if (argv.includes('--version') || argv.includes('-v')) {
		process.stdout.write(`${VERSION}\n`);
		return 0;
	}
	process.stdout.write(HELP);
	return argv.length === 0 || argv.includes('--help') || argv.includes('-h') ? 0 : 2;
}

process.exitCode = await main(process.argv.slice(2));
