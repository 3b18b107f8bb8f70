import {readFile, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {gitStatusOf, type GitStatus} from '../google/git.js';
import type {Status} from './types.js';

/** One thing wrong with a key file, worst first when sorted by `status`. */
export interface KeyIssue {
	kind: 'unreadable' | 'mode' | 'owner' | 'fields' | 'tracked' | 'not-ignored' | 'project';
	status: Extract<Status, 'fail' | 'warn'>;
	summary: string;
	detail?: string;
	fix?: string;
	commands?: string[];
}

export interface KeyReport {
	path: string;
	/** The same file with symlinks resolved, as git reports it. */
	realPath?: string;
	/** The file's permission bits, e.g. 0o600; undefined on Windows (ACLs, not modes). */
	mode?: number;
	json?: Record<string, unknown>;
	git?: GitStatus;
	issues: KeyIssue[];
}

const FIELDS = ['type', 'client_email', 'private_key', 'private_key_id', 'project_id'];

/** `~/key.json` when that is safe to paste into a shell, else the full path in single quotes. */
export function shellPath(file: string, home: string): string {
	if (home && file.startsWith(`${home}/`) && /^[A-Za-z0-9_@%+=:,./-]+$/.test(file.slice(home.length))) return `~${file.slice(home.length)}`;
	return /^[A-Za-z0-9_@%+=:,./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

/** Everything that makes a service-account key file unsafe or unusable, checked on the real file. */
export async function inspectKeyFile(
	file: string,
	opts: {home: string; platform: NodeJS.Platform; env: NodeJS.ProcessEnv; project?: string; uid?: number},
): Promise<KeyReport> {
	const shown = shellPath(file, opts.home);
	const report: KeyReport = {path: file, issues: []};
	let info;
	try {
		info = await stat(file);
		report.json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
	} catch (error) {
		const reason = error instanceof SyntaxError ? 'it is not valid JSON' : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
		report.issues.push({kind: 'unreadable', status: 'fail', summary: `Can't read key file ${shown}: ${reason}`});
		return report;
	}
	if (opts.platform !== 'win32') {
		report.mode = info.mode & 0o777;
		const loose = report.mode & 0o077;
		if (loose) {
			const who = loose & 0o004 ? 'other users read it' : loose & 0o040 ? 'your group read it' : 'other users change it';
			report.issues.push({
				kind: 'mode',
				status: 'fail',
				summary: `Can't trust key file ${shown}: mode ${report.mode.toString(8)} lets ${who}`,
				detail: 'Anyone who can read the key can act as the service account.',
				fix: `chmod 600 ${shown}`,
				commands: [`chmod 600 ${shown}`],
			});
		}
		if (opts.uid !== undefined && info.uid !== opts.uid) {
			report.issues.push({
				kind: 'owner',
				status: 'fail',
				summary: `Can't trust key file ${shown}: it is owned by user ${info.uid}, not by you`,
				detail: 'The owner can replace or read the key at any time.',
				fix: `Take ownership: sudo chown "$(id -un)" ${shown}`,
				commands: [`sudo chown "$(id -un)" ${shown}`],
			});
		}
	}
	const missing = FIELDS.filter(f => typeof report.json![f] !== 'string' || report.json![f] === '');
	if (missing.length > 0 || report.json.type !== 'service_account') {
		report.issues.push({
			kind: 'fields',
			status: 'fail',
			summary: `Key file ${shown} is not a complete service-account key: ${missing.length ? `no ${missing.join(', ')}` : `"type" is ${JSON.stringify(report.json.type)}`}`,
			fix: 'Create a new key: gcloud iam service-accounts keys create',
		});
	}
	const keyProject = typeof report.json.project_id === 'string' ? report.json.project_id : undefined;
	if (opts.project && keyProject && keyProject !== opts.project) {
		report.issues.push({
			kind: 'project',
			status: 'warn',
			summary: `Key file ${shown} belongs to project ${keyProject}, not ${opts.project}`,
			detail:
				`The service account lives in ${keyProject} and its quota is billed there, while Vertex AI calls go to ${opts.project}. ` +
				`That works only when the account holds roles/aiplatform.user on ${opts.project}; a key from ${opts.project} avoids the split.`,
		});
	}
	// git reports its root as a real path; compare like with like (macOS /var → /private/var).
	const real = await realpath(file);
	report.realPath = real;
	report.git = await gitStatusOf(real, opts.env);
	if (report.git.inRepo) report.issues.push(...gitIssues(report.git, real, shown));
	report.issues.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
	return report;
}

function gitIssues(git: GitStatus & {inRepo: true}, file: string, shown: string): KeyIssue[] {
	const name = path.basename(file);
	if (git.tracked) {
		return [
			{
				kind: 'tracked',
				status: 'fail',
				summary: `Key file ${shown} is committed to the git repository ${git.root}`,
				detail: 'Anyone with the repository has the key. Removing it from git does not remove it from history: delete the key in the Cloud console and create a new one.',
				fix: `Stop tracking it: git rm --cached ${name}, then rotate the key.`,
				commands: [`git -C ${shellPath(git.root, '')} rm --cached -- ${shellPath(path.relative(git.root, file), '')}`],
			},
		];
	}
	if (git.ignored) return [];
	return [
		{
			kind: 'not-ignored',
			status: 'warn',
			summary: `Key file ${shown} is inside the git work tree ${git.root} and not ignored`,
			detail: 'A `git add .` would commit it.',
			fix: `Add it to ${path.join(git.root, '.gitignore')}, or move the key out of the repository.`,
		},
	];
}
