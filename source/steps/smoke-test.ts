import type {AuthClient} from 'google-auth-library';
import {toProblem, type Problem} from '../google/errors.js';
import {location as locationId} from '../google/ids.js';
import {isNotFound} from '../google/problems.js';
import {generateContent, type GenerateResult} from '../google/vertex.js';
import type {Context, Step} from './context.js';
import {diagnosed} from './diagnose.js';
import {adcMember} from './iam-principal.js';
import {DEFAULT_REGION, REGION_CHOICES, isRetired, modelsToTry, regionsToTry} from './models.js';
import {DEFAULT_TIMING, isPropagationDenial, withPropagationWait, type SmokeTiming} from './smoke-wait.js';
import type {Finding} from './types.js';

export const SMOKE_PROMPT = 'Reply with one short sentence confirming that Gemini on Vertex AI is working.';

/**
 * The region to test: --region, one chosen earlier, GOOGLE_CLOUD_LOCATION (what the developer's
 * code will use). Otherwise it is asked only in a run that set something up (an enable or a
 * grant just happened), where the person is choosing things anyway; a re-check of a working
 * setup asks nothing and uses `global`.
 */
async function chooseRegion(ctx: Context): Promise<string> {
	const known = ctx.options.region ?? ctx.facts.region ?? ctx.env.GOOGLE_CLOUD_LOCATION;
	if (known) return known;
	if (!ctx.ask.interactive || ctx.facts.changedAt === undefined) return DEFAULT_REGION;
	return ctx.ask.select({
		id: 'smokeTest.region',
		message: 'Which region should Gemini run in?',
		choices: REGION_CHOICES.map((r) => ({label: r, value: r as string, hint: r === 'global' ? 'Google picks; most models' : undefined})),
		initial: DEFAULT_REGION,
		flag: '--region',
	});
}

export function createSmokeTestStep(timing: SmokeTiming = DEFAULT_TIMING): Step {
	async function check(ctx: Context): Promise<Finding> {
		if (ctx.options.smokeTest === false) return {status: 'skipped', summary: 'Smoke test skipped (--no-smoke-test)'};
		const project = ctx.facts.project?.projectId;
		if (!project) return {status: 'blocked', summary: 'No project to call Gemini in'};
		const region = await chooseRegion(ctx);
		const checked = locationId(region);
		if (!checked.ok) return {status: 'fail', summary: checked.message, fix: 'Pass --region global (or us-central1, europe-west4, …)'};
		let auth: AuthClient;
		try {
			auth = await ctx.auth.adc();
		} catch (error) {
			return diagnosed(toProblem(error), ctx, "Can't load Application Default Credentials");
		}
		const notes: string[] = [];
		if (ctx.options.model && isRetired(ctx.options.model)) notes.push(`${ctx.options.model} is retired; tried current models instead.`);
		const misses: string[] = [];
		let waited = 0;
		for (const location of regionsToTry(checked.value)) {
			for (const model of modelsToTry(ctx.options.model)) {
				const call = () => generateContent(auth, ctx.endpoints, {project, location, model, prompt: SMOKE_PROMPT, apiVersion: 'v1', signal: ctx.signal});
				const {result, waitedMs} = await withPropagationWait(ctx, timing, call);
				waited += waitedMs;
				if (result.ok) return passed(ctx, {project, location, model, result, misses, notes, requestedRegion: checked.value});
				if (isNotFound(result.problem)) {
					misses.push(`${model} in ${location}`);
					continue;
				}
				return failed(ctx, result.problem, waited, isPropagationDenial(result, ctx));
			}
		}
		return {
			status: 'fail',
			summary: `No Gemini model answered: ${misses.join(', ')} (404 not found)`,
			detail: 'These models are not served there, or your project has no access to them.',
			fix: 'Pass --model with a current model and --region where it is served; see https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions',
		};
	}
	return {id: 'smokeTest', title: 'Gemini smoke test', needs: ['project', 'billing', 'apis', 'iam', 'adc'], check};
}

interface Passed {
	project: string;
	location: string;
	model: string;
	result: Extract<GenerateResult, {ok: true}>;
	misses: string[];
	notes: string[];
	requestedRegion: string;
}

function passed(ctx: Context, p: Passed): Finding {
	const {result, location, model} = p;
	ctx.facts.region = location;
	ctx.facts.model = model;
	ctx.facts.smoke = {text: result.text, modelVersion: result.modelVersion, latencyMs: result.latencyMs, region: location, model};
	const notes = [...p.notes];
	if (p.misses.length > 0) notes.push(`Not served: ${p.misses.join(', ')}. ${model} in ${location} worked.`);
	notes.push(`Model ${result.modelVersion ?? model} in ${location}, as ${adcMember(ctx) ?? 'Application Default Credentials'}.`);
	const movedRegion = location !== p.requestedRegion;
	// A model the person named that did not answer deserves a word: their code names it too.
	const swappedModel = ctx.options.model !== undefined && model !== ctx.options.model;
	const fixes = [
		movedRegion ? `Use GOOGLE_CLOUD_LOCATION=${location}, or pick a model served in ${p.requestedRegion}.` : undefined,
		swappedModel ? `Use ${model} in your code instead of ${ctx.options.model}.` : undefined,
	].filter(Boolean);
	return {
		status: movedRegion || swappedModel ? 'warn' : 'ok',
		summary: `Gemini replied in ${result.latencyMs} ms: ${oneLine(result.text)}`,
		detail: notes.join(' '),
		fix: fixes.length > 0 ? fixes.join(' ') : undefined,
	};
}

function failed(ctx: Context, problem: Problem, waitedMs: number, stillPropagating: boolean): Finding {
	const prefix = stillPropagating && waitedMs > 0 ? `Gemini still refuses after waiting ${Math.round(waitedMs / 1000)}s` : 'Gemini call failed';
	// The call ran as ADC: that is the member a fix must name.
	return diagnosed(problem, ctx, prefix, 'fail', {member: adcMember(ctx) ?? ctx.facts.principal});
}

function oneLine(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat || '(empty reply)';
}

export const smokeTestStep = createSmokeTestStep();
