// Workspaces, members and invitations through their server actions (the tenant gate included), on a
// real database. Cross-tenant behaviour is in cross-tenant/ (the harness); this file is about
// the rules inside one workspace: who may do what, what gets written, and what must not change.
import { createHash, randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import {
  acceptInvitationAction,
  changeRoleAction,
  inviteMemberAction,
  leaveWorkspaceAction,
  removeMemberAction,
  revokeInvitationAction,
} from "@/app/(app)/actions/members";
import { createWorkspaceAction, deleteWorkspaceAction, updateWorkspaceAction } from "@/app/(app)/actions/workspaces";
import { GET as getAuditLog } from "@/app/api/w/[workspaceSlug]/audit-log/route";
import { GET as getMembers } from "@/app/api/w/[workspaceSlug]/members/route";
import type { Role } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/auth/workspace-action";
import { db } from "@/lib/db";

import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const uid = () => randomBytes(4).toString("hex");
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** A workspace with one user in each role. */
async function team() {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ name: `Team ${uid()}`, owner });
  const [admin, member, viewer, client] = await Promise.all(
    (["admin", "member", "viewer", "client"] as const).map((r) => addMember(workspace.id, r)),
  );
  return { ws: workspace, owner, admin: admin!, member: member!, viewer: viewer!, client: client! };
}

/** The rows of one workspace that the actions below may change. */
async function state(workspaceId: string) {
  const [workspace, memberships, invitations, audit] = await Promise.all([
    db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true, slug: true, updatedAt: true } }),
    db.membership.findMany({ where: { workspaceId }, select: { userId: true, role: true }, orderBy: { userId: "asc" } }),
    db.invitation.findMany({
      where: { workspaceId },
      select: { id: true, email: true, role: true, acceptedAt: true, revokedAt: true },
      orderBy: { id: "asc" },
    }),
    db.auditLog.count({ where: { workspaceId } }),
  ]);
  return { workspace, memberships, invitations, audit };
}

function expectError<T>(res: ActionResult<T>, code: string): asserts res is Extract<ActionResult<T>, { ok: false }> {
  expect(res.ok, JSON.stringify(res)).toBe(false);
  if (!res.ok) expect(res.error.code, res.error.message).toBe(code);
}

