import {locateAdc, principalInFile, readCredentialFile, type AdcLocation, type AdcProblem, type CredentialJson} from '../google/adc.js';
import {clientFromJson, verifyClient} from '../google/auth.js';
import {userPrincipal} from '../google/principal.js';
import type {AdcFacts, Context} from './context.js';

type Found = Exclude<AdcLocation, {source: 'none'}>;

export type AdcInspection =
	| {kind: 'none'; location: AdcLocation & {source: 'none'}; facts: AdcFacts}
	| {kind: 'bad-file'; location: Found; problem: AdcProblem; facts: AdcFacts}
	/** The file is fine but no token could be had with it (expired session, rejected key, network). */
	| {kind: 'no-token'; location: Found; json: CredentialJson; error: Error; facts: AdcFacts}
	| {kind: 'ok'; location: Found; json: CredentialJson; facts: AdcFacts};

// Types whose tokens come from a file alone: the rest need a metadata server, STS or
// impersonation, which this tool does not set up, so it doesn't pretend to test them.
const TESTABLE = new Set(['authorized_user', 'service_account']);

/**
 * Finds the ADC the person's code would use, reads it, and gets a token with it the way the
 * client libraries would (so an expired session or a rejected key shows up here).
 */
export async function inspectAdc(ctx: Context): Promise<AdcInspection> {
	const location = locateAdc(ctx.env, ctx.platform);
	if (location.source === 'none') return {kind: 'none', location, facts: {source: 'none'}};
	const read = await readCredentialFile(location.path);
	const base: AdcFacts = {source: location.source, path: location.path};
	if (!read.ok) return {kind: 'bad-file', location, problem: read.problem, facts: base};
	const json = read.json;
	const str = (key: string) => (typeof json[key] === 'string' && json[key] !== '' ? (json[key] as string) : undefined);
	const facts: AdcFacts = {
		...base,
		type: json.type,
		principal: principalInFile(json),
		quotaProject: ctx.env.GOOGLE_CLOUD_QUOTA_PROJECT || str('quota_project_id'),
		keyProject: json.type === 'service_account' ? str('project_id') : undefined,
	};
	if (!TESTABLE.has(json.type)) return {kind: 'ok', location, json, facts};
	try {
		const client = await clientFromJson(ctx.endpoints, ctx.env, json, ctx.facts.project?.projectId ?? ctx.options.project);
		const token = await verifyClient(client);
		if (!facts.principal && json.type === 'authorized_user') facts.principal = await userPrincipal(client, token, ctx.endpoints);
	} catch (error) {
		return {kind: 'no-token', location, json, error: error as Error, facts};
	}
	return {kind: 'ok', location, json, facts};
}
