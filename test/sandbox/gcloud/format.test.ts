import {describe, expect, it} from 'vitest';
import {parseCondition} from '../../../source/sandbox/gcloud/cmd/iamBinding.js';
import {renderTable, pyCenter} from '../../../source/sandbox/gcloud/format/table.js';
import {toYaml} from '../../../source/sandbox/gcloud/format/yaml.js';
import {HttpError} from '../../../source/sandbox/gcloud/http.js';
import {renderHttpError} from '../../../source/sandbox/gcloud/httpError.js';
import {formatIni, parseIni} from '../../../source/sandbox/gcloud/ini.js';
import {pyRepr} from '../../../source/sandbox/gcloud/pyrepr.js';

// Expected texts below were printed by gcloud 528's own resource printer (ruamel) for the same data.
describe('YAML as gcloud prints it', () => {
	it('quotes, folds at 80 columns, and writes literal blocks like ruamel', () => {
		const doc = {
			description: 'Billing account for project 522837608576 is not found. Billing must be enabled for activation of service(s) to proceed.',
			quoted: "it's a: thing",
			number: '007',
			flag: 'true',
			empty: '',
			tab: 'a\tb',
			lines: 'one\ntwo\n',
			list: [],
			map: {},
			none: null,
			n: 3,
		};
		expect(toYaml(doc)).toBe(
			'description: Billing account for project 522837608576 is not found. Billing must be\n  enabled for activation of service(s) to proceed.\n' +
				"empty: ''\nflag: 'true'\nlines: |\n  one\n  two\nlist: []\nmap: {}\nn: 3\nnone: null\nnumber: '007'\n" +
				'quoted: "it\'s a: thing"\ntab: "a\\tb"\n',
		);
	});

	it('writes an IAM policy with sequences at the key’s column', () => {
		const policy = {version: 3, etag: 'BwXhqDMZGh0=', bindings: [{role: 'roles/owner', members: ['user:alice@example.com'], condition: {title: 't', expression: "request.time < timestamp('2027-01-01T00:00:00Z')"}}]};
		expect(toYaml(policy)).toBe(
			"bindings:\n- condition:\n    expression: request.time < timestamp('2027-01-01T00:00:00Z')\n    title: t\n  members:\n  - user:alice@example.com\n  role: roles/owner\netag: BwXhqDMZGh0=\nversion: 3\n",
		);
	});
});

describe('tables as gcloud prints them', () => {
	it('centres the title like Python and trims trailing blanks', () => {
		const rows = [{account: 'alice@example.com', status: 'ACTIVE'}, {account: 'vertex-setup@my-proj-123.iam.gserviceaccount.com', status: ''}];
		const text = renderTable(rows, {
			title: 'Credentialed Accounts',
			columns: [
				{label: 'ACTIVE', get: (r) => ((r as {status: string}).status ? '*' : '')},
				{label: 'ACCOUNT', get: (r) => (r as {account: string}).account},
			],
		});
		expect(text).toBe(
			'                 Credentialed Accounts\nACTIVE  ACCOUNT\n*       alice@example.com\n        vertex-setup@my-proj-123.iam.gserviceaccount.com\n',
		);
		expect(pyCenter('ab', 5)).toBe('  ab ');
		expect(pyCenter('abc', 6)).toBe(' abc  ');
		expect(pyCenter('abc', 8)).toBe('  abc   ');
	});
});

describe('API errors as gcloud prints them', () => {
	const body = (error: unknown) => JSON.stringify({error});
	it('names the conflict on setIamPolicy and the missing resource on a 404', () => {
		const conflict = new HttpError(409, 'http://127.0.0.1:1/v1/projects/p-1:setIamPolicy?alt=json', body({code: 409, message: 'There were concurrent policy changes.', status: 'ABORTED'}));
		expect(renderHttpError(conflict, 'a@b.c')).toBe('Resource in projects [p-1:setIamPolicy] is the subject of a conflict: There were concurrent policy changes.');
		const missing = new HttpError(404, 'http://127.0.0.1:1/v1/projects/p-1?alt=json', body({code: 404, message: 'Not there', status: 'NOT_FOUND'}));
		expect(renderHttpError(missing, 'a@b.c')).toBe(
			'Projects instance [p-1] not found: Not there. This command is authenticated as a@b.c which is the active account specified by the [core/account] property',
		);
	});

	it('falls back to the status name, or to the raw body', () => {
		const enable = new HttpError(400, 'http://127.0.0.1:1/v1/projects/p/services/s:enable?alt=json', body({code: 400, message: 'Bad.', status: 'FAILED_PRECONDITION'}));
		expect(renderHttpError(enable, 'a@b.c')).toBe('FAILED_PRECONDITION: Bad.');
		expect(renderHttpError(new HttpError(502, 'http://h/v1/x', '<html>'), 'a@b.c')).toBe('HTTPError 502: <html>');
	});
});

describe('small formats', () => {
	it('repr()s values as Python does', () => {
		expect(pyRepr({error: 'invalid_grant', error_description: "it's bad", n: 1, ok: true, none: null})).toBe(
			`{'error': 'invalid_grant', 'error_description': "it's bad", 'n': 1, 'ok': True, 'none': None}`,
		);
	});

	it('round-trips gcloud INI files, keeping order and emptied sections', () => {
		const text = '[core]\nproject = p-1\naccount = a@b.c\n\n[compute]\n\n';
		expect(formatIni(parseIni(text))).toBe(text);
	});

	it('parses --condition values', () => {
		expect(parseCondition(undefined)).toBeUndefined();
		expect(parseCondition('None')).toBeNull();
		expect(parseCondition('expression=request.time < timestamp("2027-01-01T00:00:00Z"),title=t,description=d')).toEqual({
			expression: 'request.time < timestamp("2027-01-01T00:00:00Z")',
			title: 't',
			description: 'd',
		});
		expect(parseCondition('^:^expression=a,b:title=t')).toEqual({expression: 'a,b', title: 't'});
		expect(() => parseCondition('title=only')).toThrow(/condition must be either `None`/);
	});
});
