import type {Context, Step} from '../steps/context.js';
import type {Finding, Fix, StepId} from '../steps/types.js';
import type {RunEvent} from './events.js';
import {Cancelled, NeedsAnswer} from './prompts.js';
import {findingFromError} from './failure.js';

export interface StepOutcome {
	id: StepId;
	title: string;
	finding: Finding;
	/** Fixes that were applied in this run. */
	applied: Fix[];
	/** Fixes that remain for a person (logins, or anything declined). */
	pending: Fix[];
}

export interface RunResult {
	steps: StepOutcome[];
	/** Set when the person cancelled, or a question had no answer (piped, no flag). */
	stopped?: {reason: 'cancelled'} | {reason: 'needs-answer'; flag: string; question: string};
}

export interface RunMode {
	/** Offer and apply fixes (wizard, --yes). False: diagnose only (doctor, --dry-run). */
	fix: boolean;
	/** Run independent checks at the same time. Only when nothing can prompt. */
	concurrent: boolean;
}

const BAD = new Set(['fail', 'blocked']);

/**
 * Walks the steps: check → (offer fixes → apply → re-check). A step whose `needs` failed is
 * blocked, not run. Emits events for the renderers; returns the outcome of every step.
 */
export async function runSteps(steps: Step[], ctx: Context, emit: (event: RunEvent) => void, mode: RunMode): Promise<RunResult> {
	const outcomes = new Map<StepId, StepOutcome>();
	const settled = new Map<StepId, Promise<StepOutcome>>();
	let stopped: RunResult['stopped'];

	const runOne = async (step: Step): Promise<StepOutcome> => {
		const deps = await Promise.all(step.needs.filter((id) => settled.has(id)).map((id) => settled.get(id)!));
		const broken = deps.find((d) => BAD.has(d.finding.status));
		let outcome: StepOutcome;
		if (stopped) {
			outcome = {id: step.id, title: step.title, finding: {status: 'blocked', summary: 'Not checked: the run stopped before this step'}, applied: [], pending: []};
		} else if (broken) {
			outcome = {id: step.id, title: step.title, finding: {status: 'blocked', summary: `Blocked: ${broken.title} must pass first`}, applied: [], pending: []};
		} else {
			emit({type: 'step-start', id: step.id, title: step.title, label: `Checking ${step.title}…`});
			outcome = await checkAndFix(step, ctx, emit, mode).catch((error: unknown) => {
				if (error instanceof Cancelled) stopped ??= {reason: 'cancelled'};
				else if (error instanceof NeedsAnswer) stopped ??= {reason: 'needs-answer', flag: error.flag, question: error.question};
				else return {id: step.id, title: step.title, finding: findingFromError(error, ctx), applied: [], pending: []};
				return {id: step.id, title: step.title, finding: stoppedFinding(stopped), applied: [], pending: []};
			});
		}
		outcomes.set(step.id, outcome);
		emit({type: 'step-done', id: step.id, title: step.title, finding: outcome.finding});
		return outcome;
	};

	if (mode.concurrent) {
		// Each step waits only for the steps it needs, so independent checks overlap.
		for (const step of steps) settled.set(step.id, runOne(step));
		await Promise.all(settled.values());
	} else {
		for (const step of steps) {
			const done = runOne(step);
			settled.set(step.id, done);
			await done;
		}
	}
	return {steps: steps.map((s) => outcomes.get(s.id)!), stopped};
}

function stoppedFinding(stopped: RunResult['stopped']): Finding {
	if (stopped?.reason === 'needs-answer') {
		return {status: 'fail', summary: `Needs an answer: ${stopped.question}`, fix: `Run again with ${stopped.flag}`};
	}
	return {status: 'fail', summary: 'Cancelled'};
}

async function checkAndFix(step: Step, ctx: Context, emit: (event: RunEvent) => void, mode: RunMode): Promise<StepOutcome> {
	const base = {id: step.id, title: step.title};
	let finding = await step.check(ctx);
	if (finding.status === 'ok' || finding.status === 'skipped' || !step.fixes || !step.apply) {
		return {...base, finding, applied: [], pending: []};
	}
	const fixes = await step.fixes(finding, ctx);
	if (fixes.length === 0) return {...base, finding, applied: [], pending: []};
	if (!mode.fix) return {...base, finding, applied: [], pending: fixes};

	if (!ctx.ask.interactive && fixes.every((f) => f.manual)) {
		// Logins need a browser and a person: report them as the remaining manual step.
		return {...base, finding, applied: [], pending: fixes};
	}
	emit({type: 'step-problem', id: step.id, finding, fixes});
	const fix = await chooseFix(step, ctx.ask.interactive ? fixes : fixes.filter((f) => !f.manual), ctx);
	if (!fix) return {...base, finding, applied: [], pending: fixes};
	emit({type: 'step-fixing', id: step.id, fix});
	await step.apply(fix, ctx);
	finding = await step.check(ctx);
	return {...base, finding, applied: [fix], pending: []};
}

async function chooseFix(step: Step, fixes: Fix[], ctx: Context): Promise<Fix | undefined> {
	if (fixes.length === 1) {
		const [fix] = fixes as [Fix];
		const yes = await ctx.ask.confirm({id: `${step.id}.fix`, message: `${fix.title}?`, initial: true, flag: '--yes'});
		return yes ? fix : undefined;
	}
	const skip = {label: 'Skip for now', value: undefined};
	return ctx.ask.select<Fix | undefined>({
		id: `${step.id}.fix`,
		message: `How do you want to fix ${step.title}?`,
		choices: [...fixes.map((f) => ({label: f.title, value: f as Fix | undefined})), skip],
		initial: fixes[0],
		flag: '--yes',
	});
}
