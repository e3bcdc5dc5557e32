// The portal link: hash-only storage, expiry, revocation, re-issue, the 404/410 page, and the rule
// that one token reaches its own collaboration and nothing else.
import { beforeEach, describe, expect, it } from "vitest";

import {
  acknowledgeBriefAction,
  askQuestionAction,
  respondToInviteAction,
  saveDraftAction,
  submitLiveUrlAction,
} from "@/app/(portal)/actions";
import { GET as openLink } from "@/app/(portal)/i/[token]/route";
import { issueInvite, revokeInvite } from "@/lib/collaborations/invite";
import { db } from "@/lib/db";
import { portalGate, unsafeFindCollaborationByToken } from "@/lib/portal/gate";
import { addDays, formatDay, zonedDayEnd } from "@/lib/time-zone";
import { hashToken, newToken } from "@/lib/tokens";

import { COMPLIANT_CAPTION, createInvitedCollaboration, NON_COMPLIANT_CAPTION, portalToken } from "../fixtures/campaign-factories";
import { createWorkspaceWith } from "../fixtures/factories";

let ws: { id: string; slug: string };
let ownerId: string;

beforeEach(async () => {
  const { workspace, owner } = await createWorkspaceWith();
  ws = workspace;
  ownerId = owner.id;
});

const open = (token: string) => openLink(new Request(`http://test/i/${token}`), { params: Promise.resolve({ token }) });
const draft = (deliverableId: string, caption: string, submit = false) => ({
  deliverableId,
  caption,
  platform: "instagram" as const,
  format: "post" as const,
  submit,
});

async function snapshotCollab(workspaceId: string, id: string) {
  const [c, drafts, messages, changes] = await Promise.all([
    db.collaboration.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId, id } },
      select: { status: true, briefVersionSeen: true, declineReason: true, updatedAt: true },
    }),
    db.contentDraft.count({ where: { workspaceId, collaborationId: id } }),
    db.portalMessage.count({ where: { workspaceId, collaborationId: id } }),
    db.statusChange.count({ where: { workspaceId, collaborationId: id } }),
  ]);
  return { c, drafts, messages, changes };
}

describe("token storage and lookup", () => {
  it("stores only the SHA-256 of the token and finds the collaboration by it", async () => {
    const c = await createInvitedCollaboration(ws.id, ownerId);
    const row = await db.collaboration.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: ws.id, id: c.collaborationId } },
      select: { inviteTokenHash: true },
    });
    expect(row.inviteTokenHash).toBe(hashToken(c.token));
    expect(row.inviteTokenHash).not.toContain(c.token);
    expect((await unsafeFindCollaborationByToken(c.token))?.id).toBe(c.collaborationId);
    const ctx = await portalGate(c.token);
    expect(ctx).toEqual({ workspaceId: ws.id, collaborationId: c.collaborationId, campaignId: c.campaignId, influencerId: c.influencerId });
  });

  it("unknown and malformed tokens → NOT_FOUND; the route answers 404 with no data", async () => {
    await expect(portalGate(newToken().token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(portalGate("short")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const res = await open(newToken().token);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("This link is no longer valid");
  });

  it("an expired link → GONE and a 410 page; default expiry is 30 days", async () => {
    const c = await createInvitedCollaboration(ws.id, ownerId);
    const row = await db.collaboration.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: ws.id, id: c.collaborationId } },
      select: { inviteExpiresAt: true },
    });
    const days = (row.inviteExpiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    await db.collaboration.updateMany({
      where: { workspaceId: ws.id, id: c.collaborationId },
      data: { inviteExpiresAt: new Date(Date.now() - 1000) },
    });
    await expect(portalGate(c.token)).rejects.toMatchObject({ code: "GONE" });
    const res = await open(c.token);
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain("This link is no longer valid");
    const campaign = await db.campaign.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: ws.id, id: c.campaignId } },
      select: { name: true },
    });
    expect(html).not.toContain(campaign.name);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("a revoked link → GONE; re-issuing kills the old token and the new one works", async () => {
    const c = await createInvitedCollaboration(ws.id, ownerId);
    expect((await open(c.token)).status).toBe(303);
    await revokeInvite({ workspaceId: ws.id, actorId: ownerId, collaborationId: c.collaborationId });
    await expect(portalGate(c.token)).rejects.toMatchObject({ code: "GONE" });
    expect((await open(c.token)).status).toBe(410);
    expect(await respondToInviteAction(c.token, { decision: "accept" })).toMatchObject({ ok: false, error: { code: "GONE" } });

    const { url } = await issueInvite({ workspaceId: ws.id, actorId: ownerId, collaborationId: c.collaborationId });
    const fresh = portalToken(url);
    await expect(portalGate(c.token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await portalGate(fresh)).collaborationId).toBe(c.collaborationId);
    const audit = await db.auditLog.findMany({
      where: { workspaceId: ws.id, targetId: c.collaborationId },
      select: { action: true, metadata: true },
    });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["collaboration.invite_issued", "collaboration.invite_revoked", "collaboration.invite_reissued"]),
    );
    expect(JSON.stringify(audit)).not.toContain(fresh);
  });
});

