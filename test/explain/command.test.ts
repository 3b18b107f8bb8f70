import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {explainCommand, MAX_STDIN_BYTES} from '../../source/explain/command.js';

function io(options: {tty?: boolean; color?: boolean} = {}) {
	const stdin = new PassThrough();
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	const read = (s: PassThrough) => () => (s.read() as Buffer | null)?.toString('utf8') ?? '';
	return {
		io: {stdin, stdinIsTTY: options.tty ?? false, stdout, stderr, color: options.color ?? false},
		stdin,
		out: read(stdout),
		err: read(stderr),
	};
}

const DISABLED = 'PermissionDenied: 403 Vertex AI API has not been used in project my-proj-123 before or it is disabled.';

describe('vertex-setup explain', () => {
	it('explains the argument and exits 0 for a known cause', async () => {
		const t = io();
		expect(await explainCommand({text: DISABLED, json: false}, t.io)).toBe(0);
		const out = t.out();
		expect(out).toContain('✖ The Vertex AI API (aiplatform.googleapis.com) is not enabled in project my-proj-123.');
		expect(out).toContain('$ gcloud services enable aiplatform.googleapis.com --project=my-proj-123');
		expect(out).not.toContain('\u001b');
	});

	it('reads piped stdin when no argument is given', async () => {
		const t = io();
		t.stdin.end(DISABLED);
		expect(await explainCommand({text: undefined, json: true}, t.io)).toBe(0);
		const json = JSON.parse(t.out()) as Record<string, unknown>;
		expect(json).toMatchObject({category: 'service_disabled', project: 'my-proj-123', service: 'aiplatform.googleapis.com'});
		expect(json.commands).toEqual(['gcloud services enable aiplatform.googleapis.com --project=my-proj-123']);
	});

	it('prints usage and exits 2 at once when stdin is a terminal and no text was given', async () => {
		const t = io({tty: true});
		// stdin never ends: the command must not wait for it.
		expect(await explainCommand({text: undefined, json: false}, t.io)).toBe(2);
		expect(t.err()).toContain('Pass the error text as an argument, or pipe it in.');
		expect(t.out()).toBe('');
	});

	it('exits 2 on empty piped input', async () => {
		const t = io();
		t.stdin.end('  \n');
		expect(await explainCommand({text: undefined, json: false}, t.io)).toBe(2);
		expect(t.err()).toContain('no error text given');
	});

	it('exits 1 for text it does not recognise, and points to vertex-setup doctor', async () => {
		const t = io();
		expect(await explainCommand({text: 'something odd happened', json: false}, t.io)).toBe(1);
		expect(t.out()).toContain('Next: vertex-setup doctor');
	});

	it('stops reading stdin after the limit, even if the writer never ends', async () => {
		const t = io();
		t.stdin.write(`${DISABLED}\n`);
		t.stdin.write(Buffer.alloc(MAX_STDIN_BYTES, 'x'));
		expect(await explainCommand({text: undefined, json: true}, t.io)).toBe(0);
		expect(JSON.parse(t.out())).toMatchObject({category: 'service_disabled'});
	});

	it('colours the output only when asked', async () => {
		const t = io({color: true});
		await explainCommand({text: DISABLED, json: false}, t.io);
		expect(t.out()).toContain('\u001b[');
	});
});
