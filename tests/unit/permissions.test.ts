// The permissions table (lib/auth/permissions.ts): roles × actions, checked by name, failing closed.
import { describe, expect, it } from "vitest";

import { assignableRoles, can, isRole, PERMISSIONS, ROLES, type Role } from "@/lib/auth/permissions";

// The expected matrix, written out here by hand (not derived from PERMISSIONS) so a change to the
// table has to be made twice, on purpose. Columns: owner, admin, member, viewer, client.
const EXPECTED: Record<string, [boolean, boolean, boolean, boolean, boolean]> = {
  "workspace.read": [true, true, true, true, true],
  "workspace.update": [true, true, false, false, false],
  "workspace.delete": [true, false, false, false, false],
  "members.read": [true, true, true, true, false],
  "members.manage": [true, true, false, false, false],
  "invitations.manage": [true, true, false, false, false],
  "audit.read": [true, true, false, false, false],
  "billing.manage": [true, false, false, false, false],
  "influencers.read": [true, true, true, true, false],
  "influencers.write": [true, true, true, false, false],
  "outreach.write": [true, true, true, false, false],
  "campaigns.read": [true, true, true, true, true],
  "campaigns.write": [true, true, true, false, false],
  "content.review": [true, true, true, false, true],
  "analytics.read": [true, true, true, true, true],
};

describe("can(role, permission)", () => {
  it("the roles are exactly owner, admin, member, viewer, client", () => {
    expect([...ROLES]).toEqual(["owner", "admin", "member", "viewer", "client"]);
  });

  describe.each(Object.entries(EXPECTED))("%s", (permission, row) => {
    it.each(ROLES.map((r, i) => [r, row[i]] as const))("%s → %s", (role, allowed) => {
      expect(can(role, permission)).toBe(allowed);
    });
  });

  it("agrees with the PERMISSIONS table for every role and every permission", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      for (const role of ROLES) expect(can(role, permission), `${role} ${permission}`).toBe((roles as readonly Role[]).includes(role));
    }
  });

  it("only owners delete workspaces or manage billing; viewers and clients never write", () => {
    const writes = Object.keys(PERMISSIONS).filter((p) => /\.(write|update|delete|manage)$/.test(p));
    expect(writes.length).toBeGreaterThan(5);
    for (const p of writes) {
      expect(can("viewer", p), p).toBe(false);
      expect(can("client", p), p).toBe(false);
    }
    for (const role of ROLES.filter((r) => r !== "owner")) {
      expect(can(role, "workspace.delete")).toBe(false);
      expect(can(role, "billing.manage")).toBe(false);
    }
  });

  it.each([["superadmin"], ["OWNER"], ["Owner"], [" owner"], [""], [undefined], [null], [0], [{}], [["owner"]]])(
    "unknown role %j gets nothing",
    (role) => {
      for (const permission of Object.keys(PERMISSIONS)) expect(can(role, permission), permission).toBe(false);
    },
  );

  it.each([["workspace.destroy"], ["workspace"], ["Workspace.read"], ["*"], [""], ["workspace.read "]])(
    "unknown permission %j is refused for every role",
    (permission) => {
      for (const role of ROLES) expect(can(role, permission)).toBe(false);
    },
  );

  // Names every object inherits must not be mistaken for permissions (can() checks own keys only).
  it.each([["constructor"], ["toString"], ["__proto__"], ["hasOwnProperty"]])(
    "the inherited name %j is an unknown permission (returns false, doesn't throw)",
    (permission) => {
      for (const role of ROLES) expect(can(role, permission)).toBe(false);
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
