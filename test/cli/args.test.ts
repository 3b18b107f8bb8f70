import {describe, expect, it} from 'vitest';
import {parseCli, UsageError} from '../../source/cli/args.js';

/** The message of the UsageError that `argv` must raise. */
function usage(argv: string[]): string {
	try {
		parseCli(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`parseCli(${JSON.stringify(argv)}) did not fail`);
}

describe('parseCli: modes', () => {
	it('is the wizard with defaults when given nothing', () => {
		expect(parseCli([])).toEqual({
			mode: 'wizard',
			options: {project: undefined, region: undefined, model: undefined, principal: undefined, keyFile: undefined, apis: undefined, smokeTest: true, yes: false},
			sandbox: undefined,
			json: false,
			plain: false,
			dryRun: false,
			format: 'commands',
			writeEnv: undefined,
			debug: false,
			text: undefined,
			scenario: undefined,
			port: undefined,
		});
	});

	it('knows each command', () => {
		expect(parseCli(['doctor']).mode).toBe('doctor');
		expect(parseCli(['init-profile']).mode).toBe('init-profile');
		expect(parseCli(['explain']).mode).toBe('explain');
		expect(parseCli(['sandbox', 'serve']).mode).toBe('sandbox-serve');
		expect(parseCli(['help']).mode).toBe('help');
	});

	it('help and version win over everything else', () => {
		for (const argv of [['--help'], ['-h'], ['doctor', '--help'], ['nonsense', '-h'], ['--help', '--write-env', '--scenario', 'x']]) expect(parseCli(argv).mode).toBe('help');
		for (const argv of [['--version'], ['-v'], ['doctor', '-v']]) expect(parseCli(argv).mode).toBe('version');
	});

	it('joins explain\'s words into its text', () => {
		expect(parseCli(['explain', 'PERMISSION_DENIED:', 'Permission', 'denied']).text).toBe('PERMISSION_DENIED: Permission denied');
		expect(parseCli(['explain', '--json', 'ERROR: (gcloud.services.enable) FAILED_PRECONDITION']).json).toBe(true);
		// After `--`, nothing is a flag, so error text that looks like one survives.
		expect(parseCli(['explain', '--', '--sandbox', 'error: --project']).text).toBe('--sandbox error: --project');
	});

	it('takes sandbox serve\'s scenario and port', () => {
		expect(parseCli(['sandbox', 'serve', '--scenario', 'healthy', '--port', '8089'])).toMatchObject({mode: 'sandbox-serve', scenario: 'healthy', port: 8089});
		expect(parseCli(['sandbox', 'serve', '--port', '0']).port).toBe(0);
	});
});

describe('parseCli: flags', () => {
	it('reads every answer flag', () => {
		const cli = parseCli([
			'--project', 'my-proj-123',
			'--region', 'europe-west4',
			'--model', 'gemini-2.5-flash',
			'--principal', 'serviceAccount:runner@my-proj-123.iam.gserviceaccount.com',
			'--key-file', './key.json',
			'--apis', 'aiplatform.googleapis.com, storage.googleapis.com,,',
			'--no-smoke-test',
			'-y',
		]);
		expect(cli.options).toEqual({
			project: 'my-proj-123',
			region: 'europe-west4',
			model: 'gemini-2.5-flash',
			principal: 'serviceAccount:runner@my-proj-123.iam.gserviceaccount.com',
			keyFile: './key.json',
			apis: ['aiplatform.googleapis.com', 'storage.googleapis.com'],
			smokeTest: false,
			yes: true,
		});
	});

	it('reads --flag=value as well as --flag value', () => {
		expect(parseCli(['--project=my-proj-123', '--yes']).options).toMatchObject({project: 'my-proj-123', yes: true});
	});

	it('reads the output and automation flags', () => {
		expect(parseCli(['doctor', '--json', '--plain', '--debug'])).toMatchObject({mode: 'doctor', json: true, plain: true, debug: true});
		expect(parseCli(['--dry-run'])).toMatchObject({dryRun: true, format: 'commands'});
		expect(parseCli(['--dry-run', '--format', 'terraform'])).toMatchObject({dryRun: true, format: 'terraform'});
		expect(parseCli(['--dry-run', '--format=commands']).format).toBe('commands');
	});

	it('gives --sandbox and --write-env their defaults when no value follows', () => {
		expect(parseCli(['--sandbox']).sandbox).toBe('fresh');
		expect(parseCli(['--sandbox', '--yes'])).toMatchObject({sandbox: 'fresh', options: {yes: true}});
		expect(parseCli(['--sandbox', 'doctor'])).toMatchObject({sandbox: 'fresh', mode: 'doctor'});
		expect(parseCli(['--write-env']).writeEnv).toBe('.env');
		expect(parseCli(['--write-env', '-y'])).toMatchObject({writeEnv: '.env', options: {yes: true}});
	});

	it('takes the value when one follows', () => {
		expect(parseCli(['--sandbox', 'billing-disabled']).sandbox).toBe('billing-disabled');
		expect(parseCli(['--sandbox=api-disabled', 'doctor'])).toMatchObject({sandbox: 'api-disabled', mode: 'doctor'});
		expect(parseCli(['--write-env', 'config/.env.local']).writeEnv).toBe('config/.env.local');
		expect(parseCli(['--write-env=.env.dev']).writeEnv).toBe('.env.dev');
	});
});

describe('parseCli: bad input is a UsageError that says what is wrong', () => {
	it('unknown options, with the nearest known one', () => {
		expect(usage(['--projct', 'my-proj-123'])).toBe("Unknown option '--projct'. Did you mean '--project'?");
		expect(usage(['--dryrun'])).toBe("Unknown option '--dryrun'. Did you mean '--dry-run'?");
		expect(usage(['--frobnicate'])).toBe("Unknown option '--frobnicate'.");
		expect(usage(['-x'])).toBe("Unknown option '-x'.");
	});

	it('unknown commands, listing the real ones', () => {
		expect(usage(['doctr'])).toBe("Unknown command 'doctr'. Commands: doctor, explain, init-profile, sandbox serve.");
		expect(usage(['sandbox', 'start'])).toBe("Unknown sandbox command 'start'. Did you mean 'vertex-setup sandbox serve'?");
		expect(usage(['sandbox'])).toMatch(/^'vertex-setup sandbox' needs a command: serve\. .*--sandbox/);
		expect(usage(['doctor', 'now'])).toBe("Unexpected argument 'now'.");
	});

	it('a missing or empty value', () => {
		expect(usage(['--project'])).toBe('--project needs a value.');
		expect(usage(['--project', '--yes'])).toBe("--project needs a value. To pass a value that starts with '-', write --project=VALUE.");
		expect(usage(['--project='])).toBe('--project needs a value.');
		expect(usage(['--region', ' '])).toBe('--region needs a value.');
		expect(usage(['--sandbox='])).toBe('--sandbox needs a value.');
	});

	it('a value given to a switch', () => {
		expect(usage(['--yes=no'])).toBe('--yes does not take a value.');
		expect(usage(['--json=true'])).toBe('--json does not take a value.');
	});

	it('bad --format, and --format without --dry-run', () => {
		expect(usage(['--dry-run', '--format', 'yaml'])).toBe("--format must be 'commands' or 'terraform', not 'yaml'.");
		expect(usage(['--format', 'terraform'])).toBe('--format goes with --dry-run.');
	});

	it('bad --port', () => {
		for (const port of ['http', '65536', '1e3', '0x50', '-1', '80.5']) {
			expect(usage(['sandbox', 'serve', `--port=${port}`])).toBe(`--port must be a port number (0-65535), not '${port}'.`);
		}
	});

	it('sandbox serve\'s flags outside sandbox serve', () => {
		expect(usage(['--scenario', 'healthy'])).toBe("--scenario goes with 'vertex-setup sandbox serve'. To run the wizard against a scenario, use --sandbox SCENARIO.");
		expect(usage(['doctor', '--port', '8080'])).toMatch(/^--port goes with 'vertex-setup sandbox serve'/);
	});

	it('--write-env where no .env is written', () => {
		for (const argv of [['doctor', '--write-env'], ['--dry-run', '--write-env', '.env'], ['init-profile', '--write-env']]) {
			expect(usage(argv)).toBe('--write-env goes with the wizard (vertex-setup without a command, and without --dry-run).');
		}
	});
});
