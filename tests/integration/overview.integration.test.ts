// The Overview's data function on a real database: every count is exact for a workspace built with
// known contents, another workspace with more of everything changes none of them, "today" and "this
// week" are the workspace's, and a role sees only the kinds it may.
import { randomBytes } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { revokeInvite } from "@/lib/collaborations/invite";
import { replyToInfluencer, reviewDraft } from "@/lib/collaborations/review";
import { db } from "@/lib/db";
import { getOverview } from "@/lib/overview/get-overview";
import { saveDraft } from "@/lib/portal/drafts";
import { portalGate } from "@/lib/portal/gate";
import { askQuestion, respondToInvite } from "@/lib/portal/respond";
import { draftInputSchema } from "@/lib/portal/schemas";
import { addDays, startOfWeek, zonedDay, zonedDayStart } from "@/lib/time-zone";
import { hashToken, newToken } from "@/lib/tokens";

import { COMPLIANT_CAPTION, createCampaignWithBrief, createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createWorkspaceWith } from "../fixtures/factories";
import { createInfluencer as createContact, setSenderIdentity } from "../fixtures/outreach";

const uid = () => randomBytes(4).toString("hex");
const DAY = 86_400_000;
const TZ = "Pacific/Auckland";

/**
 * A workspace with `n` of each thing the Overview counts (n ≥ 1), so two workspaces built with
 * different n tell a scoping mistake from a right answer. Returns what it made.
 */
async function world(n: number) {
  const { workspace, owner } = await createWorkspaceWith({ name: `Overview ${uid()}` });
  const w = workspace.id;
  await db.workspace.update({ where: { id: w }, data: { timeZone: TZ } });
  const now = new Date();
  const today = zonedDay(now, TZ);

  // Roster: n micro, 2n nano (besides the influencers the campaign and outreach create, tier "none").
  for (let i = 0; i < 3 * n; i++)
    await db.influencer.create({
      data: { workspaceId: w, displayName: `Roster ${i}`, tier: i < n ? "micro" : "nano", followers: i < n ? 20_000 : 2_000 },
    });

  // A draft campaign with a sent brief (start date unset: running, so "activate?"), n active ones,
  // and one draft whose brief is out but starts in a month (not nagged about).
  const campaignId = await createCampaignWithBrief(w, owner.id);
  for (let i = 0; i < n; i++) await db.campaign.create({ data: { workspaceId: w, name: `Active ${i}`, goal: "sales", status: "active" } });
  const later = await createCampaignWithBrief(w, owner.id);
  await db.campaign.updateMany({
    where: { workspaceId: w, id: later },
    data: { startDate: new Date(`${addDays(today, 30)}T00:00:00Z`) },
  });

  // Collaborations on the draft campaign: n + 1 invited (one of them with its link revoked); n
  // accepted ones that submitted a draft and asked a question; one whose question was answered.
  const invited = [];
  for (let i = 0; i < n + 1; i++) invited.push(await createInvitedCollaboration(w, owner.id, { campaignId }));
  await revokeInvite({ workspaceId: w, actorId: owner.id, collaborationId: invited[0]!.collaborationId });
  const working = [];
  for (let i = 0; i < n; i++) {
    const c = await createInvitedCollaboration(w, owner.id, { campaignId });
    const ctx = await portalGate(c.token);
    await respondToInvite(ctx, { decision: "accept", reason: "" });
    const draft = await saveDraft(
      ctx,
      draftInputSchema.parse({
        deliverableId: c.deliverableId,
        caption: COMPLIANT_CAPTION,
        platform: "instagram",
        format: "post",
        submit: true,
      }),
    );
    await askQuestion(ctx, { body: `Question ${i}` });
    working.push({ ...c, draftId: draft.id });
  }
  const answered = await createInvitedCollaboration(w, owner.id, { campaignId });
  const answeredCtx = await portalGate(answered.token);
  await respondToInvite(answeredCtx, { decision: "accept", reason: "" });
  await askQuestion(answeredCtx, { body: "When do I post?" });
  await replyToInfluencer({ workspaceId: w, actorId: owner.id, collaborationId: answered.collaborationId, body: "Next Monday." });
  // Its deliverable: approved content due yesterday (overdue); one of the working ones due in two
  // days (due soon); the others stay at the brief's date, far away.
  const approvedDraft = await saveDraft(
    answeredCtx,
    draftInputSchema.parse({
      deliverableId: answered.deliverableId,
      caption: COMPLIANT_CAPTION,
      platform: "instagram",
      format: "post",
      submit: true,
    }),
  );
  await reviewDraft({ workspaceId: w, actorId: owner.id, role: "owner", draftId: approvedDraft.id, decision: "approve", comment: "" });
  await db.deliverable.updateMany({
    where: { workspaceId: w, id: answered.deliverableId },
    data: { dueDate: new Date(`${addDays(today, -1)}T00:00:00Z`) },
  });
  await db.deliverable.updateMany({
    where: { workspaceId: w, id: working[0]!.deliverableId },
    data: { dueDate: new Date(`${addDays(today, 2)}T00:00:00Z`) },
  });

  // Outreach: n first messages sent 6 days ago (follow-up due after 5), one sent yesterday (not
  // due yet); this week's sends and replies straddle the workspace's Monday 00:00.
  await setSenderIdentity(w, { followUpDays: 5 });
  const weekStartAt = zonedDayStart(startOfWeek(today), TZ);
  const contacts: Awaited<ReturnType<typeof createContact>>[] = [];
  for (let i = 0; i < n + 1; i++) contacts.push(await createContact(w, { name: `Contact ${i} Lee` }));
  const message = (i: number, sentAt: Date) => ({
    workspaceId: w,
    influencerId: contacts[i]!.id,
    toEmail: contacts[i]!.email!,
    subject: `Hello ${i}`,
    body: "Body",
    lintScore: 100,
    status: "sent" as const,
    sentAt,
  });
  for (let i = 0; i < n; i++) await db.outreachMessage.create({ data: message(i, new Date(now.getTime() - 6 * DAY)) });
  await db.outreachMessage.create({ data: message(n, new Date(now.getTime() - DAY)) });
  // Counted this week: n + 1 sent just after Monday 00:00 (local); not counted: one just before.
  for (let i = 0; i < n + 1; i++)
    await db.outreachMessage.create({ data: { ...message(n, new Date(weekStartAt.getTime() + 60_000)), kind: "follow_up" } });
  await db.outreachMessage.create({ data: { ...message(n, new Date(weekStartAt.getTime() - 60_000)), kind: "follow_up" } });
  await db.outreachReply.create({
    data: { workspaceId: w, influencerId: contacts[n]!.id, body: "Sure", receivedAt: new Date(weekStartAt.getTime() + 60_000) },
  });
  await db.outreachReply.create({
    data: { workspaceId: w, influencerId: contacts[n]!.id, body: "Old", receivedAt: new Date(weekStartAt.getTime() - 60_000) },
  });

  // Team invitations: n pending, one expired, one revoked.
  const invitation = (email: string, extra: object = {}) => ({
    workspaceId: w,
    email,
    role: "member" as const,
    tokenHash: hashToken(newToken().token),
    expiresAt: new Date(now.getTime() + 7 * DAY),
    ...extra,
  });
  for (let i = 0; i < n; i++) await db.invitation.create({ data: invitation(`p${i}-${uid()}@example.test`) });
  await db.invitation.create({ data: invitation(`e-${uid()}@example.test`, { expiresAt: new Date(now.getTime() - DAY) }) });
  await db.invitation.create({ data: invitation(`r-${uid()}@example.test`, { revokedAt: now }) });

  return { workspace, owner, campaignId, invited, working, answered, contacts };
}

