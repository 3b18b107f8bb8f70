import type {cloudresourcemanager_v1} from '@googleapis/cloudresourcemanager';
import type {Scenario} from '../scenario.js';
import {newEtag, newUniqueId} from './ids.js';

export type Binding = cloudresourcemanager_v1.Schema$Binding;
export type AuditConfig = cloudresourcemanager_v1.Schema$AuditConfig;

export interface PolicyState {
	/** 3 when any binding has a condition, else 1 (Google lowers the version it reports). */
	version: number;
	/** Canonical base64 of 8 bytes; a new one on every write. */
	etag: string;
	bindings: Binding[];
	auditConfigs: AuditConfig[];
}

export interface ServiceAccountKeyState {
	keyId: string;
	/** Kept so the token endpoint and self-signed JWTs can be verified; the private key is never stored. */
	publicKeyPem: string;
	keyAlgorithm: string;
	validAfterTime: string;
}

export interface ServiceAccountState {
	accountId: string;
	email: string;
	uniqueId: string;
	displayName?: string;
	description?: string;
	disabled?: boolean;
	keys: Record<string, ServiceAccountKeyState>;
}

export interface ProjectState {
	projectId: string;
	projectNumber: string;
	name: string;
	state: 'ACTIVE' | 'DELETE_REQUESTED';
	parent?: {type: 'organization' | 'folder'; id: string};
	createTime: string;
	/** `billingAccounts/…` or null when no billing account is linked. */
	billingAccount: string | null;
	/** serviceId → epoch ms at which it is (or will be) ENABLED. Absent means DISABLED. */
	services: Record<string, number>;
	policy: PolicyState;
	/** `${role} ${member}` → epoch ms of the grant. Absent: granted long ago, fully propagated. */
	grantedAt: Record<string, number>;
	/** Keyed by email. */
	serviceAccounts: Record<string, ServiceAccountState>;
	disableServiceAccountKeyCreation: boolean;
}

export interface AccessTokenState {
	email: string;
	expiresAt: number;
	/** Space-separated scopes when known (jwt-bearer grants); undefined means "whatever was consented". */
	scope?: string;
}

export interface RefreshTokenState {
	email: string;
	clientId?: string;
	reauthRequired: boolean;
	revoked?: boolean;
}

export interface OperationState {
	name: string;
	projectId: string;
	projectNumber: string;
	serviceIds: string[];
	batch: boolean;
	doneAt: number;
}

/** The emulator's whole world: plain data that tests may read and change between calls. */
export interface EmulatorState {
	user: string;
	/** Keyed by project ID, in scenario order (list and search answer in this order). */
	projects: Record<string, ProjectState>;
	/** location → model ids served there. */
	models: Record<string, string[]>;
	propagationMs: number;
	operationMs: number;
	accessTokens: Record<string, AccessTokenState>;
	refreshTokens: Record<string, RefreshTokenState>;
	operations: Record<string, OperationState>;
}

export const SA_DOMAIN = '.iam.gserviceaccount.com';
const DAY_MS = 86_400_000;

export function serviceAccountEmail(accountId: string, projectId: string): string {
	return `${accountId}@${projectId}${SA_DOMAIN}`;
}

export function buildState(scenario: Scenario, now: number): EmulatorState {
	// Everything that exists at start was enabled or granted a day ago: already propagated.
	const longAgo = now - DAY_MS;
	const projects: Record<string, ProjectState> = {};
	for (const p of scenario.projects) {
		// Copied field by field (no structuredClone of the whole list): many-projects has 5,000.
		const bindings: Binding[] = p.bindings.map(b =>
			b.condition ? {role: b.role, members: [...b.members], condition: {...b.condition}} : {role: b.role, members: [...b.members]},
		);
		const serviceAccounts: Record<string, ServiceAccountState> = {};
		for (const accountId of p.serviceAccounts ?? []) {
			const email = serviceAccountEmail(accountId, p.projectId);
			serviceAccounts[email] = {accountId, email, uniqueId: newUniqueId(), keys: {}};
		}
		projects[p.projectId] = {
			projectId: p.projectId,
			projectNumber: p.projectNumber,
			name: p.name,
			state: p.state ?? 'ACTIVE',
			...(p.parent ? {parent: {...p.parent}} : {}),
			createTime: '2024-01-02T03:04:05.678Z',
			billingAccount: p.billingAccount,
			services: Object.fromEntries(p.enabledServices.map(s => [s, longAgo])),
			policy: {version: bindings.some(b => b.condition) ? 3 : 1, etag: newEtag(), bindings, auditConfigs: []},
			grantedAt: {},
			serviceAccounts,
			disableServiceAccountKeyCreation: p.disableServiceAccountKeyCreation ?? false,
		};
	}
	return {
		user: scenario.user,
		projects,
		models: structuredClone(scenario.models),
		propagationMs: scenario.propagationMs,
		operationMs: scenario.operationMs,
		accessTokens: {},
		refreshTokens: {},
		operations: {},
	};
}

/** A project by ID, or by number (a linear scan: numbers are rarer in paths than IDs). */
export function findProject(state: EmulatorState, idOrNumber: string): ProjectState | undefined {
	const byId = state.projects[idOrNumber];
	if (byId) return byId;
	if (!/^\d+$/.test(idOrNumber)) return undefined;
	for (const p of Object.values(state.projects)) if (p.projectNumber === idOrNumber) return p;
	return undefined;
}

/** The project ID inside a service-account email (`name@PROJECT.iam.gserviceaccount.com`). */
export function saProjectId(email: string): string | undefined {
	return /^[^@]+@([a-z][-a-z0-9]*)\.iam\.gserviceaccount\.com$/.exec(email)?.[1];
}

/** A service account by email, found through the project named in its domain. */
export function findServiceAccount(state: EmulatorState, email: string): ServiceAccountState | undefined {
	const projectId = saProjectId(email);
	return projectId === undefined ? undefined : state.projects[projectId]?.serviceAccounts[email];
}
