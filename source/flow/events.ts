import type {Choice, Finding, Fix, ProgressItem, ProjectSummary, StepId} from '../steps/types.js';

/** A question the runner needs answered. The renderer shows it and calls `answer` once. */
export type PromptRequest =
	| {kind: 'select'; id: string; message: string; choices: Choice<unknown>[]; initial?: unknown; answer: (value: unknown) => void}
	| {kind: 'confirm'; id: string; message: string; initial: boolean; answer: (value: boolean) => void}
	| {kind: 'project'; id: string; projects: ProjectSummary[]; current?: string; answer: (projectId: string) => void};

/**
 * What the runner tells every renderer (Ink, plain lines, JSON). Renderers only consume these;
 * the runner never knows which renderer is listening.
 */
export type RunEvent =
	/** A step begins; `label` is the running text ("Checking billing…"). */
	| {type: 'step-start'; id: StepId; title: string; label: string}
	| {type: 'step-progress'; id: StepId; item: ProgressItem}
	/** A check found a problem; the fixes are about to be offered. */
	| {type: 'step-problem'; id: StepId; finding: Finding; fixes: Fix[]}
	| {type: 'step-fixing'; id: StepId; fix: Fix}
	/** Final word on a step. */
	| {type: 'step-done'; id: StepId; title: string; finding: Finding}
	| {type: 'prompt'; prompt: PromptRequest}
	/** A question was answered (or withdrawn); `answer` is what the person chose, as shown. */
	| {type: 'prompt-done'; id: string; answer?: string}
	/** A command the tool ran on the person's behalf, shown so they can repeat it. */
	| {type: 'command-run'; id?: StepId; command: string}
	/** A child process takes the terminal (gcloud auth login); renderers must get out of the way. */
	| {type: 'handoff'; active: boolean}
	/** A wait the person can see, e.g. for IAM to propagate. */
	| {type: 'countdown'; id: StepId; label: string; secondsLeft: number | null};
