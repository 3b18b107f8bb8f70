import {appendFile, chmod, readFile} from 'node:fs/promises';
import path from 'node:path';
import {readCredentialFile} from '../google/adc.js';
import type {Context, Step} from './context.js';
import {inspectKeyFile, shellPath, type KeyReport} from './key-file-check.js';
import {createNewKey, newKeyFinding, newKeyFix, requestedNewKey} from './key-file-new.js';
import type {Fix} from './types.js';

export {writeKeyFileExclusive, KeyFileExists} from './key-file-write.js';

/**
 * A service-account key in use must be private (0600, yours), out of git, complete, and from
 * the project being set up, or the difference explained.
 *
 *   ok:   "Key file ~/key.json locked down (mode 600, owned by you)"
 *   fail: "Can't trust key file ~/key.json: mode 644 lets other users read it. Fix: chmod 600 ~/key.json"
 */
export const keyFileStep: Step = {
	id: 'keyFile',
	title: 'Service-account key file',
	needs: ['adc'],
	async check(ctx) {
		const wanted = await requestedNewKey(ctx);
		if (wanted) return newKeyFinding(wanted, ctx);
		const file = await keyInUse(ctx);
		if (!file) return {status: 'skipped', summary: 'No key file in use: ADC uses your user credentials'};
		const report = await inspect(file, ctx);
		const shown = shellPath(file, ctx.home);
		const windows =
			ctx.platform === 'win32'
				? `Windows protects files with ACLs, not modes; this tool does not check them. To keep the key to yourself: icacls "${file}" /inheritance:r /grant:r "%USERNAME%:R"`
				: undefined;
		const [first, ...rest] = report.issues;
		if (!first) {
			const mode = report.mode === undefined ? '' : ` (mode ${report.mode.toString(8)}, owned by you)`;
			return {status: 'ok', summary: `Key file ${shown} locked down${mode}`, detail: windows};
		}
		const others = rest.map(i => i.summary).join('. ');
		return {
			status: first.status,
			summary: first.summary,
			detail: [first.detail, others && `Also: ${others}.`, windows].filter(Boolean).join(' '),
			fix: first.fix,
			commands: report.issues.flatMap(i => i.commands ?? []),
		};
	},
	async fixes(_finding, ctx) {
		const wanted = await requestedNewKey(ctx);
		if (wanted) return newKeyFix(wanted, ctx);
		const file = await keyInUse(ctx);
		if (!file) return [];
		const report = await inspect(file, ctx);
		const shown = shellPath(file, ctx.home);
		const fixes: Fix[] = [];
		if (report.issues.some(i => i.kind === 'mode')) fixes.push({id: 'key.chmod', title: `Make ${shown} readable only by you (chmod 600)`, commands: [`chmod 600 ${shown}`]});
		if (report.issues.some(i => i.kind === 'not-ignored') && report.git?.inRepo) {
			const ignore = path.join(report.git.root, '.gitignore');
			fixes.push({id: 'key.gitignore', title: `Add ${path.basename(file)} to ${shellPath(ignore, ctx.home)}`, commands: [`echo ${ignoreLine(report)} >> ${shellPath(ignore, ctx.home)}`]});
		}
		return fixes;
	},
	async apply(fix, ctx) {
		const wanted = await requestedNewKey(ctx);
		if (fix.id === 'key.create' && wanted) return createNewKey(wanted, ctx);
		const file = await keyInUse(ctx);
		if (!file) return;
		if (fix.id === 'key.chmod') {
			ctx.ran(`chmod 600 ${shellPath(file, ctx.home)}`);
			await chmod(file, 0o600);
			return;
		}
		if (fix.id === 'key.gitignore') {
			const report = await inspect(file, ctx);
			if (!report.git?.inRepo) return;
			const ignore = path.join(report.git.root, '.gitignore');
			const existing = await readFile(ignore, 'utf8').catch(() => '');
			ctx.ran(`echo ${ignoreLine(report)} >> ${shellPath(ignore, ctx.home)}`);
			await appendFile(ignore, `${existing && !existing.endsWith('\n') ? '\n' : ''}${ignoreLine(report)}\n`);
		}
	},
};

/** The key the person's code will load: the ADC file when it is a key, else --key-file. */
async function keyInUse(ctx: Context): Promise<string | undefined> {
	const adc = ctx.facts.adc;
	if (adc?.type === 'service_account' && adc.path) return adc.path;
	const candidate = ctx.options.keyFile ? path.resolve(ctx.cwd, ctx.options.keyFile) : undefined;
	if (!candidate) return undefined;
	const read = await readCredentialFile(candidate);
	// A --key-file that is missing or broken is still checked, so the person hears why.
	return !read.ok && read.problem.code !== 'missing' ? candidate : read.ok && read.json.type === 'service_account' ? candidate : undefined;
}

function inspect(file: string, ctx: Context): Promise<KeyReport> {
	return inspectKeyFile(file, {home: ctx.home, platform: ctx.platform, env: ctx.env, project: ctx.facts.project?.projectId, uid: process.getuid?.()});
}

/** `/secrets/key.json`: anchored at the repository root, glob characters escaped. */
function ignoreLine(report: KeyReport): string {
	if (!report.git?.inRepo) return '';
	const rel = path.relative(report.git.root, report.realPath ?? report.path).split(path.sep).join('/');
	return `/${rel.replace(/([*?[\]!#\\ ])/g, '\\$1')}`;
}
