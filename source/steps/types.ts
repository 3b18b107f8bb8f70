/** The steps, in the order a person walks them. */
export const STEP_IDS = [
	'gcloud',
	'account',
	'adc',
	'project',
	'quotaProject',
	'billing',
	'apis',
	'iam',
	'keyFile',
	'smokeTest',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** ok ✔, warn ⚠, fail ✖, blocked ○ (an earlier step failed), skipped – (does not apply here). */
export type Status = 'ok' | 'warn' | 'fail' | 'blocked' | 'skipped';

/** What a check found. Every failure names its cause and the exact fix, values filled in. */
export interface Finding {
	status: Status;
	/** One line. Done: past participle ("Vertex AI API enabled"); failing: present tense. */
	summary: string;
	/** Why, in a sentence or two. */
	detail?: string;
	/** What a person does about it, with their project, member and region filled in. */
	fix?: string;
	/** Copy-pasteable commands that carry out the fix. */
	commands?: string[];
}

/** A change a step can make. Shown to the person before it is applied. */
export interface Fix {
	id: string;
	/** "Enable aiplatform.googleapis.com on my-proj" */
	title: string;
	/** The equivalent commands an admin could run instead (for --dry-run and the summary). */
	commands: string[];
	/** A person must do it themselves (a login needs a browser); --yes reports it instead. */
	manual?: boolean;
	/** Applying it is itself a question (a picker): no yes/no before it. */
	asks?: boolean;
	/** The cloud resources it changes, for `--dry-run --format terraform`. */
	changes?: Change[];
}

export type Change =
	| {kind: 'enable-service'; project: string; service: string}
	| {kind: 'grant-role'; project: string; role: string; member: string};

export interface Choice<T> {
	label: string;
	value: T;
	hint?: string;
}

/** How steps ask questions. Interactive: Ink prompts. Otherwise: flags, safe defaults, or an error naming the flag. */
export interface Prompter {
	readonly interactive: boolean;
	select<T>(q: {id: string; message: string; choices: Choice<T>[]; initial?: T; flag?: string}): Promise<T>;
	confirm(q: {id: string; message: string; initial: boolean; flag?: string}): Promise<boolean>;
	pickProject(q: {projects: ProjectSummary[]; current?: string}): Promise<string>;
}

export interface ProjectSummary {
	projectId: string;
	name: string;
	projectNumber: string;
}

/** Progress inside a step, e.g. one spinner per API being enabled. */
export interface ProgressItem {
	key: string;
	label: string;
	state: 'running' | 'done' | 'failed' | 'waiting';
	note?: string;
}

/** Answers given on the command line (and defaults from a team profile). */
export interface Options {
	project?: string;
	region?: string;
	model?: string;
	principal?: string;
	keyFile?: string;
	apis?: string[];
	smokeTest: boolean;
	yes: boolean;
	/** Extra roles to grant the principal (team profile). */
	roles?: string[];
	/** Which kind of principal the team uses (team profile). */
	principalKind?: 'user' | 'serviceAccount';
}
