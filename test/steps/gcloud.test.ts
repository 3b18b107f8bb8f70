import {describe, expect, it} from 'vitest';
import {gcloudStep, parseVersion} from '../../source/steps/gcloud.js';
import {installInstructions} from '../../source/steps/gcloud-install.js';
import {sandboxContext} from '../helpers/context.js';

describe('gcloud step', () => {
	it('finds the stand-in gcloud and its version', async () => {
		const {ctx} = await sandboxContext('healthy');
		const finding = await gcloudStep.check(ctx);
		expect(finding.status).toBe('ok');
		expect(finding.summary).toMatch(/^gcloud \d+\.\d+\.\d+ found at \//);
		expect(ctx.facts.gcloudVersion).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it('warns, with this OS’s install command, when gcloud is missing', async () => {
		const {ctx} = await sandboxContext('gcloud-missing');
		const finding = await gcloudStep.check(ctx);
		expect(finding).toMatchObject({status: 'warn', summary: 'gcloud is not installed'});
		expect(finding.detail).toContain('continues with Application Default Credentials alone');
		expect(finding.commands).toEqual(installInstructions(ctx.platform, ctx.env).commands);
		expect(ctx.facts.gcloudVersion).toBeNull();
	});
});

describe('install instructions', () => {
	it('gives Homebrew on macOS, the installer on Windows, a package or script on Linux', () => {
		expect(installInstructions('darwin', {}).commands).toEqual(['brew install --cask google-cloud-sdk']);
		const windows = installInstructions('win32', {});
		expect(windows.text).toContain('https://cloud.google.com/sdk/docs/install#windows');
		expect(windows.text).toContain('WSL');
		expect(installInstructions('linux', {PATH: ''}).commands[0]).toBe('curl https://sdk.cloud.google.com | bash');
	});
});

describe('parseVersion', () => {
	it('reads the "Google Cloud SDK" entry of the JSON, or the first text line', () => {
		expect(parseVersion('{"Google Cloud SDK": "528.0.0", "core": "2025.06.20"}')).toBe('528.0.0');
		expect(parseVersion('Google Cloud SDK 528.0.0\nalpha 2025.06.20\n')).toBe('528.0.0');
		expect(parseVersion('{}')).toBeUndefined();
	});
});
