/** What every command handler receives: the parsed invocation, properties, stores and streams. */
import type {Format} from './format/format.js';
import type {Properties} from './properties.js';
import type {CredentialStore} from './store.js';

export interface Ctx {
	env: NodeJS.ProcessEnv;
	/** `gcloud.projects.list`: the name gcloud puts in `ERROR: (…)`. */
	command: string;
	args: string[];
	flags: Map<string, string | true>;
	format: Format;
	props: Properties;
	store: CredentialStore;
	out(text: string): void;
	err(text: string): void;
}

export function flag(ctx: Ctx, name: string): string | undefined {
	const value = ctx.flags.get(name);
	return typeof value === 'string' ? value : undefined;
}
