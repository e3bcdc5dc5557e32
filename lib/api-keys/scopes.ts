// API key scopes: read or write per area, each tied to the permission a member needs for the same
// thing in the app. A key never holds a scope its creator's role could not use (checked when the key
// is made and again on every request, against the creator's current role). Pure: no I/O.
import { can, type Permission, type Role } from "../auth/permissions";

export const API_AREAS = ["influencers", "campaigns", "collaborations", "contracts", "metrics", "conversions", "reports"] as const;
export type ApiArea = (typeof API_AREAS)[number];

/** Every scope and the permission it stands for. Reports are read-only: there is nothing to write. */
export const SCOPE_PERMISSIONS = {
  "influencers:read": "influencers.read",
  "influencers:write": "influencers.write",
  "campaigns:read": "campaigns.read",
  "campaigns:write": "campaigns.write",
  "collaborations:read": "campaigns.read",
  "collaborations:write": "campaigns.write",
  "contracts:read": "contracts.read",
  "contracts:write": "contracts.write",
  "metrics:read": "analytics.read",
  "metrics:write": "campaigns.write",
  "conversions:read": "analytics.read",
  "conversions:write": "campaigns.write",
  "reports:read": "analytics.read",
} as const satisfies Record<string, Permission>;

export type ApiScope = keyof typeof SCOPE_PERMISSIONS;
export const API_SCOPES = Object.keys(SCOPE_PERMISSIONS) as ApiScope[];

export const SCOPE_LABELS: Record<ApiArea, string> = {
  influencers: "Influencers and lists",
  campaigns: "Campaigns",
  collaborations: "Collaborations, deliverables and posts",
  contracts: "Contracts",
  metrics: "Post metrics",
  conversions: "Conversions, tracking links and codes",
  reports: "Campaign reports",
};

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === "string" && Object.hasOwn(SCOPE_PERMISSIONS, value);
}

/** True when `role` may use `scope` (an unknown role or scope: false). */
export function roleAllowsScope(role: unknown, scope: string): boolean {
  if (!isApiScope(scope)) return false;
  return can(role, SCOPE_PERMISSIONS[scope]);
}

/** The scopes `role` may hand to a key. */
export function grantableScopes(role: Role): ApiScope[] {
  return API_SCOPES.filter((s) => roleAllowsScope(role, s));
}
