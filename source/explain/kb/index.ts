import type {Entry} from '../types.js';
import {ACCESS_ENTRIES} from './access.js';
import {CLIENT_ENTRIES} from './client.js';
import {CREDENTIAL_ENTRIES} from './credentials.js';
import {KEY_ENTRIES} from './keys.js';
import {OTHER_ENTRIES} from './other.js';
import {POLICY_ENTRIES} from './policy.js';
import {PROJECT_ENTRIES} from './project.js';
import {VERTEX_ENTRIES} from './vertex.js';

/**
 * The knowledge base: one entry per cause. Adding a cause is adding an entry. On equal scores the
 * entry listed first wins, so the more specific groups come first.
 */
export const ENTRIES: readonly Entry[] = [
	...OTHER_ENTRIES,
	...POLICY_ENTRIES,
	...PROJECT_ENTRIES,
	...ACCESS_ENTRIES,
	...KEY_ENTRIES,
	...CREDENTIAL_ENTRIES,
	...VERTEX_ENTRIES,
	...CLIENT_ENTRIES,
];

/** What `explain` says when nothing fits: never a guess, always a next step. */
export const UNKNOWN: Entry = {
	id: 'unknown',
	category: 'other',
	signals: [],
	summary: 'This error does not match a setup problem vertex-setup knows.',
	why: 'It may come from your code, from the model\'s answer, or from a service outside the setup path. `vertex-setup doctor` checks every setup step (gcloud, sign-in, credentials, project, billing, APIs, IAM, a test call) and names anything broken.',
	steps: [
		'Run vertex-setup doctor to check the whole setup.',
		'If everything passes, look up the status or reason the error names (for example INVALID_ARGUMENT) in the API\'s documentation.',
	],
	commands: ['vertex-setup doctor'],
	wizard: 'vertex-setup doctor',
};

export const EMPTY: Entry = {
	...UNKNOWN,
	id: 'empty',
	summary: 'No error text was given.',
	why: 'explain reads an error message and names its cause; it needs the text.',
	steps: ['Pass the error as an argument, or pipe it in: pbpaste | vertex-setup explain.', 'Or check the whole setup with vertex-setup doctor.'],
};
