// The reads every signed-in request, every workspace page (and the roster on every view) makes,
// written as raw SQL for speed (README "Development notes"): the same rows, order and tenant scoping
// as the Prisma queries they replaced, on a real database.
import { randomBytes } from "node:crypto";

import pg from "pg";
import { describe, expect, it, vi } from "vitest";

import { findMembership, listMemberships } from "@/lib/auth/membership";
import { createSession, findLiveSession, revokeSession } from "@/lib/auth/sessions";
import { findWorkspacePage } from "@/lib/auth/workspace-page";
import { db } from "@/lib/db";
import { listLists } from "@/lib/influencers/lists";
import { listSavedSearches } from "@/lib/influencers/saved-searches";
import { unreadCount } from "@/lib/notifications/inbox";

import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const uid = () => randomBytes(4).toString("hex");

// Installed before this file's first query: each pooled connection binds its query method when it
// connects (lib/db's read-timeout guard), so a spy set up later would miss the warm connections.
const sent = vi.spyOn(pg.Client.prototype, "query");

/** The SQL statements `fn` sends, as the pg driver under Prisma's adapter sees them. */
async function statements<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  sent.mockClear();
  const result = await fn();
  return { result, sql: sent.mock.calls.map(([q]) => (typeof q === "string" ? q : (q as { text: string }).text)) };
}

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

describe("every signed-in request: the session and its user in one read", () => {
  it("finds a live session with its user, and nothing for a revoked, expired, other user's or outdated one", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { name: "Ana Live", sessionVersion: 3 } });
    const own = await createWorkspaceWith({ owner: user });
    await db.user.update({ where: { id: user.id }, data: { lastWorkspaceId: own.workspace.id } });
    const { id: sessionId } = await createSession({ userId: user.id });
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    const live = { sessionId, userId: user.id, sessionVersion: 3 };

    const { result, sql } = await statements(() => findLiveSession(live));
    expect(result).toEqual({
      user: { id: user.id, email: user.email, name: "Ana Live" },
      lastSeenAt: row.lastSeenAt,
      lastWorkspaceId: own.workspace.id,
    });
    expect(sql).toHaveLength(1);
    expect(await findLiveSession({ ...live, sessionVersion: 2 })).toBeNull();
    expect(await findLiveSession({ ...live, userId: (await createUser()).id })).toBeNull();
    expect(await findLiveSession({ ...live, sessionId: "no-such-session" })).toBeNull();
    expect(await findLiveSession({ ...live, now: new Date(row.expiresAt.getTime() + 1) })).toBeNull();
    await revokeSession({ userId: user.id, sessionId });
    expect(await findLiveSession(live)).toBeNull();
  });
});

describe("the API's and the actions' gate: the workspace by slug with the user's role, in one read", () => {
  it("finds the user's own workspaces with role, plan and time zone, and nothing for another tenant's or a malformed slug", async () => {
    const user = await createUser();
    const own = await createWorkspaceWith({ owner: user });
    const joined = await createWorkspaceWith();
    await addMember(joined.workspace.id, "client", user);
    await db.workspace.update({ where: { id: joined.workspace.id }, data: { plan: "pro", timeZone: "America/Chicago" } });
    const other = await createWorkspaceWith();

    const { result, sql } = await statements(() => findMembership(user.id, own.workspace.slug));
    expect(result).toEqual({
      workspace: { id: own.workspace.id, slug: own.workspace.slug, name: own.workspace.name, plan: "free", timeZone: "UTC" },
      role: "owner",
    });
    expect(sql).toHaveLength(1);
    expect(await findMembership(user.id, joined.workspace.slug)).toEqual({
      workspace: {
        id: joined.workspace.id,
        slug: joined.workspace.slug,
        name: joined.workspace.name,
        plan: "pro",
        timeZone: "America/Chicago",
      },
      role: "client",
    });
    expect(await findMembership(user.id, other.workspace.slug)).toBeNull();
    expect(await findMembership(user.id, own.workspace.slug.toUpperCase())).toBeNull();
    expect(await findMembership(user.id, "x".repeat(65))).toBeNull();
    expect(await findMembership((await createUser()).id, own.workspace.slug)).toBeNull();
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
