/**
 * What may enter a command line. A value that fails is replaced by a placeholder, never echoed:
 * error texts are user input, and a command is something people paste into a shell.
 */
export const VALID = {
	project: (v: string) => /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(v) || /^[1-9]\d{4,19}$/.test(v),
	service: (v: string) => /^[a-z][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){0,3}\.googleapis\.com$/.test(v),
	permission: (v: string) => /^[a-z][A-Za-z0-9]{1,40}(?:\.[A-Za-z0-9]{1,60}){2,3}$/.test(v),
	role: (v: string) => /^roles\/[A-Za-z][A-Za-z0-9._]{2,80}$/.test(v),
	member: (v: string) => /^(?:user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}$/.test(v),
	email: (v: string) => /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}$/.test(v),
	location: (v: string) => /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(v),
	model: (v: string) => /^[a-z0-9][a-z0-9._@-]{0,99}$/.test(v),
	constraint: (v: string) => /^constraints\/[A-Za-z0-9_.]{3,100}$/.test(v),
} as const;

/** Written in place of a value the text did not give, or gave in a form not safe to echo. */
export const PLACEHOLDER: Record<string, string> = {
	project: 'PROJECT_ID',
	consumer: 'PROJECT_ID',
	service: 'SERVICE_NAME',
	permission: 'PERMISSION',
	role: 'ROLE',
	member: 'user:EMAIL',
	memberEmail: 'EMAIL',
	location: 'REGION',
	model: 'MODEL_ID',
	suggestedModel: 'MODEL_ID',
	constraint: 'constraints/CONSTRAINT',
	api: 'SERVICE_NAME',
};

/** `PROJECT_ID`, `{project}`, `<your-project>`, `****-m8`, `gemini-xxxxxx`: redacted by the poster, not a real value. */
export function isPlaceholder(v: string): boolean {
	return /[{}<>*]|x{4,}|X{4,}/.test(v) || /^[A-Z][A-Z0-9_]*$/.test(v);
}

/**
 * A project "ID" that cannot be one and is not a redaction: a display name ("My Project"),
 * or a name with capitals or underscores. Google answers those with a permission error.
 */
export function looksLikeDisplayName(v: string | null): boolean {
	if (!v || VALID.project(v) || isPlaceholder(v) || /^\d+$/.test(v) || v.includes(':')) return false;
	return /[\sA-Z_]/.test(v) || v.length > 30 || v.length < 6;
}

/** `user:a@b.c`, `serviceAccount:…`, or a bare email (service accounts recognised by domain). */
export function normalizeMember(v: string | null | undefined): string | null {
	if (!v) return null;
	if (/^(?:user|serviceAccount|group|domain):/.test(v)) return v;
	return v.endsWith('.gserviceaccount.com') ? `serviceAccount:${v}` : `user:${v}`;
}
