/**
 * gcloud reads an IAM etag as bytes and writes it back as URL-safe base64 with padding (apitools
 * `_SafeEncodeBytes`), so `BwZ2i+UpS0o=` prints as `BwZ2i-UpS0o=` and stray padding bits vanish.
 */
export function canonicalEtag(etag: string): string {
	return Buffer.from(etag, 'base64').toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/** The policy as gcloud holds it: same fields, etag re-encoded. */
export function asGcloudPolicy<T extends {etag?: string}>(policy: T): T {
	return typeof policy.etag === 'string' ? {...policy, etag: canonicalEtag(policy.etag)} : policy;
}
