import type {Finding} from './types.js';

/**
 * An API key in the environment can win over ADC: @google/genai reads GOOGLE_API_KEY (then
 * GEMINI_API_KEY) and, with a key, calls the Gemini API or Vertex express mode with it instead
 * of the project's Vertex AI endpoint and your credentials.
 */
export function apiKeyWarnings(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Finding[] {
	const set = ['GOOGLE_API_KEY', 'GEMINI_API_KEY'].filter(name => env[name]);
	if (set.length === 0) return [];
	const names = set.join(' and ');
	const unset = platform === 'win32' ? set.map(name => `Remove-Item Env:${name}`) : [`unset ${set.join(' ')}`];
	return [
		{
			status: 'warn',
			summary: `${names} ${set.length > 1 ? 'are' : 'is'} set`,
			detail:
				`Gemini SDKs such as @google/genai use ${set[0]} when it is set, sending requests with the key ` +
				'(Gemini API or Vertex AI express mode) instead of your Application Default Credentials and project.',
			fix: `Unset ${names} in this shell and remove ${set.length > 1 ? 'them' : 'it'} from your shell profile and .env files.`,
			commands: unset,
		},
	];
}
