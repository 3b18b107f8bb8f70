import type {AuthClient} from 'google-auth-library';
import type {Endpoints} from '../google/endpoints.js';
import type {Gcloud} from '../google/gcloud.js';
import type {Finding, Fix, Options, ProgressItem, Prompter, StepId} from './types.js';

/** What earlier steps found out; later steps read it. Filled in as the run goes. */
export interface Facts {
	/** gcloud's version, or null when gcloud is not installed. */
	gcloudVersion?: string | null;
	/** The active gcloud account, and every credentialed one. */
	account?: string | null;
	accounts?: string[];
	adc?: AdcFacts;
	project?: {projectId: string; projectNumber: string; name: string};
	billingEnabled?: boolean;
	/** The IAM member that needs roles/aiplatform.user, e.g. `user:ana@example.com`. */
	principal?: string;
	region?: string;
	model?: string;
	/** Epoch ms of the last API enable or role grant: Google needs minutes to notice. */
	changedAt?: number;
	/** An org policy refused a new service-account key. */
	keyBlocked?: {account: string; constraint: string};
	smoke?: {text: string; modelVersion?: string; latencyMs: number; region: string; model: string};
}

export interface AdcFacts {
	/** Where the client libraries will find credentials, in their search order. */
	source: 'env' | 'well-known' | 'none';
	path?: string;
	type?: string;
	/** user email or service-account email */
	principal?: string;
	quotaProject?: string;
	/** For a service-account key file: the project it belongs to. */
	keyProject?: string;
}

/** Everything a step may touch. Steps never import React or execa; they go through this. */
export interface Context {
	endpoints: Endpoints;
	/** The environment as the developer's own code will see it. */
	env: NodeJS.ProcessEnv;
	cwd: string;
	home: string;
	platform: NodeJS.Platform;
	options: Options;
	ask: Prompter;
	gcloud: Gcloud;
	/** Admin calls run as the gcloud account (ADC when there is no gcloud); the smoke test runs as ADC. */
	auth: {admin(): Promise<AuthClient>; adc(): Promise<AuthClient>};
	facts: Facts;
	progress(item: ProgressItem): void;
	/** Record a command the tool ran for the person, so the summary can show how to repeat it. */
	ran(command: string): void;
	/** Waits that tests and Ctrl-C can cut short. */
	sleep(ms: number): Promise<void>;
	signal: AbortSignal;
	now(): number;
}

/** A step: plain data plus plain async functions. */
export interface Step {
	id: StepId;
	title: string;
	/** Steps whose facts this one reads. When any of them failed, this one is blocked. */
	needs: StepId[];
	check(ctx: Context): Promise<Finding>;
	/** The changes that would fix what check found. Empty: nothing this tool can do. */
	fixes?(finding: Finding, ctx: Context): Promise<Fix[]>;
	apply?(fix: Fix, ctx: Context): Promise<void>;
}
