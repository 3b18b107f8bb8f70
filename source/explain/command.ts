import {explain, renderDiagnosis, toJson} from './index.js';

/** Stdin beyond this is not read: an error worth explaining is never this long. */
export const MAX_STDIN_BYTES = 4 * 1024 * 1024;

const USAGE = `Usage: vertex-setup explain "ERROR TEXT"
       vertex-setup explain < error.txt
       pbpaste | vertex-setup explain
Pass the error text as an argument, or pipe it in. Add --json for a JSON answer.
`;

export interface ExplainIo {
	stdin: NodeJS.ReadableStream;
	stdinIsTTY: boolean;
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	color: boolean;
}

/**
 * `vertex-setup explain`. Exit codes, for scripts:
 *   0  a known cause was found (any category but `other`)
 *   1  `other`: no setup cause recognised, or a known non-setup cause; the output still says what to do
 *   2  no text: nothing given and stdin is a terminal (never waits), or the text was empty
 */
export async function explainCommand(args: {text: string | undefined; json: boolean}, io: ExplainIo): Promise<number> {
	let text = args.text;
	if (text === undefined) {
		if (io.stdinIsTTY) {
			io.stderr.write(USAGE);
			return 2;
		}
		try {
			text = await readLimited(io.stdin, MAX_STDIN_BYTES);
		} catch (error) {
			io.stderr.write(`vertex-setup explain: could not read stdin: ${(error as Error).message}\n`);
			return 2;
		}
	}
	if (text.trim() === '') {
		io.stderr.write(`vertex-setup explain: no error text given.\n${USAGE}`);
		return 2;
	}
	const diagnosis = explain(text);
	io.stdout.write(args.json ? `${JSON.stringify(toJson(diagnosis), null, 2)}\n` : renderDiagnosis(diagnosis, {color: io.color}));
	return diagnosis.category === 'other' ? 1 : 0;
}

/** Reads until end or `limit` bytes, whichever comes first; the rest is left unread. */
async function readLimited(stream: NodeJS.ReadableStream, limit: number): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
		chunks.push(buffer);
		size += buffer.length;
		if (size >= limit) break;
	}
	return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}
