import {createVerify} from 'node:crypto';

export interface DecodedJwt {
	header: Record<string, unknown>;
	claims: Record<string, unknown>;
	signingInput: string;
	signature: Buffer;
}

function part(segment: string): Record<string, unknown> | undefined {
	try {
		const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
		return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** Splits a compact JWS without checking anything; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
	const segments = token.split('.');
	if (segments.length !== 3) return undefined;
	const [h, c, s] = segments as [string, string, string];
	const header = part(h);
	const claims = part(c);
	if (!header || !claims) return undefined;
	return {header, claims, signingInput: `${h}.${c}`, signature: Buffer.from(s, 'base64url')};
}

export function verifyRs256(jwt: DecodedJwt, publicKeyPem: string): boolean {
	if (jwt.header.alg !== 'RS256') return false;
	try {
		return createVerify('RSA-SHA256').update(jwt.signingInput).verify(publicKeyPem, jwt.signature);
	} catch {
		return false;
	}
}

/** An unsigned id_token (`alg: none`): gcloud reads its `email` claim without verifying it. */
export function unsignedIdToken(claims: Record<string, unknown>): string {
	const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
	return `${enc({alg: 'none', typ: 'JWT'})}.${enc(claims)}.`;
}

export function numericClaim(claims: Record<string, unknown>, name: string): number | undefined {
	const v = claims[name];
	return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
