import type {Gcloud, GcloudResult} from '../google/gcloud.js';

/** The read-only gcloud queries the checks make, whatever the machine's state. */
export const CHECK_READS: readonly string[][] = [
	['version', '--format=json'],
	['auth', 'list', '--format=json'],
	['auth', 'print-access-token'],
	['config', 'get-value', 'project'],
];

/**
 * For runs that change nothing (doctor, --dry-run). Each gcloud call costs a Python start-up, and
 * the steps make them one after another (gcloud → account → project), so they are all started
 * together up front and each answer is shared: with nothing changing, the same query always has
 * the same answer. Anything else goes straight to gcloud.
 *
 *   const gcloud = prefetchedReads(createGcloud(…));   // four gcloud processes start now
 *   await gcloud.run(['auth', 'list', '--format=json']); // the answer already on its way
 */
export function prefetchedReads(gcloud: Gcloud, reads: readonly string[][] = CHECK_READS): Gcloud {
	if (!gcloud.executable) return gcloud;
	const answers = new Map<string, Promise<GcloudResult>>();
	for (const args of reads) {
		const answer = gcloud.run([...args], {timeoutMs: 60_000});
		// Not every answer is asked for (no account: no token); an unread failure is not a crash.
		answer.catch(() => {});
		answers.set(JSON.stringify(args), answer);
	}
	return {
		executable: gcloud.executable,
		run: (args, options) => answers.get(JSON.stringify(args)) ?? gcloud.run(args, options),
		interactive: (args) => gcloud.interactive(args),
	};
}
