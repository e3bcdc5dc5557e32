// Usage rights on real Postgres: grants recorded when a contract completes (once), moved to the
// go-live, the reminder job with an injected clock (once per item and threshold), the "ending soon"
// list and the ended-rights warning, and the portal's ad-code entry scoped by the invite token.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { enterAdCodeAction, withdrawAdCodeAction } from "@/app/(portal)/rights/actions";
import { revokeInvite } from "@/lib/collaborations/invite";
import { applyTransition } from "@/lib/collaborations/transition";
import { runRightsReminders, setRightsReminderDays } from "@/lib/contracts/reminders";
import { endedRights, recordRightsForCompletedContract, rightsEndingSoon } from "@/lib/contracts/rights";
import { db } from "@/lib/db";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { addMember, createWorkspaceWith } from "../fixtures/factories";
import { createCompletedContract } from "../fixtures/rights";

const DAY = 86_400_000;
const T0 = new Date("2026-03-10T15:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY);

let ws: { id: string; slug: string };
let ownerId: string;
let collab: Awaited<ReturnType<typeof createInvitedCollaboration>>;

beforeEach(async () => {
  const { workspace, owner } = await createWorkspaceWith();
  ws = workspace;
  ownerId = owner.id;
  collab = await createInvitedCollaboration(ws.id, ownerId);
});

const grants = () =>
  db.usageRightGrant.findMany({
    where: { workspaceId: ws.id, collaborationId: collab.collaborationId },
    orderBy: { kind: "asc" },
    select: { kind: true, startsAt: true, endsAt: true, startBasis: true, territories: true, contractVersion: true },
  });

const completed = (usage?: object, completedAt = T0) =>
  createCompletedContract({ workspaceId: ws.id, collaborationId: collab.collaborationId, actorId: ownerId, usage, completedAt });

describe("grants recorded on completion", () => {
  it("records one grant per kind from the signed version, from completion until completion + duration", async () => {
    await completed({ organic: true, sparkAds: true, durationDays: 90, territories: ["US", "UK"] });
    expect(await grants()).toEqual([
      { kind: "organic", startsAt: T0, endsAt: at(90), startBasis: "completion", territories: ["US", "UK"], contractVersion: 1 },
      { kind: "spark_ads", startsAt: T0, endsAt: at(90), startBasis: "completion", territories: ["US", "UK"], contractVersion: 1 },
    ]);
  });

  it("is idempotent: recording again adds nothing", async () => {
    const contractId = await completed();
    const again = await db.$transaction((tx) => recordRightsForCompletedContract(tx, { workspaceId: ws.id, contractId }));
    expect(again).toBe(0);
    expect(await grants()).toHaveLength(3);
  });

  it("refuses a contract that is not completed, and another workspace's contract", async () => {
    const contractId = await completed();
    await db.contract.updateMany({ where: { workspaceId: ws.id, id: contractId }, data: { state: "signed_by_influencer" } });
    await expect(db.$transaction((tx) => recordRightsForCompletedContract(tx, { workspaceId: ws.id, contractId }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const other = await createWorkspaceWith();
    await expect(
      db.$transaction((tx) => recordRightsForCompletedContract(tx, { workspaceId: other.workspace.id, contractId })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("moves grants to the go-live when the content goes live after signing, once", async () => {
    await completed({ paid: true, durationDays: 30 });
    await db.collaboration.updateMany({ where: { workspaceId: ws.id, id: collab.collaborationId }, data: { status: "approved" } });
    const move = (from: "approved" | "completed", to: "live") =>
      db.$transaction((tx) =>
        applyTransition(tx, { workspaceId: ws.id, collaborationId: collab.collaborationId, from, to, actor: "influencer", actorId: null }),
      );
    await move("approved", "live");
    const change = await db.statusChange.findFirstOrThrow({
      where: { workspaceId: ws.id, collaborationId: collab.collaborationId, toStatus: "live" },
      select: { createdAt: true },
    });
    const [g] = await grants();
    expect(g).toMatchObject({ startBasis: "live", startsAt: change.createdAt, endsAt: new Date(change.createdAt.getTime() + 30 * DAY) });
  });

  it("starts at the go-live when the content was already live at completion", async () => {
    await db.statusChange.create({
      data: {
        workspaceId: ws.id,
        collaborationId: collab.collaborationId,
        fromStatus: "approved",
        toStatus: "live",
        actorType: "influencer",
        createdAt: at(2),
      },
    });
    await completed({ organic: true, durationDays: 10 });
    expect((await grants())[0]).toMatchObject({ startBasis: "live", startsAt: at(2), endsAt: at(12) });
  });
});

describe("reminders (injected clock)", () => {
  const myNotifications = () => db.notification.count({ where: { workspaceId: ws.id, kind: "rights.ending" } });
  const myEmails = async () => {
    const owner = await db.user.findUniqueOrThrow({ where: { id: ownerId }, select: { email: true } });
    return db.outboxEmail.count({ where: { to: owner.email } });
  };

  it("sends nothing 8 days before the end, once at 7 days, and nothing on a re-run or the next day", async () => {
    await completed({ sparkAds: true, durationDays: 30 });
    const viewer = await addMember(ws.id, "viewer");
    await runRightsReminders({ now: at(22) });
    expect(await myNotifications()).toBe(0);

    await runRightsReminders({ now: at(23) });
    expect(await myNotifications()).toBe(1); // the owner; a viewer doesn't run campaigns
    expect(await db.notification.count({ where: { workspaceId: ws.id, userId: viewer.id } })).toBe(0);
    const n = await db.notification.findFirstOrThrow({
      where: { workspaceId: ws.id, kind: "rights.ending" },
      select: { title: true, link: true },
    });
    expect(n.title).toContain("ends in 7 days");
    expect(n.link).toBe(`/w/${ws.slug}/campaigns/${collab.campaignId}/collaborations/${collab.collaborationId}`);
    const emails = await myEmails();
    expect(emails).toBe(1);

    await runRightsReminders({ now: at(23) });
    await runRightsReminders({ now: at(24) });
    expect(await myNotifications()).toBe(1);
    expect(await myEmails()).toBe(emails);
    expect(await db.rightsReminder.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("follows the workspace's thresholds: 30 then 1, each once", async () => {
    await setRightsReminderDays({ workspaceId: ws.id, actorId: ownerId, text: "1, 30" });
    await completed({ organic: true, durationDays: 40 });
    await runRightsReminders({ now: at(10) });
    await runRightsReminders({ now: at(11) });
    expect(await myNotifications()).toBe(1);
    await runRightsReminders({ now: at(33) }); // 7 days left: not a threshold here
    expect(await myNotifications()).toBe(1);
    await runRightsReminders({ now: at(39) });
    await runRightsReminders({ now: at(39.5) });
    expect(await myNotifications()).toBe(2);
  });

  it("reminds about codes, but not a withdrawn one, and never another workspace's members", async () => {
    await completed({ sparkAds: true, durationDays: 365 });
    const scope = { workspaceId: ws.id, collaborationId: collab.collaborationId };
    const other = await createWorkspaceWith();
    await db.adAuthorizationCode.createMany({
      data: [
        { ...scope, platform: "tiktok_spark_ads", code: "#LIVECODE1", expiresAt: at(5), enteredAt: T0 },
        { ...scope, platform: "tiktok_spark_ads", code: "#GONECODE1", expiresAt: at(5), enteredAt: T0, revokedAt: T0 },
      ],
    });
    await runRightsReminders({ now: T0 });
    const titles = (await db.notification.findMany({ where: { workspaceId: ws.id, kind: "rights.ending" }, select: { title: true } })).map(
      (x) => x.title,
    );
    expect(titles).toHaveLength(1);
    expect(titles[0]).toContain("Spark Ads code ends in 5 days");
    expect(await db.notification.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: other.owner.id } })).toBe(0);
  });
});

describe("views", () => {
  it("lists grants and live codes ending within 30 days, soonest first", async () => {
    const now = new Date();
    await completed({ organic: true, paid: true, durationDays: 20 }, new Date(now.getTime() - 5 * DAY)); // 15 days left
    const scope = { workspaceId: ws.id, collaborationId: collab.collaborationId };
    await db.adAuthorizationCode.createMany({
      data: [
        { ...scope, platform: "tiktok_spark_ads", code: "#SOONCODE1", expiresAt: new Date(now.getTime() + 3 * DAY) },
        { ...scope, platform: "tiktok_spark_ads", code: "#LATECODE1", expiresAt: new Date(now.getTime() + 40 * DAY) },
        { ...scope, platform: "meta_partnership", code: "#GONECODE1", expiresAt: new Date(now.getTime() + 2 * DAY), revokedAt: now },
      ],
    });
    const rows = await rightsEndingSoon({ workspaceId: ws.id, timeZone: "UTC", now });
    expect(rows.map((r) => [r.type, r.label, r.daysLeft])).toEqual([
      ["code", "tiktok_spark_ads", 3],
      ["grant", expect.any(String), 15],
      ["grant", expect.any(String), 15],
    ]);
    const other = await createWorkspaceWith();
    expect(await rightsEndingSoon({ workspaceId: other.workspace.id, timeZone: "UTC", now })).toEqual([]);
  });

  it("warns once a right has ended, unless a newer right of that kind still runs", async () => {
    await completed({ paid: true, durationDays: 10 }, at(-30));
    const scope = { workspaceId: ws.id, collaborationId: collab.collaborationId, timeZone: "UTC" };
    expect(await endedRights({ ...scope, now: at(-25) })).toEqual([]);
    expect(await endedRights({ ...scope, now: T0 })).toEqual([{ kind: "paid", endDay: "2026-02-18" }]);
    await completed({ paid: true, durationDays: 60 }, at(-1));
    expect(await endedRights({ ...scope, now: T0 })).toEqual([]);
  });
});

describe("portal ad-code entry", () => {
  const today = () => new Date().toISOString().slice(0, 10);
  const input = (o: object = {}) => ({
    platform: "tiktok_spark_ads" as const,
    code: "#AbCdEf123456",
    validDays: 30,
    generatedOn: today(),
    ...o,
  });
  const codes = () =>
    db.adAuthorizationCode.findMany({ where: { workspaceId: ws.id }, select: { collaborationId: true, code: true, expiresAt: true } });

  it("stores the code on the token's collaboration with its expiry, and keeps it out of the audit log", async () => {
    await completed({ sparkAds: true, durationDays: 90 }, new Date());
    const r = await enterAdCodeAction(collab.token, input());
    expect(r).toMatchObject({ ok: true });
    const rows = await codes();
    expect(rows).toEqual([{ collaborationId: collab.collaborationId, code: "#AbCdEf123456", expiresAt: expect.any(Date) }]);
    expect(rows[0]!.expiresAt.toISOString().slice(0, 10)).toBe(new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10));
    const audit = await db.auditLog.findMany({ where: { workspaceId: ws.id, action: "ad_code.entered" }, select: { metadata: true } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain("AbCdEf123456");
  });

  it("refuses 6 and 366 days with a field message, and a collaboration whose contract grants no Spark Ads", async () => {
    await completed({ organic: true, durationDays: 90 }, new Date());
    for (const validDays of [6, 366]) {
      const r = await enterAdCodeAction(collab.token, input({ validDays }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.fieldErrors?.validDays?.[0]).toContain("7 to 365 days");
    }
    const r = await enterAdCodeAction(collab.token, input());
    expect(r).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await codes()).toEqual([]);
  });

  it("refuses a revoked link and an unknown token, storing nothing", async () => {
    await completed({ sparkAds: true, durationDays: 90 }, new Date());
    expect(await enterAdCodeAction("not-a-token", input())).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await revokeInvite({ workspaceId: ws.id, actorId: ownerId, collaborationId: collab.collaborationId });
    expect(await enterAdCodeAction(collab.token, input())).toMatchObject({ ok: false, error: { code: "GONE" } });
    expect(await codes()).toEqual([]);
  });

  it("withdraws only codes of the token's own collaboration", async () => {
    await completed({ sparkAds: true, durationDays: 90 }, new Date());
    const other = await createInvitedCollaboration(ws.id, ownerId);
    await createCompletedContract({
      workspaceId: ws.id,
      collaborationId: other.collaborationId,
      actorId: ownerId,
      completedAt: new Date(),
    });
    const mine = await enterAdCodeAction(collab.token, input());
    const theirs = await enterAdCodeAction(other.token, input({ code: "#TheirCode999" }));
    if (!mine.ok || !theirs.ok) throw new Error("setup");
    expect(await withdrawAdCodeAction(collab.token, { codeId: theirs.data.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await db.adAuthorizationCode.count({ where: { workspaceId: ws.id, revokedAt: { not: null } } })).toBe(0);
    expect(await withdrawAdCodeAction(collab.token, { codeId: mine.data.id })).toMatchObject({ ok: true });
    expect(await withdrawAdCodeAction(collab.token, { codeId: mine.data.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  describe("with the rate limiter on", () => {
    const saved = process.env.RATE_LIMIT_DISABLED;
    afterEach(() => {
      process.env.RATE_LIMIT_DISABLED = saved;
      vi.resetModules();
    });

    it("limits code entries per collaboration", async () => {
      await completed({ sparkAds: true, durationDays: 90 }, new Date());
      vi.resetModules();
      process.env.RATE_LIMIT_DISABLED = "false";
      const fresh = await import("@/app/(portal)/rights/actions");
      const results = [];
      for (let i = 0; i < 11; i++) results.push(await fresh.enterAdCodeAction(collab.token, input({ validDays: 5 }))); // refused input still counts
      expect(results.slice(0, 10).every((r) => !r.ok && r.error.code === "BAD_REQUEST")).toBe(true);
      expect(results[10]).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    });
  });
});
