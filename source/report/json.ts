import type {RunEvent} from '../flow/events.js';
import type {Identities} from '../flow/identities.js';
import type {RunResult} from '../flow/runner.js';
import type {Facts} from '../steps/context.js';
import type {StepId} from '../steps/types.js';
import {VERSION} from '../version.js';

/** Bumped only when a field changes meaning or disappears; new fields keep the version. */
export const SCHEMA_VERSION = 1;

export interface JsonStep {
	id: StepId;
	title: string;
	status: string;
	summary: string;
	detail: string | null;
	fix: string | null;
	/** Commands a person (or an admin) would run to fix what is still failing. */
	fix_commands: string[];
	/** Commands this run executed for this step. */
	commands_run: string[];
}

/** Collects which commands ran during which step, from the runner's events. */
export function commandRecorder(): {listener: (event: RunEvent) => void; byStep: Map<StepId, string[]>} {
	const byStep = new Map<StepId, string[]>();
	return {
		byStep,
		listener(event) {
			if (event.type === 'command-run' && event.id) byStep.set(event.id, [...(byStep.get(event.id) ?? []), event.command]);
		},
	};
}

export function jsonReport(input: {
	mode: 'doctor' | 'repair' | 'dry-run';
	startedAt: Date;
	finishedAt: Date;
	result: RunResult;
	facts: Facts;
	identities: Identities;
	commandsRun: Map<StepId, string[]>;
	exitCode: number;
}) {
	const {result, facts} = input;
	const steps: JsonStep[] = result.steps.map((s) => ({
		id: s.id,
		title: s.title,
		status: s.finding.status,
		summary: s.finding.summary,
		detail: s.finding.detail ?? null,
		fix: s.finding.fix ?? null,
		fix_commands: [...(s.finding.commands ?? []), ...s.pending.flatMap((f) => f.commands)].filter(unique),
		commands_run: input.commandsRun.get(s.id) ?? [],
	}));
	return {
		schemaVersion: SCHEMA_VERSION,
		tool: 'vertex-setup',
		version: VERSION,
		mode: input.mode,
		startedAt: input.startedAt.toISOString(),
		finishedAt: input.finishedAt.toISOString(),
		exitCode: input.exitCode,
		ok: input.exitCode === 0,
		steps,
		manualSteps: manualSteps(result),
		stopped: result.stopped ?? null,
		identities: input.identities,
		project: facts.project?.projectId ?? null,
		region: facts.region ?? null,
		model: facts.model ?? null,
		smokeTest: facts.smoke ? {reply: facts.smoke.text, modelVersion: facts.smoke.modelVersion ?? null, latencyMs: facts.smoke.latencyMs, region: facts.smoke.region, model: facts.smoke.model} : null,
	};
}

/**
 * What only a person can do: sign-ins (they need a browser), and every failure this tool has no
 * fix for (linking billing, an admin's grant, a variable in the person's shell), in its own words.
 */
function manualSteps(result: RunResult): {step: StepId; title: string; commands: string[]}[] {
	return result.steps.flatMap((s) => {
		if (s.finding.status === 'fail' && s.pending.length === 0) {
			return [{step: s.id, title: s.finding.fix ?? s.finding.summary, commands: s.finding.commands ?? []}];
		}
		return s.pending.filter((f) => f.manual).map((f) => ({step: s.id, title: f.title, commands: f.commands}));
	});
}

function unique(value: string, index: number, all: string[]): boolean {
	return all.indexOf(value) === index;
}
