import {newEtag} from './ids.js';
import type {EmulatorState, PolicyState} from './state.js';

export interface FailRule {
	method?: string;
	path: RegExp;
	status: number;
	/** A JSON body (object) or raw text; defaults to Google's error envelope for the status. */
	body?: unknown;
	times: number;
}

export interface DelayRule {
	method?: string;
	path: RegExp;
	ms: number;
	/** Unlimited when omitted. */
	times?: number;
}

interface IamWriter {
	projectId: string;
	mutate: (policy: PolicyState) => void;
	times: number;
}

/** Per-endpoint faults: forced errors, extra latency, and a rival writer of IAM policies. */
export class FaultController {
	private fails: FailRule[] = [];
	private delays: Array<DelayRule & {times: number}> = [];
	private writers: IamWriter[] = [];

	/** The next `times` matching calls answer `status` (path is tested against the URL path, no query). */
	fail(rule: FailRule): void {
		this.fails.push({...rule});
	}

	delay(rule: DelayRule): void {
		this.delays.push({...rule, times: rule.times ?? Number.POSITIVE_INFINITY});
	}

	/**
	 * Right after the next `times` getIamPolicy answers for the project, change its stored policy
	 * (and etag), so the caller's setIamPolicy with the etag it just read gets 409 ABORTED.
	 */
	concurrentIamWriter(projectId: string, mutate: (policy: PolicyState) => void, times = 1): void {
		this.writers.push({projectId, mutate, times});
	}

	clear(): void {
		this.fails = [];
		this.delays = [];
		this.writers = [];
	}

	/** Consumes one use of the first matching fail rule. */
	takeFailure(method: string, path: string): FailRule | undefined {
		const rule = this.fails.find(r => r.times > 0 && matches(r, method, path));
		if (rule) rule.times--;
		return rule;
	}

	/** Total extra latency for this call; consumes one use of each matching delay rule. */
	takeDelay(method: string, path: string): number {
		let ms = 0;
		for (const r of this.delays) {
			if (r.times <= 0 || !matches(r, method, path)) continue;
			r.times--;
			ms += r.ms;
		}
		return ms;
	}

	/** Called by getIamPolicy after its answer is built. */
	afterPolicyRead(state: EmulatorState, projectId: string): void {
		const project = state.projects[projectId];
		if (!project) return;
		for (const w of this.writers) {
			if (w.projectId !== projectId || w.times <= 0) continue;
			w.times--;
			w.mutate(project.policy);
			project.policy.version = project.policy.bindings.some(b => b.condition) ? 3 : 1;
			project.policy.etag = newEtag();
		}
	}
}

function matches(rule: {method?: string; path: RegExp}, method: string, path: string): boolean {
	if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
	rule.path.lastIndex = 0;
	return rule.path.test(path);
}
