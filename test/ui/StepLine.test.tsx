import {describe, expect, it} from 'vitest';
import {StepLine} from '../../source/ui/StepLine.js';
import {renderInk} from '../helpers/ink.js';

const enableCommand = 'gcloud services enable aiplatform.googleapis.com --project=my-proj';

describe('StepLine', () => {
	it('shows an ok step as one line: check mark, title, summary', () => {
		const ink = renderInk(
			<StepLine title="APIs" finding={{status: 'ok', summary: 'Vertex AI API enabled', detail: 'not shown', commands: ['x']}} />,
		);
		expect(ink.frame()).toBe('✔ APIs: Vertex AI API enabled');
	});

	it('shows a failure with why, the fix and each command on its own line', () => {
		const ink = renderInk(
			<StepLine
				title="APIs"
				finding={{
					status: 'fail',
					summary: 'Vertex AI API is not enabled on my-proj',
					detail: 'Gemini calls fail with SERVICE_DISABLED until it is.',
					fix: 'enable aiplatform.googleapis.com.',
					commands: [enableCommand, 'gcloud services list --enabled --project=my-proj'],
				}}
			/>,
		);
		const lines = ink.frame().split('\n');
		expect(lines[0]).toBe('✖ APIs: Vertex AI API is not enabled on my-proj');
		expect(lines[1]).toBe('  Gemini calls fail with SERVICE_DISABLED until it is.');
		expect(lines[2]).toBe('  Fix: enable aiplatform.googleapis.com.');
		expect(lines[3]).toBe(`    ${enableCommand}`);
		expect(lines[4]).toBe('    gcloud services list --enabled --project=my-proj');
	});

	it('marks a warning with ⚠ and still says what to do', () => {
		const ink = renderInk(
			<StepLine title="Quota project" finding={{status: 'warn', summary: 'ADC has no quota project', fix: 'set one.'}} />,
		);
		expect(ink.frame()).toBe('⚠ Quota project: ADC has no quota project\n  Fix: set one.');
	});

	it('marks a blocked step with ○ and names what blocks it', () => {
		const ink = renderInk(
			<StepLine title="IAM" finding={{status: 'blocked', summary: 'Blocked: Project must pass first', detail: 'Pick a project first.'}} />,
		);
		expect(ink.frame()).toBe('○ IAM: Blocked: Project must pass first\n  Pick a project first.');
	});

	it('keeps a long command whole on a narrow terminal, so it copies as one line', () => {
		const ink = renderInk(
			<StepLine title="APIs" finding={{status: 'fail', summary: 'Vertex AI API is off', commands: [enableCommand]}} />,
			{columns: 40},
		);
		expect(ink.frame().split('\n')).toContain(`    ${enableCommand}`);
	});

	it('wraps prose on a narrow terminal instead of cutting it', () => {
		const detail = 'Gemini calls fail with SERVICE_DISABLED until the API is enabled on the project.';
		const ink = renderInk(<StepLine title="APIs" finding={{status: 'fail', summary: 'Off', detail}} />, {columns: 40});
		const lines = ink.frame().split('\n');
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.every(line => line.length <= 40)).toBe(true);
		expect(lines.slice(1).join(' ').replace(/\s+/g, ' ').trim()).toBe(detail);
	});
});
