/**
 * Shows a command the way a person would type it in a POSIX shell. For display only: children
 * are always started with argument arrays. Values that look like credentials are masked.
 *
 *   formatCommand(['gcloud', 'config', 'set', 'project', "it's"]) → `gcloud config set project 'it'\''s'`
 */
export function formatCommand(args: readonly string[]): string {
	return args.map(arg => quote(redact(arg))).join(' ');
}

function quote(arg: string): string {
	if (arg === '') return "''";
	if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
	return `'${arg.replace(/'/g, `'\\''`)}'`;
}

// OAuth access tokens (ya29.), refresh tokens (1//), JWTs (eyJ…) and PEM keys never reach a screen or a log.
const SECRET = /(ya29\.[\w.-]+|1\/\/[\w.-]{10,}|eyJ[\w-]{10,}\.[\w-]+\.[\w-]*|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$))/g;

export function redact(text: string): string {
	return text.replace(SECRET, '<redacted>');
}
