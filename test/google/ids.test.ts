import {describe, expect, it} from 'vitest';
import {email, location, member, memberFor, modelId, projectId, projectNumber, role, serviceName} from '../../source/google/ids.js';

const cases: Array<[string, (v: string) => {ok: boolean}, string[], string[]]> = [
	['projectId', projectId, ['my-proj-123', 'abcdef', 'a'.repeat(30)], ['', 'My Project', 'abc', 'a'.repeat(31), '1abcdef', 'abcdef-', 'my_proj', 'proj;rm -rf', 'my-proj/..']],
	['projectNumber', projectNumber, ['123456789012', '1'], ['0123', '12a', '-1', '', '1 2']],
	['location', location, ['global', 'us', 'eu', 'us-central1', 'europe-west4', 'asia-northeast1'], ['US', 'us-central', 'us-central1/', '../x', 'uscentral1', '']],
	['modelId', modelId, ['gemini-2.5-flash', 'gemini-2.0-flash-001', 'claude-3@20240229'], ['Gemini', '../gemini', 'a..b', '-gemini', 'gemini?x=1', 'gemini/flash', '']],
	['email', email, ['ana@example.com', 'sa@p.iam.gserviceaccount.com', 'a.b+c@x.co'], ['ana', 'ana@', '@x.com', 'a b@x.com', 'a@x', 'a@x.com;ls', "a'@x.com"]],
	['member', member, ['user:ana@example.com', 'serviceAccount:sa@p.iam.gserviceaccount.com', 'group:devs@example.com'], ['ana@example.com', 'domain:example.com', 'user:', 'user:ana', 'allUsers', 'user:ana@example.com extra']],
	['serviceName', serviceName, ['aiplatform.googleapis.com', 'cloudresourcemanager.googleapis.com'], ['aiplatform', 'AIPLATFORM.googleapis.com', 'evil.com', '.googleapis.com', 'a..googleapis.com', 'x.googleapis.com.evil.com']],
	['role', role, ['roles/aiplatform.user', 'roles/owner', 'projects/my-proj-123/roles/custom_1'], ['aiplatform.user', 'roles/', 'roles/a b', 'roles/../owner', '']],
];

describe.each(cases)('%s', (_name, check, good, bad) => {
	it.each(good)('accepts %j', value => {
		expect(check(value)).toEqual({ok: true, value});
	});
	it.each(bad)('rejects %j with a message naming the value and the form', value => {
		const result = check(value) as {ok: false; message: string};
		expect(result.ok).toBe(false);
		expect(result.message).toContain(value === '' ? 'an empty value' : JSON.stringify(value.trim()));
		expect(result.message.length).toBeGreaterThan(30);
	});
});

describe('ids', () => {
	it('trims surrounding whitespace from accepted values', () => {
		expect(projectId('  my-proj-123\n')).toEqual({ok: true, value: 'my-proj-123'});
	});
	it('explains the project ID form', () => {
		const result = projectId('My Project');
		expect(result).toMatchObject({ok: false});
		expect(!result.ok && result.message).toMatch(/^Not a project ID: "My Project"\. A project ID is 6–30 characters/);
	});
	it('builds members from emails', () => {
		expect(memberFor('ana@example.com')).toBe('user:ana@example.com');
		expect(memberFor('sa@p.iam.gserviceaccount.com')).toBe('serviceAccount:sa@p.iam.gserviceaccount.com');
	});
});
