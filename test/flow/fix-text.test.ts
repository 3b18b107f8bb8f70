import {describe, expect, it} from 'vitest';
import {shownFix} from '../../source/flow/fix-text.js';

describe('shownFix', () => {
	it('drops a command the sentence spells out when it is listed below', () => {
		expect(shownFix({status: 'fail', summary: 's', fix: 'Sign in: gcloud auth login', commands: ['gcloud auth login']})).toBe('Sign in');
	});

	it('keeps the sentence whole when the command is not listed, or is the whole sentence', () => {
		expect(shownFix({status: 'fail', summary: 's', fix: 'Sign in: gcloud auth login'})).toBe('Sign in: gcloud auth login');
		expect(shownFix({status: 'fail', summary: 's', fix: 'chmod 600 ~/k.json', commands: ['chmod 600 ~/k.json']})).toBe('chmod 600 ~/k.json');
	});
});
