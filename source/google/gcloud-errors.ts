import type {GcloudResult} from './gcloud.js';
import type {Problem, Violation} from './errors.js';
import {httpFromCanonical} from './status-codes.js';

/**
 * gcloud's rendering of an API error (stderr, exit 1) → Problem:
 *
 *   ERROR: (gcloud.services.enable) FAILED_PRECONDITION: Billing account for project … is not found.
 *   - '@type': type.googleapis.com/google.rpc.ErrorInfo
 *     reason: UREQ_PROJECT_BILLING_NOT_FOUND
 *
 * gcloud prints `details` as YAML with sorted keys, so reason, domain, metadata and violation
 * types can be read back line by line.
 */
export function problemFromGcloud(result: Pick<GcloudResult, 'stderr' | 'exitCode'>): Problem {
	const lines = result.stderr.split(/\r?\n/);
	const errorLine = lines.find((l) => l.startsWith('ERROR: ')) ?? lines.find((l) => l.trim() !== '') ?? `gcloud exited with code ${result.exitCode}`;
	let text = errorLine.replace(/^ERROR: (\(gcloud[^)]*\) )?/, '');
	let status: string | undefined;
	const prefixed = /^([A-Z][A-Z_]+): ([\s\S]*)$/.exec(text);
	if (prefixed) {
		status = prefixed[1];
		text = prefixed[2]!;
	} else if (/is the subject of a conflict/.test(text)) {
		status = 'ABORTED';
	}
	const problem: Problem = {status, httpStatus: status ? httpFromCanonical(status) : undefined, message: text.trim(), metadata: {}, violations: [], raw: result.stderr};
	readYamlDetails(lines, problem);
	return problem;
}

function readYamlDetails(lines: string[], problem: Problem): void {
	let inMetadata = false;
	for (const line of lines) {
		const reason = /^ {2}reason: (\S+)/.exec(line);
		if (reason) problem.reason = reason[1];
		const domain = /^ {2}domain: (\S+)/.exec(line);
		if (domain) problem.domain = domain[1];
		const violation = /^\s+(?:- )?type: (\S+)/.exec(line);
		if (violation) problem.violations.push({type: unquote(violation[1]!)} satisfies Violation);
		if (/^ {2}metadata:\s*$/.test(line)) {
			inMetadata = true;
			continue;
		}
		const entry = /^ {4}([A-Za-z_]+): (.*)$/.exec(line);
		if (inMetadata && entry) problem.metadata[entry[1]!] = unquote(entry[2]!);
		else inMetadata = false;
	}
}

function unquote(value: string): string {
	return value.trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
}
