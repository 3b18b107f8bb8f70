/** Result of a finished gcloud child process. A non-zero exit is data here, not an exception. */
export interface GcloudResult {
	stdout: string;
	stderr: string;
	exitCode: number;
}

/**
 * The one way the product starts gcloud. Arguments are always an array, never a shell string.
 * (Interface only; the execa-backed implementation lives beside it.)
 */
export interface Gcloud {
	/** The executable in use, or null when gcloud is not installed. */
	readonly executable: string | null;
	run(args: string[], options?: {timeoutMs?: number}): Promise<GcloudResult>;
	/** Gives the child the real terminal (gcloud auth login); resolves with its exit code. */
	interactive(args: string[]): Promise<number>;
}
