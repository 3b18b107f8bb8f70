import {describe, expect, it} from 'vitest';
import {profileLine} from '../../source/cli/profile-line.js';

const OPTIONS = {smokeTest: true, yes: false};

describe('profileLine', () => {
	it('names the file and every answer it supplies', () => {
		expect(profileLine('/team/vertex-setup.json', {project: 'p-123456', roles: ['roles/logging.viewer', 'roles/storage.objectViewer'], principalKind: 'serviceAccount'}, OPTIONS)).toBe(
			'Using team profile /team/vertex-setup.json: project p-123456, extra roles roles/logging.viewer, roles/storage.objectViewer, principal kind serviceAccount',
		);
	});

	it('says which of its answers a flag overrides', () => {
		expect(profileLine('/p/package.json', {project: 'p-123456', apis: ['bigquery.googleapis.com']}, {...OPTIONS, project: 'other-123', apis: ['a.googleapis.com']})).toBe(
			'Using team profile /p/package.json (--project other-123 wins over its project; --apis a.googleapis.com wins over its extra APIs)',
		);
	});

	it('an empty profile is still announced', () => {
		expect(profileLine('/p/vertex-setup.json', {}, OPTIONS)).toBe('Using team profile /p/vertex-setup.json');
	});
});
