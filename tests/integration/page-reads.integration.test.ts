// The reads every workspace page (and the roster on every view) makes, written as raw SQL for speed
// (README "Development notes"): the same rows, order and tenant scoping as the Prisma queries they
// replaced, on a real database.
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { listMemberships } from "@/lib/auth/membership";
import { findWorkspacePage } from "@/lib/auth/workspace-page";
import { db } from "@/lib/db";
import { listLists } from "@/lib/influencers/lists";
import { listSavedSearches } from "@/lib/influencers/saved-searches";
import { unreadCount } from "@/lib/notifications/inbox";

import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const uid = () => randomBytes(4).toString("hex");

describe("the workspace pages' gate and switcher: one read of the user's memberships", () => {
  it("lists every workspace of the user by name, with role, plan and time zone, and no one else's", async () => {
    const user = await createUser();
    const tag = uid();
    const zeta = await createWorkspaceWith({ name: `Zeta ${tag}`, owner: user });
    const alpha = await createWorkspaceWith({ name: `Alpha ${tag}` });
    await addMember(alpha.workspace.id, "viewer", user);
    await db.workspace.update({ where: { id: alpha.workspace.id }, data: { plan: "agency", timeZone: "Europe/Paris" } });
    const stranger = await createWorkspaceWith({ name: `Aardvark ${tag}` });

    const list = await listMemberships(user.id);
    expect(list).toEqual([
      {
        workspace: { id: alpha.workspace.id, slug: alpha.workspace.slug, name: `Alpha ${tag}`, plan: "agency", timeZone: "Europe/Paris" },
        role: "viewer",
      },
      {
        workspace: { id: zeta.workspace.id, slug: zeta.workspace.slug, name: `Zeta ${tag}`, plan: "free", timeZone: "UTC" },
        role: "owner",
      },
    ]);
    expect(list.map((m) => m.workspace.id)).not.toContain(stranger.workspace.id);
    expect(await listMemberships((await createUser()).id)).toEqual([]);
  });

  it("finds the workspace in the URL among them, and nothing for another tenant's slug or a malformed one", async () => {
    const user = await createUser();
    const own = await createWorkspaceWith({ owner: user });
    const other = await createWorkspaceWith();
    actAs(user);
    try {
      const found = await findWorkspacePage(own.workspace.slug);
      expect(found).toMatchObject({ workspace: { id: own.workspace.id, slug: own.workspace.slug }, role: "owner", user: { id: user.id } });
      expect(await findWorkspacePage(other.workspace.slug)).toBeNull();
      expect(await findWorkspacePage(own.workspace.slug.toUpperCase())).toBeNull();
      expect(await findWorkspacePage("x".repeat(65))).toBeNull();
    } finally {
      actAs(null);
    }
  });
});

describe("the bell's unread count", () => {
  it("counts the user's own unread notifications in this workspace only", async () => {
    const user = await createUser();
    const a = await createWorkspaceWith({ owner: user });
    const b = await createWorkspaceWith({ owner: user });
    const colleague = await addMember(a.workspace.id, "member");
    const note = (workspaceId: string, userId: string | null, read = false) =>
      db.notification.create({ data: { workspaceId, userId, kind: "test", title: "t", readAt: read ? new Date() : null } });
    await Promise.all([
      note(a.workspace.id, user.id),
      note(a.workspace.id, user.id),
      note(a.workspace.id, user.id, true),
      note(a.workspace.id, colleague.id),
      note(b.workspace.id, user.id),
    ]);
    expect(await unreadCount(a.workspace.id, user.id)).toBe(2);
    expect(await unreadCount(b.workspace.id, user.id)).toBe(1);
    expect(await unreadCount(a.workspace.id, colleague.id)).toBe(1);
    expect(await unreadCount(b.workspace.id, colleague.id)).toBe(0);
  });
});

describe("the roster's side panel: lists and saved searches", () => {
  it("lists the workspace's lists by name with their sizes, and the user's saved searches newest first", async () => {
    const user = await createUser();
    const { workspace: ws } = await createWorkspaceWith({ owner: user });
    const { workspace: other } = await createWorkspaceWith();
    const colleague = await addMember(ws.id, "member");
    const influencer = (workspaceId: string) =>
      db.influencer.create({ data: { workspaceId, displayName: `I ${uid()}` }, select: { id: true } });
    const [i1, i2] = await Promise.all([influencer(ws.id), influencer(ws.id)]);
    const list = (workspaceId: string, name: string, description: string | null = null) =>
      db.influencerList.create({ data: { workspaceId, name, description }, select: { id: true, createdAt: true } });
    const beta = await list(ws.id, "Beta", "Spring launch");
    const alpha = await list(ws.id, "Alpha");
    await list(other.id, "Aaa elsewhere");
    await db.listMember.createMany({
      data: [
        { workspaceId: ws.id, listId: beta.id, influencerId: i1!.id },
        { workspaceId: ws.id, listId: beta.id, influencerId: i2!.id },
      ],
    });
    expect(await listLists(ws.id)).toEqual([
      { id: alpha.id, name: "Alpha", description: null, createdAt: alpha.createdAt, memberCount: 0 },
      { id: beta.id, name: "Beta", description: "Spring launch", createdAt: beta.createdAt, memberCount: 2 },
    ]);

    const save = (workspaceId: string, userId: string, name: string, createdAt: Date) =>
      db.savedSearch.create({ data: { workspaceId, userId, name, query: `q=${name}`, createdAt }, select: { id: true } });
    const older = await save(ws.id, user.id, "older", new Date("2026-01-01T00:00:00Z"));
    const newer = await save(ws.id, user.id, "newer", new Date("2026-02-01T00:00:00Z"));
    await save(ws.id, colleague.id, "theirs", new Date("2026-03-01T00:00:00Z"));
    await save(other.id, user.id, "elsewhere", new Date("2026-03-01T00:00:00Z"));
    expect(await listSavedSearches(ws.id, user.id)).toEqual([
      { id: newer.id, name: "newer", query: "q=newer" },
      { id: older.id, name: "older", query: "q=older" },
    ]);
  });
});
