/**
 * `gcloud version` / `gcloud --version`: the components of a gcloud 528 install, one per line
 * after the SDK line (text), or a flat object (`--format=json`).
 */
import type {Ctx} from '../context.js';
import {renderOne} from '../format/format.js';

const VERSIONS: Record<string, string> = {
	'Google Cloud SDK': '528.0.0',
	alpha: '2025.06.20',
	beta: '2025.06.20',
	bq: '2.1.18',
	core: '2025.06.20',
	'gcloud-crc32c': '1.0.0',
	gsutil: '5.34',
};

export async function version(ctx: Ctx): Promise<void> {
	if (ctx.format.kind !== 'default') {
		ctx.out(renderOne(VERSIONS, ctx.format));
		return;
	}
	ctx.out(`${Object.entries(VERSIONS).map(([name, v]) => `${name} ${v}`).join('\n')}\n`);
}
