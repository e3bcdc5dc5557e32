// The permissions table (lib/auth/permissions.ts): roles × actions, checked by name, failing closed.
import { describe, expect, it } from "vitest";

import { assignableRoles, can, isRole, PERMISSIONS, ROLES, type Role } from "@/lib/auth/permissions";

// The expected role × permission matrix, written out literally: nothing here is derived from
// lib/auth/permissions.ts, so changing one cell of that table fails a test here until it is changed
// here too, on purpose. "x" = allowed, "." = refused.
const MATRIX = `
                      owner  admin  member  viewer  client
  workspace.read        x      x      x       x       x
  workspace.update      x      x      .       .       .
  workspace.delete      x      .      .       .       .
  members.read          x      x      x       x       .
  members.manage        x      x      .       .       .
  invitations.manage    x      x      .       .       .
  audit.read            x      x      .       .       .
  apiKeys.manage        x      x      .       .       .
  billing.manage        x      .      .       .       .
  influencers.read      x      x      x       x       .
  influencers.write     x      x      x       .       .
  outreach.read         x      x      x       x       .
  outreach.write        x      x      x       .       .
  campaigns.read        x      x      x       x       x
  campaigns.write       x      x      x       .       .
  content.review        x      x      x       .       x
  contracts.read        x      x      x       x       .
  contracts.write       x      x      x       .       .
  contracts.sign        x      x      .       .       .
  payments.send         x      x      .       .       .
  shipping.read         x      x      .       .       .
  compliance.check      x      x      x       x       x
  analytics.read        x      x      x       x       x
  webhooks.manage       x      x      .       .       .
  reports.read          x      x      x       x       x
  reports.manage        x      x      x       .       .
`;
const [header, ...body] = MATRIX.trim()
  .split("\n")
  .map((line) => line.trim().split(/\s+/));
const COLUMNS = header!;
const EXPECTED: Record<string, string[]> = Object.fromEntries(body.map(([permission, ...cells]) => [permission!, cells]));
const CELLS = Object.entries(EXPECTED).flatMap(([permission, row]) =>
  COLUMNS.map((role, i) => ({ permission, role, allowed: row[i] === "x" })),
);

describe("can(role, permission)", () => {
  it("the matrix is well formed: 26 permissions, one x or . per role", () => {
    expect(Object.keys(EXPECTED)).toHaveLength(26);
    for (const [permission, row] of Object.entries(EXPECTED)) expect(row.join(""), permission).toMatch(/^[x.]{5}$/);
  });

  it("the roles are exactly owner, admin, member, viewer, client, in that order", () => {
    expect([...ROLES]).toEqual(["owner", "admin", "member", "viewer", "client"]);
    expect(COLUMNS).toEqual([...ROLES]);
  });

  it("the table names exactly the permissions of the matrix (a new permission needs its row here)", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(CELLS)("$role × $permission → $allowed", ({ role, permission, allowed }) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it("only owners delete workspaces or manage billing; viewers and clients never write", () => {
    const writes = Object.keys(EXPECTED).filter((p) => /\.(write|update|delete|manage|sign|send)$/.test(p));
    expect(writes).toHaveLength(14);
    for (const p of writes) {
      expect(can("viewer", p), p).toBe(false);
      expect(can("client", p), p).toBe(false);
    }
    for (const role of COLUMNS.filter((r) => r !== "owner")) {
      expect(can(role, "workspace.delete")).toBe(false);
      expect(can(role, "billing.manage")).toBe(false);
    }
  });

  it("sending a payout through Stripe (payments.send) is for owners and admins; members only record payments made elsewhere", () => {
    expect(ROLES.filter((r) => can(r, "payments.send"))).toEqual(["owner", "admin"]);
    expect(can("member", "contracts.write")).toBe(true);
    expect(can("member", "payments.send")).toBe(false);
  });

  it("a creator's shipping address (shipping.read) is for owners and admins only, not members, viewers or clients", () => {
    expect(ROLES.filter((r) => can(r, "shipping.read"))).toEqual(["owner", "admin"]);
    expect(can("member", "shipping.read")).toBe(false);
  });

  it.each([["superadmin"], ["OWNER"], ["Owner"], [" owner"], [""], [undefined], [null], [0], [{}], [["owner"]]])(
    "unknown role %j gets nothing",
    (role) => {
      for (const permission of Object.keys(EXPECTED)) expect(can(role, permission), permission).toBe(false);
    },
  );

  it.each([
    ["workspace.destroy"],
    ["workspace"],
    ["Workspace.read"],
    ["*"],
    [""],
    ["workspace.read "],
    ["outreach.send"],
    ["billing.read"],
  ])("unknown permission %j is refused for every role", (permission) => {
    for (const role of COLUMNS) expect(can(role, permission)).toBe(false);
  });

  // Names every object inherits must not be mistaken for permissions (can() checks own keys only).
  it.each([["constructor"], ["toString"], ["__proto__"], ["hasOwnProperty"]])(
    "the inherited name %j is an unknown permission (returns false, doesn't throw)",
    (permission) => {
      for (const role of COLUMNS) expect(can(role, permission)).toBe(false);
    },
  );
});

describe("isRole", () => {
  it("accepts the five roles and nothing else", () => {
    for (const r of ROLES) expect(isRole(r)).toBe(true);
    for (const r of ["superadmin", "Owner", "", null, undefined, 1]) expect(isRole(r)).toBe(false);
  });
});

describe("assignableRoles", () => {
  it("an owner may hand out every role, including owner", () => {
    expect(assignableRoles("owner").sort()).toEqual([...ROLES].sort());
  });
  it("an admin may hand out every role but owner", () => {
    expect(assignableRoles("admin").sort()).toEqual(["admin", "client", "member", "viewer"]);
  });
  it.each(["member", "viewer", "client"] as const)("a %s may hand out nothing", (role) => {
    expect(assignableRoles(role)).toEqual([]);
  });
  it("an unknown role (from a bad cast) may hand out nothing", () => {
    expect(assignableRoles("superadmin" as Role)).toEqual([]);
  });
  it("returns a copy: changing it doesn't change the roles", () => {
    assignableRoles("owner").pop();
    expect(assignableRoles("owner")).toHaveLength(5);
  });
});