let A: Awaited<ReturnType<typeof world>>;
let B: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  A = await world(1);
  B = await world(3);
}, 120_000);

describe("getOverview: needs you now", () => {
  it("counts exactly what is waiting in the workspace, oldest first, and nothing of another workspace", async () => {
    const o = await getOverview({ workspaceId: A.workspace.id, role: "owner", timeZone: TZ });
    const a = o.attention;
    expect(a.draftsToReview?.total).toBe(1);
    expect(a.draftsToReview?.items.map((d) => d.draftId)).toEqual([A.working[0]!.draftId]);
    expect(a.draftsToReview?.items[0]).toMatchObject({ collaborationId: A.working[0]!.collaborationId, campaignId: A.campaignId });

    // The answered question doesn't count; the unanswered one does.
    expect(a.questions?.total).toBe(1);
    expect(a.questions?.items.map((q) => q.collaborationId)).toEqual([A.working[0]!.collaborationId]);
    expect(a.questions?.items[0]?.body).toBe("Question 0");

    expect(a.followUps?.total).toBe(1);
    expect(a.followUps?.items.map((f) => f.influencerId)).toEqual([A.contacts[0]!.id]);

    // Two invited, not answered; the one whose link was revoked comes first.
    expect(a.invitations).toMatchObject({ total: 2, needLink: 1 });
    expect(a.invitations?.items.map((i) => [i.collaborationId, i.link])).toEqual([
      [A.invited[0]!.collaborationId, "expired"],
      [A.invited[1]!.collaborationId, "active"],
    ]);

    // The draft campaign with its brief out (no start date); not the one starting next month.
    expect(a.campaignsToActivate).toEqual({ total: 1, items: [{ campaignId: A.campaignId, name: expect.any(String), livePosts: 0 }] });

    // Overdue approved content first, then the draft due in two days.
    expect(a.contentDue).toMatchObject({ total: 2, overdue: 1 });
    expect(a.contentDue?.items.map((d) => d.collaborationId)).toEqual([A.answered.collaborationId, A.working[0]!.collaborationId]);

    expect(a.teamInvitations).toEqual({ total: 1 });

    const text = JSON.stringify(o);
    for (const id of [B.workspace.id, B.campaignId, ...B.working.map((x) => x.collaborationId), ...B.contacts.map((c) => c.id)])
      expect(text).not.toContain(id);
  });

  it("the bigger workspace gets its own, bigger counts", async () => {
    const a = (await getOverview({ workspaceId: B.workspace.id, role: "owner", timeZone: TZ })).attention;
    expect(a.draftsToReview?.total).toBe(3);
    expect(a.draftsToReview?.items).toHaveLength(3);
    expect(a.questions?.total).toBe(3);
    expect(a.followUps?.total).toBe(3);
    expect(a.invitations).toMatchObject({ total: 4, needLink: 1 });
    expect(a.contentDue).toMatchObject({ total: 2, overdue: 1 });
    expect(a.teamInvitations).toEqual({ total: 3 });
  });

  it("a campaign with a live post is offered for activation even before its start date", async () => {
    const later = await db.campaign.findFirstOrThrow({
      where: { workspaceId: A.workspace.id, status: "draft", NOT: { id: A.campaignId } },
      select: { id: true },
    });
    const c = await createInvitedCollaboration(A.workspace.id, A.owner.id, { campaignId: later.id });
    await db.collaboration.updateMany({ where: { workspaceId: A.workspace.id, id: c.collaborationId }, data: { status: "live" } });
    try {
      const a = (await getOverview({ workspaceId: A.workspace.id, role: "owner", timeZone: TZ })).attention;
      expect(a.campaignsToActivate?.total).toBe(2);
      expect(a.campaignsToActivate?.items[0]).toEqual({ campaignId: later.id, name: expect.any(String), livePosts: 1 });
    } finally {
      await db.influencer.deleteMany({ where: { workspaceId: A.workspace.id, id: c.influencerId } }); // and its collaboration
    }
  });
});