function expectOk<T>(res: ActionResult<T>): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.message}`);
  return res.data;
}

async function roleOf(workspaceId: string, userId: string): Promise<Role | null> {
  const m = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  return m?.role ?? null;
}

const tokenOf = (url: string) => url.split("/invite/")[1]!;

// ---------------------------------------------------------------------------------------------

describe("create a workspace", () => {
  it("derives the slug from the name, makes the creator its owner, audits it and remembers it", async () => {
    const user = await createUser();
    actAs(user);
    const tag = uid();
    const data = expectOk(await createWorkspaceAction({ name: `  Café Société ${tag} ` }));
    expect(data.slug).toBe(`cafe-societe-${tag}`);
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: data.slug }, select: { id: true, name: true } });
    expect(ws.name).toBe(`Café Société ${tag}`);
    expect(await roleOf(ws.id, user.id)).toBe("owner");
    expect(await db.auditLog.count({ where: { workspaceId: ws.id, action: "workspace.created", actorId: user.id } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastWorkspaceId).toBe(ws.id);
  });

  it("a second workspace with the same name gets the next free slug", async () => {
    actAs(await createUser());
    const name = `Twin ${uid()}`;
    const first = expectOk(await createWorkspaceAction({ name }));
    const second = expectOk(await createWorkspaceAction({ name }));
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("a taken slug → CONFLICT with fieldErrors.slug, and nothing is created", async () => {
    const { workspace } = await createWorkspaceWith();
    const user = await createUser();
    actAs(user);
    const before = await db.workspace.count();
    const res = await createWorkspaceAction({ name: "Copycat", slug: workspace.slug });
    expectError(res, "CONFLICT");
    expect(res.error.fieldErrors?.slug?.length).toBeGreaterThan(0);
    expect(await db.workspace.count()).toBe(before);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a reserved slug is refused (BAD_REQUEST, fieldErrors.slug); a name that slugifies to one gets another", async () => {
    actAs(await createUser());
    for (const slug of ["admin", "api", "new", "settings"]) {
      const res = await createWorkspaceAction({ name: "Sneaky", slug });
      expectError(res, "BAD_REQUEST");
      expect(res.error.fieldErrors?.slug).toEqual(["That address is reserved"]);
    }
    expect(await db.workspace.count({ where: { slug: { in: ["admin", "api", "new", "settings"] } } })).toBe(0);
    const data = expectOk(await createWorkspaceAction({ name: "Admin" }));
    expect(data.slug).not.toBe("admin");
    expect(data.slug).toMatch(/^admin-/);
  });

  it("takes the creator's browser time zone (canonical spelling); an unknown one or none → UTC", async () => {
    actAs(await createUser());
    const tzOf = async (slug: string) => (await db.workspace.findUniqueOrThrow({ where: { slug }, select: { timeZone: true } })).timeZone;
    expect(await tzOf(expectOk(await createWorkspaceAction({ name: `Kiwi ${uid()}`, timeZone: "Pacific/Auckland" })).slug)).toBe(
      "Pacific/Auckland",
    );
    expect(await tzOf(expectOk(await createWorkspaceAction({ name: `Lower ${uid()}`, timeZone: "america/los_angeles" })).slug)).toBe(
      "America/Los_Angeles",
    );
    expect(await tzOf(expectOk(await createWorkspaceAction({ name: `Mars ${uid()}`, timeZone: "Mars/Olympus" })).slug)).toBe("UTC");
    expect(await tzOf(expectOk(await createWorkspaceAction({ name: `None ${uid()}` })).slug)).toBe("UTC");
  });

  it("signed out → UNAUTHORIZED", async () => {
    actAs(null);
    const before = await db.workspace.count();
    expectError(await createWorkspaceAction({ name: "Nobody's" }), "UNAUTHORIZED");
    expect(await db.workspace.count()).toBe(before);
  });
});

describe("rename and change the slug", () => {
  it("renames and writes an audit entry with before and after", async () => {
    const t = await team();
    actAs(t.owner);
    const data = expectOk(await updateWorkspaceAction(t.ws.slug, { name: "Renamed Co" }));
    expect(data).toEqual({ slug: t.ws.slug, name: "Renamed Co", timeZone: "UTC" });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: t.ws.id } })).name).toBe("Renamed Co");
    const entry = await db.auditLog.findFirstOrThrow({ where: { workspaceId: t.ws.id, action: "workspace.updated" } });
    expect(entry.actorId).toBe(t.owner.id);
    expect(entry.metadata).toEqual({
      before: { name: t.ws.name, slug: t.ws.slug, timeZone: "UTC" },
      after: { name: "Renamed Co", slug: t.ws.slug, timeZone: "UTC" },
    });
  });

  it("changes the slug (admins may): the old slug stops resolving, the new one works, audited", async () => {
    const t = await team();
    actAs(t.admin);
    const newSlug = `moved-${uid()}`;
    expectOk(await updateWorkspaceAction(t.ws.slug, { slug: newSlug.toUpperCase() }));
    expect((await db.workspace.findUniqueOrThrow({ where: { id: t.ws.id } })).slug).toBe(newSlug);
    const old = await getMembers(new Request("http://test"), { params: Promise.resolve({ workspaceSlug: t.ws.slug }) });
    expect(old.status).toBe(404);
    const moved = await getMembers(new Request("http://test"), { params: Promise.resolve({ workspaceSlug: newSlug }) });
    expect(moved.status).toBe(200);
    const entry = await db.auditLog.findFirstOrThrow({ where: { workspaceId: t.ws.id, action: "workspace.updated" } });
    expect(entry.actorId).toBe(t.admin.id);
    expect(entry.metadata).toMatchObject({ before: { slug: t.ws.slug }, after: { slug: newSlug } });
  });

  it("a slug taken by another workspace → CONFLICT with fieldErrors.slug; nothing changes", async () => {
    const t = await team();
    const other = await createWorkspaceWith();
    actAs(t.owner);
    const before = await state(t.ws.id);
    const res = await updateWorkspaceAction(t.ws.slug, { slug: other.workspace.slug });
    expectError(res, "CONFLICT");
    expect(res.error.fieldErrors?.slug?.length).toBeGreaterThan(0);
    expect(await state(t.ws.id)).toEqual(before);
  });

  it("a reserved or malformed slug → BAD_REQUEST", async () => {
    const t = await team();
    actAs(t.owner);
    for (const slug of ["api", "ab", "-x-y", "a--b", "has space"]) {
      const res = await updateWorkspaceAction(t.ws.slug, { slug });
      expectError(res, "BAD_REQUEST");
      expect(res.error.fieldErrors?.slug?.length, slug).toBeGreaterThan(0);
    }
    expect((await db.workspace.findUniqueOrThrow({ where: { id: t.ws.id } })).slug).toBe(t.ws.slug);
  });
});

describe("time zone", () => {
  it("an admin changes it in Settings: stored canonical, audited; an unknown name or an offset → BAD_REQUEST at the field, nothing changes", async () => {
    const t = await team();
    actAs(t.admin);
    expectOk(await updateWorkspaceAction(t.ws.slug, { timeZone: "europe/paris" }));
    expect((await db.workspace.findUniqueOrThrow({ where: { id: t.ws.id } })).timeZone).toBe("Europe/Paris");
    const entry = await db.auditLog.findFirstOrThrow({ where: { workspaceId: t.ws.id, action: "workspace.updated" } });
    expect(entry.metadata).toMatchObject({ before: { timeZone: "UTC" }, after: { timeZone: "Europe/Paris" } });
    for (const timeZone of ["Mars/Olympus", "+02:00", ""]) {
      const res = await updateWorkspaceAction(t.ws.slug, { timeZone });
      expectError(res, "BAD_REQUEST");
      expect(res.error.fieldErrors?.timeZone, timeZone).toEqual(["Choose a time zone from the list, e.g. Europe/Paris"]);
    }
    expect((await db.workspace.findUniqueOrThrow({ where: { id: t.ws.id } })).timeZone).toBe("Europe/Paris");
  });

  it("a member can't change it (FORBIDDEN)", async () => {
    const t = await team();
    actAs(t.member);
    expectError(await updateWorkspaceAction(t.ws.slug, { timeZone: "Asia/Tokyo" }), "FORBIDDEN");
    expect((await db.workspace.findUniqueOrThrow({ where: { id: t.ws.id } })).timeZone).toBe("UTC");
  });
});

describe("delete a workspace", () => {
  it("an admin gets FORBIDDEN and nothing is deleted", async () => {
    const t = await team();
    actAs(t.admin);
    const before = await state(t.ws.id);
    expectError(await deleteWorkspaceAction(t.ws.slug, { confirm: t.ws.slug }), "FORBIDDEN");
    expect(await state(t.ws.id)).toEqual(before);
  });

  it("the wrong typed confirmation → BAD_REQUEST and nothing is deleted", async () => {
    const t = await team();
    actAs(t.owner);
    const before = await state(t.ws.id);
    for (const confirm of ["", "yes", t.ws.name, t.ws.slug.toUpperCase(), `${t.ws.slug}x`]) {
      const res = await deleteWorkspaceAction(t.ws.slug, { confirm });
      expectError(res, "BAD_REQUEST");
      expect(res.error.fieldErrors?.confirm?.length).toBeGreaterThan(0);
    }
    expect(await state(t.ws.id)).toEqual(before);
  });

  it("the owner with the right confirmation deletes it and everything in it (cascade); users and other workspaces stay", async () => {
    const t = await team();
    const other = await createWorkspaceWith();
    actAs(t.owner);
    expectOk(await inviteMemberAction(t.ws.slug, { email: `later-${uid()}@example.test`, role: "member" }));
    await db.user.update({ where: { id: t.member.id }, data: { lastWorkspaceId: t.ws.id } });
    const otherBefore = await state(other.workspace.id);

    expectOk(await deleteWorkspaceAction(t.ws.slug, { confirm: ` ${t.ws.slug} ` }));

    expect(await db.workspace.findUnique({ where: { id: t.ws.id } })).toBeNull();
    expect(await db.membership.count({ where: { workspaceId: t.ws.id } })).toBe(0);
    expect(await db.invitation.count({ where: { workspaceId: t.ws.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { workspaceId: t.ws.id } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: [t.owner.id, t.admin.id, t.member.id, t.viewer.id, t.client.id] } } })).toBe(5);
    expect((await db.user.findUniqueOrThrow({ where: { id: t.member.id } })).lastWorkspaceId).toBeNull();
    expect(await state(other.workspace.id)).toEqual(otherBefore);
  });
});

describe("members", () => {
  it("the owner changes a role; the change is audited with from/to", async () => {
    const t = await team();
    actAs(t.owner);
    expectOk(await changeRoleAction(t.ws.slug, { userId: t.member.id, role: "admin" }));
    expect(await roleOf(t.ws.id, t.member.id)).toBe("admin");
    const entry = await db.auditLog.findFirstOrThrow({
      where: { workspaceId: t.ws.id, action: "member.role_changed", targetId: t.member.id },
    });
    expect(entry.metadata).toEqual({ from: "member", to: "admin" });
  });

  it("an admin can change non-owner roles but can't make owners or change an owner", async () => {
    const t = await team();
    actAs(t.admin);
    expectOk(await changeRoleAction(t.ws.slug, { userId: t.viewer.id, role: "member" }));
    expect(await roleOf(t.ws.id, t.viewer.id)).toBe("member");

    const before = await state(t.ws.id);
    expectError(await changeRoleAction(t.ws.slug, { userId: t.member.id, role: "owner" }), "FORBIDDEN");
    expectError(await changeRoleAction(t.ws.slug, { userId: t.admin.id, role: "owner" }), "FORBIDDEN");
    expectError(await changeRoleAction(t.ws.slug, { userId: t.owner.id, role: "member" }), "FORBIDDEN");
    expectError(await removeMemberAction(t.ws.slug, { userId: t.owner.id }), "FORBIDDEN");
    const inv = await inviteMemberAction(t.ws.slug, { email: `boss-${uid()}@example.test`, role: "owner" });
    expectError(inv, "FORBIDDEN");
    expect(inv.error.fieldErrors?.role?.length).toBeGreaterThan(0);
    expect(await state(t.ws.id)).toEqual(before);
  });

  it("the last owner can't be demoted → CONFLICT; with a second owner, an owner can be demoted", async () => {
    const t = await team();
    actAs(t.owner);
    const res = await changeRoleAction(t.ws.slug, { userId: t.owner.id, role: "admin" });
    expectError(res, "CONFLICT");
    expect(res.error.message).toMatch(/at least one owner/);
    expect(await roleOf(t.ws.id, t.owner.id)).toBe("owner");

    expectOk(await changeRoleAction(t.ws.slug, { userId: t.admin.id, role: "owner" }));
    expectOk(await changeRoleAction(t.ws.slug, { userId: t.owner.id, role: "admin" }));
    expect(await roleOf(t.ws.id, t.owner.id)).toBe("admin");
    expect(await db.membership.count({ where: { workspaceId: t.ws.id, role: "owner" } })).toBe(1);
  });

  it("two owners demoting each other at once leave exactly one owner", async () => {
    const t = await team();
    actAs(t.owner);
    expectOk(await changeRoleAction(t.ws.slug, { userId: t.admin.id, role: "owner" }));
    // The session double is global, so both calls run as the first owner: demote self and the other.
    const results = await Promise.all([
      changeRoleAction(t.ws.slug, { userId: t.owner.id, role: "admin" }),
      changeRoleAction(t.ws.slug, { userId: t.admin.id, role: "admin" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { workspaceId: t.ws.id, role: "owner" } })).toBe(1);
  });

  it("removes a member: membership gone, their remembered workspace cleared, audited", async () => {
    const t = await team();
    await db.user.update({ where: { id: t.member.id }, data: { lastWorkspaceId: t.ws.id } });
    actAs(t.owner);
    expectOk(await removeMemberAction(t.ws.slug, { userId: t.member.id }));
    expect(await roleOf(t.ws.id, t.member.id)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: t.member.id } })).lastWorkspaceId).toBeNull();
    expect(await db.auditLog.count({ where: { workspaceId: t.ws.id, action: "member.removed", targetId: t.member.id } })).toBe(1);
    // The removed user is out: the gate answers 404 to them now.
    actAs(t.member);
    expectError(await leaveWorkspaceAction(t.ws.slug, {}), "NOT_FOUND");
  });

  it("an unknown member id → NOT_FOUND", async () => {
    const t = await team();
    actAs(t.owner);
    expectError(await removeMemberAction(t.ws.slug, { userId: "no-such-user" }), "NOT_FOUND");
    expectError(await changeRoleAction(t.ws.slug, { userId: "no-such-user", role: "member" }), "NOT_FOUND");
  });

  it("the last owner can't leave (clear message); a member can; an owner can when another owner remains", async () => {
    const t = await team();
    actAs(t.owner);
    const before = await state(t.ws.id);
    const res = await leaveWorkspaceAction(t.ws.slug, {});
    expectError(res, "CONFLICT");
    expect(res.error.message).toMatch(/last owner/i);
    expect(res.error.message).toMatch(/make someone else an owner/i);
    expect(await state(t.ws.id)).toEqual(before);

    actAs(t.member);
    expectOk(await leaveWorkspaceAction(t.ws.slug, {}));
    expect(await roleOf(t.ws.id, t.member.id)).toBeNull();
    expect(await db.auditLog.count({ where: { workspaceId: t.ws.id, action: "member.left", actorId: t.member.id } })).toBe(1);

    actAs(t.client);
    expectOk(await leaveWorkspaceAction(t.ws.slug, {}));
    expect(await roleOf(t.ws.id, t.client.id)).toBeNull();

    actAs(t.owner);
    expectOk(await changeRoleAction(t.ws.slug, { userId: t.admin.id, role: "owner" }));
    expectOk(await leaveWorkspaceAction(t.ws.slug, {}));
    expect(await roleOf(t.ws.id, t.owner.id)).toBeNull();
  });

  describe.each(["member", "viewer", "client"] as const)("a %s is refused admin actions by the server", (role) => {
    it("invite, revoke, change role, remove, update and delete → FORBIDDEN, and nothing changes", async () => {
      const t = await team();
      actAs(t.owner);
      const { invitationId } = expectOk(await inviteMemberAction(t.ws.slug, { email: `pending-${uid()}@example.test`, role: "member" }));
      const actor = t[role];
      actAs(actor);
      const before = await state(t.ws.id);
      const attempts: [string, ActionResult<unknown>][] = [
        ["invite", await inviteMemberAction(t.ws.slug, { email: `x-${uid()}@example.test`, role: "viewer" })],
        ["revoke", await revokeInvitationAction(t.ws.slug, { invitationId })],
        ["change own role", await changeRoleAction(t.ws.slug, { userId: actor.id, role: "admin" })],
        [
          "change another's role",
          await changeRoleAction(t.ws.slug, { userId: t.viewer.id === actor.id ? t.member.id : t.viewer.id, role: "admin" }),
        ],
        ["remove", await removeMemberAction(t.ws.slug, { userId: t.admin.id })],
        ["update", await updateWorkspaceAction(t.ws.slug, { name: "Taken over" })],
        ["delete", await deleteWorkspaceAction(t.ws.slug, { confirm: t.ws.slug })],
      ];
      for (const [what, res] of attempts) {
        expect(res.ok, what).toBe(false);
        if (!res.ok) expect(res.error.code, what).toBe("FORBIDDEN");
      }
      expect(await state(t.ws.id)).toEqual(before);
    });
  });

  it("route permissions: members list for staff and viewers, not clients; audit log for admins only", async () => {
    const t = await team();
    const call = async (route: typeof getMembers, user: { id: string; email: string; name: string | null }) => {
      actAs(user);
      return (await route(new Request("http://test"), { params: Promise.resolve({ workspaceSlug: t.ws.slug }) })).status;
    };
    expect(await call(getMembers, t.viewer)).toBe(200);
    expect(await call(getMembers, t.client)).toBe(403);
    expect(await call(getAuditLog, t.admin)).toBe(200);
    expect(await call(getAuditLog, t.member)).toBe(403);
    expect(await call(getAuditLog, t.viewer)).toBe(403);
  });
});

describe("invitations", () => {
  async function invite(role: Role = "member", email = `invitee-${uid()}@example.test`) {
    const t = await team();
    actAs(t.owner);
    const data = expectOk(await inviteMemberAction(t.ws.slug, { email, role }));
    return { t, email, ...data, token: tokenOf(data.url) };
  }

  it("stores only the SHA-256 of the token: the token from the link is nowhere in the database", async () => {
    const { t, token, invitationId } = await invite();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.invitation.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: t.ws.id, id: invitationId } } });
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const audit = await db.auditLog.findMany({ where: { workspaceId: t.ws.id } });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("the email (normalised to lower case) lands in the outbox with the link", async () => {
    const { t, email, url, invitationId } = await invite("viewer", `Mixed.Case-${uid()}@Example.TEST`);
    const row = await db.invitation.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: t.ws.id, id: invitationId } } });
    expect(row.email).toBe(email.toLowerCase());
    const mails = await db.outboxEmail.findMany({ where: { to: email.toLowerCase() } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(url);
    expect(mails[0]!.html).toContain(url);
    expect(mails[0]!.subject).toContain(t.ws.name);
    expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  });

  it("accepting creates the membership with the invited role, marks the invitation used, audits it", async () => {
    const { t, email, token, invitationId } = await invite("client");
    const invitee = await createUser({ email });
    actAs(invitee);
    const data = expectOk(await acceptInvitationAction({ token }));
    expect(data).toEqual({ workspaceSlug: t.ws.slug });
    expect(await roleOf(t.ws.id, invitee.id)).toBe("client");
    const inv = await db.invitation.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: t.ws.id, id: invitationId } } });
    expect(inv.acceptedAt).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: invitee.id } })).lastWorkspaceId).toBe(t.ws.id);
    expect(await db.auditLog.count({ where: { workspaceId: t.ws.id, action: "invitation.accepted", actorId: invitee.id } })).toBe(1);
  });

  it("a used token → GONE (also for someone else)", async () => {
    const { t, email, token } = await invite();
    const invitee = await createUser({ email });
    actAs(invitee);
    expectOk(await acceptInvitationAction({ token }));
    expectError(await acceptInvitationAction({ token }), "GONE");
    actAs(await createUser());
    expectError(await acceptInvitationAction({ token }), "GONE");
    expect(await db.membership.count({ where: { workspaceId: t.ws.id } })).toBe(6);
  });

  it("an expired token → GONE and no membership", async () => {
    const { t, email, token, invitationId } = await invite();
    await db.invitation.update({
      where: { workspaceId_id: { workspaceId: t.ws.id, id: invitationId } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const invitee = await createUser({ email });
    actAs(invitee);
    const res = await acceptInvitationAction({ token });
    expectError(res, "GONE");
    expect(res.error.message).toMatch(/expired/);
    expect(await roleOf(t.ws.id, invitee.id)).toBeNull();
  });

  it("a revoked token → GONE and no membership", async () => {
    const { t, email, token, invitationId } = await invite();
    expectOk(await revokeInvitationAction(t.ws.slug, { invitationId }));
    expectError(await revokeInvitationAction(t.ws.slug, { invitationId }), "NOT_FOUND");
    expect(await db.auditLog.count({ where: { workspaceId: t.ws.id, action: "invitation.revoked", targetId: invitationId } })).toBe(1);
    const invitee = await createUser({ email });
    actAs(invitee);
    const res = await acceptInvitationAction({ token });
    expectError(res, "GONE");
    expect(res.error.message).toMatch(/withdrawn/);
    expect(await roleOf(t.ws.id, invitee.id)).toBeNull();
  });

  it("a signed-in user with another email → FORBIDDEN; the invitation stays usable by the right person", async () => {
    const { t, email, token, invitationId } = await invite();
    const stranger = await createUser();
    actAs(stranger);
    const res = await acceptInvitationAction({ token });
    expectError(res, "FORBIDDEN");
    expect(res.error.message).toContain(email);
    expect(await roleOf(t.ws.id, stranger.id)).toBeNull();
    expect(
      (await db.invitation.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: t.ws.id, id: invitationId } } })).acceptedAt,
    ).toBeNull();
    actAs(await createUser({ email }));
    expectOk(await acceptInvitationAction({ token }));
  });

  it("an unknown or malformed token → NOT_FOUND", async () => {
    actAs(await createUser());
    expectError(await acceptInvitationAction({ token: randomBytes(32).toString("base64url") }), "NOT_FOUND");
    expectError(await acceptInvitationAction({ token: "not-a-token" }), "NOT_FOUND");
  });

  it("signed out → UNAUTHORIZED", async () => {
    const { token } = await invite();
    actAs(null);
    expectError(await acceptInvitationAction({ token }), "UNAUTHORIZED");
  });

  it("re-inviting the same email revokes the previous pending invitation", async () => {
    const { t, email, token: firstToken, invitationId: firstId } = await invite("member");
    const second = expectOk(await inviteMemberAction(t.ws.slug, { email, role: "viewer" }));
    const first = await db.invitation.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: t.ws.id, id: firstId } } });
    expect(first.revokedAt).not.toBeNull();
    expect(await db.invitation.count({ where: { workspaceId: t.ws.id, email, revokedAt: null, acceptedAt: null } })).toBe(1);

    const invitee = await createUser({ email });
    actAs(invitee);
    expectError(await acceptInvitationAction({ token: firstToken }), "GONE");
    expectOk(await acceptInvitationAction({ token: tokenOf(second.url) }));
    expect(await roleOf(t.ws.id, invitee.id)).toBe("viewer");
  });

  it("inviting an existing member → CONFLICT with fieldErrors.email; no invitation, no email", async () => {
    const t = await team();
    actAs(t.owner);
    const mailsBefore = await db.outboxEmail.count({ where: { to: t.member.email } });
    const res = await inviteMemberAction(t.ws.slug, { email: t.member.email.toUpperCase(), role: "admin" });
    expectError(res, "CONFLICT");
    expect(res.error.fieldErrors?.email?.length).toBeGreaterThan(0);
    expect(await db.invitation.count({ where: { workspaceId: t.ws.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: t.member.email } })).toBe(mailsBefore);
  });

  it("a malformed email or role → BAD_REQUEST with field errors", async () => {
    const t = await team();
    actAs(t.owner);
    const res = await inviteMemberAction(t.ws.slug, { email: "nope", role: "superadmin" as Role });
    expectError(res, "BAD_REQUEST");
    expect(Object.keys(res.error.fieldErrors ?? {}).sort()).toEqual(["email", "role"]);
  });

  it("two concurrent accepts of one token: exactly one succeeds, one membership, one audit entry", async () => {
    const { t, email, token } = await invite("member");
    const invitee = await createUser({ email });
    actAs(invitee);
    const results = await Promise.all([
      acceptInvitationAction({ token }),
      acceptInvitationAction({ token }),
      acceptInvitationAction({ token }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expectError(r, "GONE");
    expect(await db.membership.count({ where: { workspaceId: t.ws.id, userId: invitee.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { workspaceId: t.ws.id, action: "invitation.accepted" } })).toBe(1);
  });
});
