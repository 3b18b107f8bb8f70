import os from 'node:os';
import type {AuthClient} from 'google-auth-library';
import {adcFileStamp} from '../google/adc.js';
import {adcClient, adminClient} from '../google/auth.js';
import type {Endpoints} from '../google/endpoints.js';
import {createGcloud, type HandOff} from '../google/gcloud.js';
import type {Context, Facts} from '../steps/context.js';
import type {Options, ProgressItem, Prompter} from '../steps/types.js';
import {prefetchedReads} from './gcloud-reads.js';
import {Cancelled} from './prompts.js';

export interface ContextInput {
	endpoints: Endpoints;
	env: NodeJS.ProcessEnv;
	cwd: string;
	options: Options;
	ask: Prompter;
	progress(item: ProgressItem): void;
	ran(command: string): void;
	signal: AbortSignal;
	/** Wraps children that take the terminal, so the renderer can pause around them. */
	handOff?: HandOff;
	now?: () => number;
	sleep?: (ms: number) => Promise<void>;
	/** For tests of platform-specific wording; defaults to this machine's. */
	platform?: NodeJS.Platform;
	/** A run that changes nothing: start gcloud's read-only queries at once and share their answers. */
	prefetchReads?: boolean;
}

/**
 * Wires the adapters the steps use. Auth clients are cached, keyed by what they depend on, so
 * a sign-in in the middle of the run (a fix) is picked up by the next call:
 *   admin: the active gcloud account (facts.account);
 *   adc:   the credential file's path, size and mtime, the quota override and the project.
 */
export function createContext(input: ContextInput): Context {
	const {endpoints, env, signal} = input;
	const direct = createGcloud(endpoints, env, input.handOff, signal);
	const gcloud = input.prefetchReads ? prefetchedReads(direct) : direct;
	const facts: Facts = {};
	const projectId = () => facts.project?.projectId ?? input.options.project;
	const platform = input.platform ?? process.platform;
	const admin = cachedByKey<AuthClient>();
	const adc = cachedByKey<AuthClient>();
	return {
		endpoints,
		env,
		cwd: input.cwd,
		home: env.HOME || env.USERPROFILE || os.homedir(),
		platform,
		options: input.options,
		ask: input.ask,
		gcloud,
		auth: {
			admin: () => {
				const key = gcloud.executable ? `gcloud|${facts.account ?? '?'}` : `adc|${adcKey(env, projectId(), platform)}`;
				return admin(key, () => adminClient(gcloud, endpoints, env, projectId()));
			},
			adc: () => adc(adcKey(env, projectId(), platform), () => adcClient(endpoints, env, projectId(), platform)),
		},
		facts,
		progress: input.progress,
		ran: input.ran,
		sleep: input.sleep ?? (ms => abortableSleep(ms, signal)),
		signal,
		now: input.now ?? Date.now,
	};
}

function adcKey(env: NodeJS.ProcessEnv, projectId: string | undefined, platform: NodeJS.Platform): string {
	return [adcFileStamp(env, platform), env.GOOGLE_CLOUD_QUOTA_PROJECT ?? '', projectId ?? ''].join('|');
}

/**
 * One cached promise per key; a failure is not cached, so the next call (after a fix) tries again.
 */
function cachedByKey<T>(): (key: string, make: () => Promise<T>) => Promise<T> {
	let last: {key: string; value: Promise<T>} | undefined;
	return (key, make) => {
		if (last?.key === key) return last.value;
		const value = make();
		const entry = {key, value};
		last = entry;
		value.catch(() => {
			if (last === entry) last = undefined;
		});
		return value;
	};
}

/** A timer that Ctrl-C (the run's signal) cuts short with Cancelled. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal.aborted) return reject(new Cancelled());
		const onAbort = () => {
			clearTimeout(timer);
			reject(new Cancelled());
		};
		const timer = setTimeout(() => {
			signal.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal.addEventListener('abort', onAbort, {once: true});
	});
}