describe("invite link expiry", () => {
  it("lasts until 30 days after the campaign ends (workspace time zone), and the email says until when", async () => {
    await db.workspace.update({ where: { id: ws.id }, data: { timeZone: "America/Los_Angeles" } });
    try {
      const c = await createInvitedCollaboration(ws.id, ownerId);
      const end = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
      await db.campaign.updateMany({ where: { workspaceId: ws.id, id: c.campaignId }, data: { endDate: new Date(`${end}T00:00:00Z`) } });
      const before = await db.outboxEmail.count();
      const res = await issueInvite({ workspaceId: ws.id, actorId: ownerId, collaborationId: c.collaborationId, email: true });
      const row = await db.collaboration.findFirstOrThrow({ where: { workspaceId: ws.id, id: c.collaborationId } });
      const expected = zonedDayEnd(addDays(end, 30), "America/Los_Angeles");
      expect(row.inviteExpiresAt).toEqual(expected);
      expect(res.expiresAt).toBe(expected.toISOString());
      expect(row.inviteExpiresAt!.getTime() - Date.now()).toBeGreaterThan(229 * 86_400_000);
      expect(await db.outboxEmail.count()).toBe(before + 1);
      const mail = await db.outboxEmail.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
      expect(mail.text).toContain(`works until ${formatDay(addDays(end, 30), true)}`);
      // The emailed link is the portal page itself: no redirect before the page on a phone.
      expect(res.url).toMatch(/\/i\/[A-Za-z0-9_-]{43}\/portal$/);
      expect(mail.text).toContain(res.url);
      expect(mail.html).toContain(`href="${res.url}"`);
    } finally {
      await db.workspace.update({ where: { id: ws.id }, data: { timeZone: "UTC" } });
    }
  });

  it("a campaign without an end date: 30 days from now", async () => {
    const c = await createInvitedCollaboration(ws.id, ownerId);
    const row = await db.collaboration.findFirstOrThrow({ where: { workspaceId: ws.id, id: c.collaborationId } });
    expect(Math.abs(row.inviteExpiresAt!.getTime() - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000);
  });
});

describe("one token never reaches another collaboration", () => {
  it("a deliverable id of another collaboration (same or other workspace) is NOT_FOUND and nothing changes there", async () => {
    const mine = await createInvitedCollaboration(ws.id, ownerId);
    const sibling = await createInvitedCollaboration(ws.id, ownerId, { campaignId: mine.campaignId });
    const other = await createWorkspaceWith();
    const foreign = await createInvitedCollaboration(other.workspace.id, other.owner.id);
    expect(await respondToInviteAction(mine.token, { decision: "accept" })).toMatchObject({ ok: true });
    await respondToInviteAction(sibling.token, { decision: "accept" });
    await respondToInviteAction(foreign.token, { decision: "accept" });

    const before = [
      await snapshotCollab(ws.id, sibling.collaborationId),
      await snapshotCollab(other.workspace.id, foreign.collaborationId),
    ];
    for (const target of [sibling.deliverableId, foreign.deliverableId]) {
      expect(await saveDraftAction(mine.token, draft(target, COMPLIANT_CAPTION))).toMatchObject({
        ok: false,
        error: { code: "NOT_FOUND" },
      });
      expect(await saveDraftAction(mine.token, draft(target, COMPLIANT_CAPTION, true))).toMatchObject({
        ok: false,
        error: { code: "NOT_FOUND" },
      });
      expect(await submitLiveUrlAction(mine.token, { deliverableId: target, url: "https://instagram.com/p/x" })).toMatchObject({
        ok: false,
      });
    }
    // Acting with my token touches only mine.
    await askQuestionAction(mine.token, { body: "When is the draft due?" });
    await acknowledgeBriefAction(mine.token, {});
    await saveDraftAction(mine.token, draft(mine.deliverableId, COMPLIANT_CAPTION, true));
    const after = [await snapshotCollab(ws.id, sibling.collaborationId), await snapshotCollab(other.workspace.id, foreign.collaborationId)];
    expect(after).toEqual(before);
    expect((await snapshotCollab(ws.id, mine.collaborationId)).messages).toBe(1);
  });
});

describe("drafts through the portal", () => {
  it("must accept first; a draft with an error finding can be saved but not submitted; a fixed one is submitted", async () => {
    const c = await createInvitedCollaboration(ws.id, ownerId);
    expect(await saveDraftAction(c.token, draft(c.deliverableId, COMPLIANT_CAPTION))).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
    await respondToInviteAction(c.token, { decision: "accept" });

    const saved = await saveDraftAction(c.token, draft(c.deliverableId, NON_COMPLIANT_CAPTION));
    expect(saved).toMatchObject({ ok: true, data: { compliant: false, submitted: false, version: 1 } });
    expect(await saveDraftAction(c.token, draft(c.deliverableId, NON_COMPLIANT_CAPTION, true))).toMatchObject({
      ok: false,
      error: { code: "UNPROCESSABLE" },
    });
    const stored = await db.contentDraft.findFirstOrThrow({
      where: { workspaceId: ws.id, collaborationId: c.collaborationId },
      select: { status: true, findings: true },
    });
    expect(stored.status).toBe("draft");
    expect((stored.findings as { severity: string }[]).some((f) => f.severity === "error")).toBe(true);

    const submitted = await saveDraftAction(c.token, draft(c.deliverableId, COMPLIANT_CAPTION, true));
    expect(submitted).toMatchObject({ ok: true, data: { compliant: true, submitted: true, version: 1 } });
    const changes = await db.statusChange.findMany({
      where: { workspaceId: ws.id, collaborationId: c.collaborationId },
      orderBy: { createdAt: "asc" },
      select: { fromStatus: true, toStatus: true, actorType: true, createdAt: true },
    });
    expect(changes.map((s) => [s.fromStatus, s.toStatus, s.actorType])).toEqual([
      [null, "invited", "brand"],
      ["invited", "accepted", "influencer"],
      ["accepted", "drafting", "influencer"],
      ["drafting", "in_review", "influencer"],
    ]);
    // While in review the draft is locked.
    expect(await saveDraftAction(c.token, draft(c.deliverableId, COMPLIANT_CAPTION))).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
  });

  it("declining needs a reason and is recorded; a declined link can't accept later", async () => {
    const c = await createInvitedCollaboration(ws.id, ownerId);
    expect(await respondToInviteAction(c.token, { decision: "decline" })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await respondToInviteAction(c.token, { decision: "decline", reason: "Fully booked in May" })).toMatchObject({ ok: true });
    expect(await respondToInviteAction(c.token, { decision: "accept" })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const row = await db.collaboration.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: ws.id, id: c.collaborationId } },
      select: { status: true, declineReason: true },
    });
    expect(row).toEqual({ status: "declined", declineReason: "Fully booked in May" });
  });
});
