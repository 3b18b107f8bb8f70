import type {Context, Step} from '../steps/context.js';
import type {PlannableStep, StepPlan} from '../steps/plan.js';
import type {Finding, Fix, StepId} from '../steps/types.js';
import type {RunEvent} from './events.js';
import {Cancelled, NeedsAnswer} from './prompts.js';
import {findingFromError} from './failure.js';
import {dependencyOrder} from './order.js';

export {dependencyOrder} from './order.js';

export interface StepOutcome {
	id: StepId;
	title: string;
	finding: Finding;
	/** Fixes that were applied in this run. */
	applied: Fix[];
	/** Fixes that remain for a person (logins, or anything declined). */
	pending: Fix[];
	/** --dry-run: a blocked step whose fixes can't be planned without this flag. */
	unplanned?: NonNullable<StepPlan['needs']>;
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
	/**
	 * --dry-run: a blocked step still says what it would change (its `plan`), so the plan covers
	 * the whole way to working, not just the first failure.
	 */
	plan?: boolean;
}

const BAD = new Set(['fail', 'blocked']);

/**
 * Walks the steps: check → (offer fixes → apply → re-check). A step whose `needs` failed is
 * blocked, not run. Emits events for the renderers; returns the outcome of every step, in the
 * order given.
 */
export async function runSteps(steps: PlannableStep[], ctx: Context, emit: (event: RunEvent) => void, mode: RunMode): Promise<RunResult> {
	const outcomes = new Map<StepId, StepOutcome>();
	const settled = new Map<StepId, Promise<StepOutcome>>();
	let stopped: RunResult['stopped'];
	const outcome = (step: Step, finding: Finding): StepOutcome => ({id: step.id, title: step.title, finding, applied: [], pending: []});

	const runOne = async (step: PlannableStep): Promise<StepOutcome> => {
		const deps = await Promise.all(step.needs.filter((id) => settled.has(id)).map((id) => settled.get(id)!));
		const broken = deps.find((d) => BAD.has(d.finding.status));
		// Ctrl-C outside a prompt (during a check or a wait) stops the run just the same.
		if (!stopped && ctx.signal.aborted) stopped = {reason: 'cancelled'};
		let result: StepOutcome;
		const notReached = stopped !== undefined;
		if (stopped) {
			result = outcome(step, {status: 'blocked', summary: 'Not checked: the run stopped before this step'});
		} else if (broken) {
			result = outcome(step, {status: 'blocked', summary: `Blocked: ${broken.title} must pass first`});
			if (mode.plan && step.plan) Object.assign(result, await planBlocked(step, stepContext(step, ctx, emit)));
		} else {
			emit({type: 'step-start', id: step.id, title: step.title, label: `Checking ${step.title}…`});
			const seen: Seen = {};
			result = await checkAndFix(step, stepContext(step, ctx, emit), emit, mode, seen).catch((error: unknown) => {
				if (error instanceof Cancelled || ctx.signal.aborted) stopped ??= {reason: 'cancelled'};
				else if (error instanceof NeedsAnswer) stopped ??= {reason: 'needs-answer', flag: error.flag, question: error.question};
				else return outcome(step, findingFromError(error, ctx));
				return stoppedOutcome(step, stopped, seen);
			});
		}
		outcomes.set(step.id, result);
		// Steps never reached after a stop are in the result (and the summary), not on screen as
		// a row of "not checked" lines.
		if (!notReached) emit({type: 'step-done', id: step.id, title: step.title, finding: result.finding});
		return result;
	};

	const ordered = dependencyOrder(steps);
	if (mode.concurrent) {
		// Each step waits only for the steps it needs, so independent checks overlap. The order
		// puts every step after its needs, so their promises exist when the step looks them up.
		for (const step of ordered) settled.set(step.id, runOne(step));
		await Promise.all(settled.values());
	} else {
		for (const step of ordered) {
			const done = runOne(step);
			settled.set(step.id, done);
			await done;
		}
	}
	return {steps: steps.map((s) => outcomes.get(s.id)!), stopped};
}

/** A plan is advice for a dry-run: one that can't be made leaves the step with no fixes, not a crash. */
async function planBlocked(step: PlannableStep, ctx: Context): Promise<Pick<StepOutcome, 'pending' | 'unplanned'>> {
	try {
		const plan = await step.plan!(ctx);
		return plan.needs ? {pending: plan.fixes, unplanned: plan.needs} : {pending: plan.fixes};
	} catch {
		return {pending: []};
	}
}

/** What a step had found when the run stopped in it: a cancelled question leaves the problem standing. */
interface Seen {
	finding?: Finding;
	fixes?: Fix[];
}

function stoppedOutcome(step: Step, stopped: RunResult['stopped'], seen: Seen): StepOutcome {
	const why = stopped?.reason === 'needs-answer' ? `Stopped here: "${stopped.question}" needs ${stopped.flag}.` : 'Cancelled here, before anything was changed.';
	const base = {id: step.id, title: step.title, applied: [], pending: seen.fixes ?? []};
	if (seen.finding && seen.finding.status !== 'ok') {
		return {...base, finding: {...seen.finding, detail: [seen.finding.detail, why].filter(Boolean).join(' ')}};
	}
	if (stopped?.reason === 'needs-answer') {
		return {...base, finding: {status: 'fail', summary: `Needs an answer: ${stopped.question}`, fix: `Run again with ${stopped.flag}`}};
	}
	return {...base, finding: {status: 'fail', summary: 'Cancelled'}};
}

async function checkAndFix(step: Step, ctx: Context, emit: (event: RunEvent) => void, mode: RunMode, seen: Seen): Promise<StepOutcome> {
	const base = {id: step.id, title: step.title};
	let finding = await step.check(ctx);
	seen.finding = finding;
	if (finding.status === 'ok' || finding.status === 'skipped' || !step.fixes || !step.apply) {
		return {...base, finding, applied: [], pending: []};
	}
	const fixes = await step.fixes(finding, ctx);
	seen.fixes = fixes;
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
	// Still failing after the fix: the other ways out (a login, say) are what is left to do.
	const pending = BAD.has(finding.status) ? fixes.filter((f) => f !== fix) : [];
	return {...base, finding, applied: [fix], pending};
}

async function chooseFix(step: Step, fixes: Fix[], ctx: Context): Promise<Fix | undefined> {
	if (fixes.length === 1) {
		const [fix] = fixes as [Fix];
		if (fix.asks && ctx.ask.interactive) return fix;
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

/**
 * The context a step sees: its progress and the commands it runs are tagged with its id, so
 * renderers attribute them right even when checks run concurrently.
 */
function stepContext(step: Step, ctx: Context, emit: (event: RunEvent) => void): Context {
	return {
		...ctx,
		progress: (item) => emit({type: 'step-progress', id: step.id, item}),
		ran: (command) => {
			ctx.ran(command);
			emit({type: 'command-run', id: step.id, command});
		},
	};
}
