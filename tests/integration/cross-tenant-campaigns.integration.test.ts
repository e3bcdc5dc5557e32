// Cross-tenant suite for campaigns, collaborations, review and notifications actions. Acting as the
// owner of workspace A, for every action: B's slug → NOT_FOUND; A's slug with B's record ids →
// NOT_FOUND; signed out → UNAUTHORIZED; and neither tenant changes. The control (A's slug, A's ids)
// must succeed, so the refusals fail for the right reason. A meta-test checks every exported action
// of these files has a row (tests/integration/cross-tenant.integration.test.ts should count these
// rows as covered: see CAMPAIGN_ACTION_COVERS).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { beforeEach, describe, expect, it } from "vitest";

import * as campaignActions from "@/app/(app)/actions/campaigns";
import * as collaborationActions from "@/app/(app)/actions/collaborations";
import * as notificationActions from "@/app/(app)/actions/notifications";
import * as reviewActions from "@/app/(app)/actions/review";
import { respondToInviteAction, saveDraftAction } from "@/app/(portal)/actions";
import type { ActionResult } from "@/lib/auth/workspace-action";
import { db } from "@/lib/db";

import { COMPLETE_BRIEF, COMPLIANT_CAPTION, createInfluencer, createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const uid = () => randomBytes(4).toString("hex");

async function createTenant(label: string) {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ name: `Tenant ${label}`, owner });
  // A submitted draft (for review), a second fresh collaboration (for edits/cancel), a roster influencer, a list, a notification.
  const main = await createInvitedCollaboration(workspace.id, owner.id);
  await respondToInviteAction(main.token, { decision: "accept" });
  const saved = await saveDraftAction(main.token, {
    deliverableId: main.deliverableId,
    caption: COMPLIANT_CAPTION,
    platform: "instagram",
    format: "post",
    submit: true,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const fresh = await createInvitedCollaboration(workspace.id, owner.id, { campaignId: main.campaignId });
  const spare = await createInfluencer(workspace.id);
  const list = await db.influencerList.create({ data: { workspaceId: workspace.id, name: `List ${label}` }, select: { id: true } });
  await db.listMember.create({ data: { workspaceId: workspace.id, listId: list.id, influencerId: spare.id } });
  const notification = await db.notification.findFirstOrThrow({
    where: { workspaceId: workspace.id, userId: owner.id },
    select: { id: true },
  });
  return {
    ...workspace,
    owner,
    campaignId: main.campaignId,
    collaborationId: main.collaborationId,
    draftId: saved.data.id,
    freshCollaborationId: fresh.collaborationId,
    spareInfluencerId: spare.id,
    listId: list.id,
    notificationId: notification.id,
  };
}
type Tenant = Awaited<ReturnType<typeof createTenant>>;

async function snapshot(t: Tenant) {
  const w = t.id;
  const [campaigns, collaborations, drafts, deliverables, messages, influencers, notifications, briefVersions, statusChanges, audit] =
    await Promise.all([
      db.campaign.findMany({
        where: { workspaceId: w },
        orderBy: { id: "asc" },
        select: { id: true, name: true, status: true, brief: true, briefVersion: true, budgetMinor: true, updatedAt: true },
      }),
      db.collaboration.findMany({
        where: { workspaceId: w },
        orderBy: { id: "asc" },
        select: { id: true, status: true, feeMinor: true, inviteTokenHash: true, inviteRevokedAt: true, updatedAt: true },
      }),
      db.contentDraft.findMany({
        where: { workspaceId: w },
        orderBy: { id: "asc" },
        select: { id: true, status: true, reviewComment: true },
      }),
      db.deliverable.count({ where: { workspaceId: w } }),
      db.portalMessage.count({ where: { workspaceId: w } }),
      db.influencer.count({ where: { workspaceId: w } }),
      db.notification.findMany({ where: { workspaceId: w }, orderBy: { id: "asc" }, select: { id: true, readAt: true } }),
      db.briefVersion.count({ where: { workspaceId: w } }),
      db.statusChange.count({ where: { workspaceId: w } }),
      db.auditLog.count({ where: { workspaceId: w } }),
    ]);
  return { campaigns, collaborations, drafts, deliverables, messages, influencers, notifications, briefVersions, statusChanges, audit };
}

function secretsOf(t: Tenant): string[] {
  return [
    t.id,
    t.name,
    t.owner.email,
    t.campaignId,
    t.collaborationId,
    t.draftId,
    t.freshCollaborationId,
    t.spareInfluencerId,
    t.listId,
    t.notificationId,
  ];
}

type Outcome = { ok: boolean; code: string; body: unknown };
const out = (r: ActionResult<unknown>): Outcome =>
  r.ok ? { ok: true, code: "OK", body: r.data } : { ok: false, code: r.error.code, body: r.error };

const comp = { compensationType: "cash" as const, fee: 150, productDescription: "", commissionPct: null };
const campaignInput = { name: "Renamed", goal: "awareness" as const, budget: 1000, currency: "USD" };

type Case = { covers: string; foreignIds: boolean; call: (slug: string, ids: Tenant) => Promise<Outcome> };
const A_CAMPAIGNS = "app/(app)/actions/campaigns.ts";
const A_COLLABS = "app/(app)/actions/collaborations.ts";
const A_REVIEW = "app/(app)/actions/review.ts";
const A_NOTIF = "app/(app)/actions/notifications.ts";

export const CASES: Case[] = [
  {
    covers: `${A_CAMPAIGNS}#createCampaignAction`,
    foreignIds: false,
    call: async (s) => out(await campaignActions.createCampaignAction(s, { ...campaignInput, name: `New ${uid()}` })),
  },
  {
    covers: `${A_CAMPAIGNS}#updateCampaignAction`,
    foreignIds: true,
    call: async (s, t) => out(await campaignActions.updateCampaignAction(s, { campaignId: t.campaignId, ...campaignInput })),
  },
  {
    covers: `${A_CAMPAIGNS}#setCampaignStatusAction`,
    foreignIds: true,
    call: async (s, t) => out(await campaignActions.setCampaignStatusAction(s, { campaignId: t.campaignId, status: "archived" })),
  },
  {
    covers: `${A_CAMPAIGNS}#saveBriefAction`,
    foreignIds: true,
    call: async (s, t) =>
      out(
        await campaignActions.saveBriefAction(s, {
          campaignId: t.campaignId,
          brief: { ...COMPLETE_BRIEF, goals: `Changed goals for the test ${uid()}` },
        }),
      ),
  },
  {
    covers: `${A_CAMPAIGNS}#sendBriefAction`,
    foreignIds: true,
    call: async (s, t) =>
      out(
        await campaignActions.sendBriefAction(s, {
          campaignId: t.campaignId,
          brief: { ...COMPLETE_BRIEF, goals: `Changed goals for the test ${uid()}` },
        }),
      ),
  },
  {
    covers: `${A_COLLABS}#searchRosterAction`,
    foreignIds: true,
    call: async (s, t) => out(await collaborationActions.searchRosterAction(s, { campaignId: t.campaignId, q: "" })),
  },
  {
    covers: `${A_COLLABS}#addInfluencersAction`,
    foreignIds: true,
    call: async (s, t) =>
      out(await collaborationActions.addInfluencersAction(s, { campaignId: t.campaignId, influencerIds: [t.spareInfluencerId], ...comp })),
  },
  {
    covers: `${A_COLLABS}#addInfluencersAction (list)`,
    foreignIds: true,
    call: async (s, t) => out(await collaborationActions.addInfluencersAction(s, { campaignId: t.campaignId, listId: t.listId, ...comp })),
  },
  {
    covers: `${A_COLLABS}#quickAddInfluencerAction`,
    foreignIds: true,
    call: async (s, t) =>
      out(
        await collaborationActions.quickAddInfluencerAction(s, {
          campaignId: t.campaignId,
          displayName: "Quick",
          platform: "tiktok",
          handle: `@quick${uid()}`,
          email: "",
          ...comp,
        }),
      ),
  },
  {
    covers: `${A_COLLABS}#updateCollaborationAction`,
    foreignIds: true,
    call: async (s, t) =>
      out(
        await collaborationActions.updateCollaborationAction(s, {
          collaborationId: t.freshCollaborationId,
          deliverables: [{ type: "reel", platform: "instagram", count: 2, dueDate: "" }],
          ...comp,
        }),
      ),
  },
  {
    covers: `${A_COLLABS}#issueInviteAction`,
    foreignIds: true,
    call: async (s, t) => out(await collaborationActions.issueInviteAction(s, { collaborationId: t.freshCollaborationId })),
  },
  {
    covers: `${A_COLLABS}#revokeInviteAction`,
    foreignIds: true,
    call: async (s, t) => out(await collaborationActions.revokeInviteAction(s, { collaborationId: t.freshCollaborationId })),
  },
  {
    covers: `${A_COLLABS}#collaborationTransitionAction`,
    foreignIds: true,
    call: async (s, t) =>
      out(await collaborationActions.collaborationTransitionAction(s, { collaborationId: t.freshCollaborationId, to: "cancelled" })),
  },
  {
    covers: `${A_COLLABS}#replyToInfluencerAction`,
    foreignIds: true,
    call: async (s, t) =>
      out(await collaborationActions.replyToInfluencerAction(s, { collaborationId: t.collaborationId, body: "Thanks!" })),
  },
  {
    covers: `${A_REVIEW}#reviewDraftAction`,
    foreignIds: true,
    call: async (s, t) =>
      out(await reviewActions.reviewDraftAction(s, { draftId: t.draftId, decision: "request_changes", comment: "Shorter please" })),
  },
  {
    covers: `${A_REVIEW}#reviewDraftAction (approve)`,
    foreignIds: true,
    call: async (s, t) => out(await reviewActions.reviewDraftAction(s, { draftId: t.draftId, decision: "approve" })),
  },
  {
    covers: `${A_NOTIF}#markNotificationsReadAction`,
    foreignIds: true,
    call: async (s, t) => out(await notificationActions.markNotificationsReadAction(s, { notificationId: t.notificationId })),
  },
  {
    covers: `${A_NOTIF}#markNotificationsReadAction (all)`,
    foreignIds: false,
    call: async (s) => out(await notificationActions.markNotificationsReadAction(s, {})),
  },
];

/** What the shared cross-tenant meta-test should treat as covered by this file. */
export const CAMPAIGN_ACTION_COVERS = [...new Set(CASES.map((c) => c.covers.replace(/ \(.*\)$/, "")))];

let A: Tenant;
let B: Tenant;
beforeEach(async () => {
  A = await createTenant("A");
  B = await createTenant("B");
  actAs(A.owner);
});

function expectNoLeak(o: Outcome, other: Tenant) {
  const text = JSON.stringify(o.body ?? null);
  for (const s of secretsOf(other)) expect(text, `response mentions ${s} of the other tenant`).not.toContain(s);
}

describe.each(CASES)("$covers", (c) => {
  it("control: works in A with A's ids and leaks nothing of B", async () => {
    const o = await c.call(A.slug, A);
    expect(o.code, JSON.stringify(o.body)).toBe("OK");
    expectNoLeak(o, B);
  });

  it("B's slug → NOT_FOUND; A and B unchanged", async () => {
    const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
    const o = await c.call(B.slug, B);
    expect(o.code).toBe("NOT_FOUND");
    expectNoLeak(o, B);
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });

  if (c.foreignIds)
    it("A's slug with B's ids → NOT_FOUND; A and B unchanged", async () => {
      const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
      const o = await c.call(A.slug, B);
      expect(o.code).toBe("NOT_FOUND");
      expectNoLeak(o, B);
      expect(await snapshot(A)).toEqual(a);
      expect(await snapshot(B)).toEqual(b);
    });

  it("signed out → UNAUTHORIZED; nothing changes", async () => {
    actAs(null);
    const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
    expect((await c.call(A.slug, A)).code).toBe("UNAUTHORIZED");
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });
});

describe("coverage", () => {
  it("every action exported by these files has a row", () => {
    const modules: [string, Record<string, unknown>][] = [
      [A_CAMPAIGNS, campaignActions],
      [A_COLLABS, collaborationActions],
      [A_REVIEW, reviewActions],
      [A_NOTIF, notificationActions],
    ];
    const exported = modules.flatMap(([file, mod]) => Object.keys(mod).map((name) => `${file}#${name}`));
    const missing = exported.filter((k) => !CAMPAIGN_ACTION_COVERS.includes(k));
    expect(missing).toEqual([]);
    for (const [file] of modules) expect(fs.existsSync(path.resolve(import.meta.dirname, "../..", file))).toBe(true);
  });
});
