import type {Finding} from '../steps/types.js';

/**
 * The fix sentence as shown above its commands: when it ends by spelling out a command that is
 * listed right below it, the sentence stops before it, so no one reads the command twice.
 *
 *   {fix: 'Sign in: gcloud auth login', commands: ['gcloud auth login']} → 'Sign in'
 */
export function shownFix(finding: Finding): string | undefined {
	const fix = finding.fix;
	if (!fix) return fix;
	for (const command of finding.commands ?? []) {
		if (fix.endsWith(`: ${command}`) && fix.length > command.length + 2) return fix.slice(0, -(command.length + 2));
	}
	return fix;
}
