import {describe, expect, it} from 'vitest';
import {exitCodeFor} from '../../source/flow/outcome.js';
import type {RunResult, StepOutcome} from '../../source/flow/runner.js';
import type {Status} from '../../source/steps/types.js';

const step = (status: Status): StepOutcome => ({id: 'billing', title: 'Billing', finding: {status, summary: status}, applied: [], pending: []});
const result = (statuses: Status[], stopped?: RunResult['stopped']): RunResult => ({steps: statuses.map(step), stopped});

describe('exit codes', () => {
	it('0 when everything passes, warnings and skipped steps included', () => {
		expect(exitCodeFor(result(['ok', 'warn', 'skipped']))).toBe(0);
		expect(exitCodeFor(result([]))).toBe(0);
	});

	it('1 when a step fails or is blocked', () => {
		expect(exitCodeFor(result(['ok', 'fail']))).toBe(1);
		expect(exitCodeFor(result(['ok', 'blocked']))).toBe(1);
	});

	it('2 when a question needed a flag, 130 when cancelled, whatever the steps say', () => {
		expect(exitCodeFor(result(['fail'], {reason: 'needs-answer', flag: '--project PROJECT_ID', question: 'Which project?'}))).toBe(2);
		expect(exitCodeFor(result(['ok', 'blocked'], {reason: 'cancelled'}))).toBe(130);
	});
});
