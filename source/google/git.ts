import path from 'node:path';
import {runChild} from './process.js';

/** Where a file stands with git: outside any work tree, ignored, untracked-but-visible, or committed. */
export type GitStatus = {inRepo: false} | {inRepo: true; root: string; ignored: boolean; tracked: boolean};

/**
 * Asks git (when it is installed) whether a file sits in a work tree and would be picked up by
 * `git add`. Argument arrays only; stdin closed; a short timeout, since this is advisory.
 */
export async function gitStatusOf(file: string, env: NodeJS.ProcessEnv): Promise<GitStatus> {
	const dir = path.dirname(file);
	const git = (args: string[]) => runChild('git', ['-C', dir, ...args], {env, timeoutMs: 10_000});
	const top = await git(['rev-parse', '--show-toplevel']);
	if (top.spawnError || top.timedOut || top.exitCode !== 0) return {inRepo: false};
	const name = path.basename(file);
	const [ignore, tracked] = await Promise.all([
		git(['check-ignore', '-q', '--', name]),
		git(['ls-files', '--error-unmatch', '--', name]),
	]);
	return {inRepo: true, root: String(top.stdout).trim(), ignored: ignore.exitCode === 0, tracked: tracked.exitCode === 0};
}