describe("getOverview: headline numbers", () => {
  it("roster by tier, campaigns and collaborations by status, this week's sends and replies (from the workspace's Monday)", async () => {
    const n = (await getOverview({ workspaceId: A.workspace.id, role: "owner", timeZone: TZ })).numbers;
    // 3 roster + 4 collaboration influencers + 2 contacts; the shared influencer factory (one creation
    // service) records followers for the collaboration influencers and contacts, so they count as micro.
    expect(n.roster).toEqual({ total: 9, byTier: { none: 0, nano: 2, micro: 7, macro: 0, mega: 0 } });
    expect(n.campaigns).toEqual({ total: 3, byStatus: { draft: 2, active: 1, completed: 0, archived: 0 } });
    expect(n.collaborations?.total).toBe(4);
    expect(n.collaborations?.byStatus).toMatchObject({ invited: 2, in_review: 1, approved: 1, live: 0 });
    // 2 follow-ups just after Monday 00:00, plus the message sent yesterday if that was this week.
    const today = zonedDay(new Date(), TZ);
    const yesterdayThisWeek = addDays(today, -1) >= startOfWeek(today) ? 1 : 0;
    const sixDaysAgoThisWeek = addDays(today, -6) >= startOfWeek(today) ? 1 : 0;
    expect(n.outreach).toEqual({ sentThisWeek: 2 + yesterdayThisWeek + sixDaysAgoThisWeek, repliesThisWeek: 1 });
  });

  it("a fresh workspace: zeros everywhere, nothing to do, every setup step open", async () => {
    const { workspace } = await createWorkspaceWith();
    const o = await getOverview({ workspaceId: workspace.id, role: "owner", timeZone: "UTC" });
    expect(o.numbers.roster?.total).toBe(0);
    expect(o.numbers.campaigns?.total).toBe(0);
    expect(o.numbers.outreach).toEqual({ sentThisWeek: 0, repliesThisWeek: 0 });
    for (const kind of Object.values(o.attention)) expect(kind?.total).toBe(0);
    expect(o.setup).toEqual({ teammates: false, roster: false, campaign: false, outreach: false });
  });

  it("setup steps are done in the workspace that did them", async () => {
    const o = await getOverview({ workspaceId: A.workspace.id, role: "owner", timeZone: TZ });
    expect(o.setup).toEqual({ teammates: true, roster: true, campaign: true, outreach: true });
  });
});

describe("getOverview: what a role sees", () => {
  it("a client: drafts to review and campaign numbers, no roster, outreach or setup", async () => {
    const o = await getOverview({ workspaceId: A.workspace.id, role: "client", timeZone: TZ });
    expect(o.attention.draftsToReview?.total).toBe(1);
    for (const k of ["questions", "followUps", "invitations", "campaignsToActivate", "contentDue", "teamInvitations"] as const)
      expect(o.attention[k], k).toBeUndefined();
    expect(o.numbers.roster).toBeUndefined();
    expect(o.numbers.outreach).toBeUndefined();
    expect(o.numbers.campaigns?.total).toBe(3);
    expect(o.setup).toBeUndefined();
  });

  it("a viewer: numbers only, nothing to act on", async () => {
    const o = await getOverview({ workspaceId: A.workspace.id, role: "viewer", timeZone: TZ });
    expect(Object.values(o.attention).filter(Boolean)).toEqual([]);
    expect(o.numbers.roster?.total).toBe(9);
    expect(o.numbers.outreach).toBeDefined();
  });
});
