import {describe, expect, it} from 'vitest';
import type {ActiveStep} from '../../source/flow/state.js';
import {ProblemPanel} from '../../source/ui/ProblemPanel.js';
import {RunningStep} from '../../source/ui/RunningStep.js';
import {renderInk} from '../helpers/ink.js';

const SPIN = '⠋';
const apis = (states: ActiveStep['progress'][number]['state'][]): ActiveStep => ({
	id: 'apis',
	title: 'APIs',
	label: 'Enabling APIs…',
	progress: ['aiplatform.googleapis.com', 'iam.googleapis.com'].map((label, index) => ({key: label, label, state: states[index]!})),
});

describe('RunningStep', () => {
	it('shows a spinner per API being enabled, each turning into a check mark', async () => {
		const ink = renderInk(<RunningStep step={apis(['running', 'running'])} />);
		expect(ink.frame()).toBe(
			[`${SPIN} Enabling APIs…`, `  ${SPIN} aiplatform.googleapis.com`, `  ${SPIN} iam.googleapis.com`].join('\n'),
		);
		ink.rerender(<RunningStep step={apis(['done', 'running'])} />);
		await ink.waitForFrame(frame => frame.includes('✔ aiplatform.googleapis.com'));
		expect(ink.frame()).toContain(`${SPIN} iam.googleapis.com`);
		ink.rerender(<RunningStep step={apis(['done', 'failed'])} />);
		await ink.waitForFrame(frame => frame.includes('✖ iam.googleapis.com'));
		expect(ink.frame()).toContain('✔ aiplatform.googleapis.com');
	});

	it('shows waiting items and their notes', () => {
		const step = apis(['done', 'waiting']);
		step.progress[1] = {...step.progress[1]!, note: 'queued behind the first'};
		const ink = renderInk(<RunningStep step={step} />);
		expect(ink.frame()).toContain('○ iam.googleapis.com (queued behind the first)');
	});

	it('shows a countdown the person can stop', () => {
		const step: ActiveStep = {
			...apis([]),
			progress: [],
			label: 'Checking IAM…',
			countdown: {label: 'Waiting for the role to propagate…', secondsLeft: 12},
		};
		const ink = renderInk(<RunningStep step={step} />);
		expect(ink.frame()).toBe(`${SPIN} Checking IAM…\n  Waiting for the role to propagate… retrying in 12s (Esc to stop)`);
	});

	it('leaves out the Esc hint when nothing listens for Esc, and the seconds when the wait has no end', () => {
		const step: ActiveStep = {...apis([]), progress: [], countdown: {label: 'Waiting for the role to propagate…', secondsLeft: null}};
		const ink = renderInk(<RunningStep step={step} canStop={false} />);
		expect(ink.frame().split('\n')[1]).toBe('  Waiting for the role to propagate…');
	});

	it('shows the problem while fixes are offered, and the fix once it is being applied', () => {
		const fix = {id: 'enable', title: 'Enable aiplatform.googleapis.com on my-proj', commands: ['gcloud services enable aiplatform.googleapis.com']};
		const finding = {status: 'fail' as const, summary: 'Vertex AI API is not enabled on my-proj'};
		const step: ActiveStep = {...apis([]), progress: [], label: 'Checking APIs…', problem: {finding, fixes: [fix]}};
		const ink = renderInk(<RunningStep step={step} />);
		expect(ink.frame()).toContain('✖ Vertex AI API is not enabled on my-proj');
		ink.rerender(<RunningStep step={{...step, fixing: fix}} />);
		expect(ink.frame()).toBe(`${SPIN} Applying: Enable aiplatform.googleapis.com on my-proj…`);
	});
});

describe('ProblemPanel', () => {
	it('renders the finding, its fix and commands, then the changes on offer', () => {
		const ink = renderInk(
			<ProblemPanel
				finding={{
					status: 'fail',
					summary: 'Vertex AI API is not enabled on my-proj',
					detail: 'Gemini calls fail with SERVICE_DISABLED until it is.',
					fix: 'enable aiplatform.googleapis.com.',
					commands: ['gcloud services enable aiplatform.googleapis.com --project=my-proj'],
				}}
				fixes={[
					{id: 'enable', title: 'Enable aiplatform.googleapis.com on my-proj', commands: ['gcloud services enable aiplatform.googleapis.com --project=my-proj']},
					{id: 'login', title: 'Log in with gcloud', commands: ['gcloud auth login'], manual: true},
				]}
			/>,
		);
		expect(ink.frame()).toBe(
			[
				'✖ Vertex AI API is not enabled on my-proj',
				'  Gemini calls fail with SERVICE_DISABLED until it is.',
				'  Fix: enable aiplatform.googleapis.com.',
				'    gcloud services enable aiplatform.googleapis.com --project=my-proj',
				'  I can do this for you:',
				'  • Enable aiplatform.googleapis.com on my-proj',
				'  • Log in with gcloud (you do this)',
				'    gcloud auth login',
			].join('\n'),
		);
	});
});
