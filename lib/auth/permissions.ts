// Permissions are data: named actions × roles. Checked on the server by name; an unknown role or an
// unknown action gets nothing (fail closed). Later features add their actions to this table.
export const ROLES = ["owner", "admin", "member", "viewer", "client"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
  client: "Client",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including billing and deleting the workspace",
  admin: "Manage members, settings and all campaign work",
  member: "Do the campaign work: influencers, outreach, campaigns, content",
  viewer: "Read everything, change nothing",
  client: "An agency's client: view campaigns and approve content",
};

const ALL: readonly Role[] = ROLES;
const STAFF: readonly Role[] = ["owner", "admin", "member"];
const ADMINS: readonly Role[] = ["owner", "admin"];

export const PERMISSIONS = {
  "workspace.read": ["owner", "admin", "member", "viewer", "client"],
  "workspace.update": ADMINS,
  "workspace.delete": ["owner"],
  "members.read": ["owner", "admin", "member", "viewer"],
  "members.manage": ADMINS,
  "invitations.manage": ADMINS,
  "audit.read": ADMINS,
  "apiKeys.manage": ADMINS,
  "billing.manage": ["owner"],
  "influencers.read": ["owner", "admin", "member", "viewer"],
  "influencers.write": STAFF,
  "outreach.read": ["owner", "admin", "member", "viewer"],
  "outreach.write": STAFF,
  "campaigns.read": ALL,
  "campaigns.write": STAFF,
  "content.review": ["owner", "admin", "member", "client"],
  // Contracts carry fees and personal details: not for an agency's client. Signing binds the
  // workspace, so by default only owners and admins countersign.
  "contracts.read": ["owner", "admin", "member", "viewer"],
  "contracts.write": STAFF,
  "contracts.sign": ADMINS,
  // Sending a creator's payment through Stripe moves the workspace's money at once: owners and admins
  // by default, though members record payments made elsewhere (contracts.write).
  "payments.send": ADMINS,
  // A creator's home address: only those who ship products need it.
  "shipping.read": ADMINS,
  "compliance.check": ALL,
  "analytics.read": ALL,
  // Outbound webhooks send the workspace's events to any URL: set up by owners and admins.
  "webhooks.manage": ADMINS,
  // Client reports: every role reads them (an agency's client included); staff make and share them.
  "reports.read": ALL,
  "reports.manage": STAFF,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `role` may perform `permission`. Unknown roles and unknown permissions are refused. */
export function can(role: unknown, permission: string): boolean {
  if (!isRole(role)) return false;
  // Own keys only: "constructor", "__proto__" and friends are not permissions.
  if (!Object.hasOwn(PERMISSIONS, permission)) return false;
  const allowed = (PERMISSIONS as Record<string, readonly Role[] | undefined>)[permission];
  return allowed !== undefined && allowed.includes(role);
}

/** Roles an actor may hand out: only an owner creates owners. */
export function assignableRoles(actorRole: Role): Role[] {
  if (actorRole === "owner") return [...ROLES];
  if (actorRole === "admin") return ["admin", "member", "viewer", "client"];
  return [];
}
