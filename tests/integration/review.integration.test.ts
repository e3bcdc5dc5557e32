// Review rules: approval is refused while the latest version has an error finding (whatever the
// stored flags say); the client role can approve, a viewer can't; every status change records who
// and when; brand members are notified of submissions and the influencer of decisions.
import { beforeEach, describe, expect, it } from "vitest";

import { collaborationTransitionAction } from "@/app/(app)/actions/collaborations";
import { reviewDraftAction } from "@/app/(app)/actions/review";
import { respondToInviteAction, saveDraftAction } from "@/app/(portal)/actions";
import { db } from "@/lib/db";

import { COMPLIANT_CAPTION, createInvitedCollaboration, NON_COMPLIANT_CAPTION } from "../fixtures/campaign-factories";
import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

let ws: { id: string; slug: string };
let owner: { id: string; email: string; name: string | null };

beforeEach(async () => {
  owner = await createUser();
  ws = (await createWorkspaceWith({ owner })).workspace;
  actAs(owner);
});

async function submitted(caption = COMPLIANT_CAPTION) {
  const c = await createInvitedCollaboration(ws.id, owner.id);
  await respondToInviteAction(c.token, { decision: "accept" });
  const r = await saveDraftAction(c.token, {
    deliverableId: c.deliverableId,
    caption,
    platform: "instagram",
    format: "post",
    submit: true,
  });
  if (!r.ok) throw new Error(r.error.message);
  return { ...c, draftId: r.data.id };
}

describe("approving", () => {
  it("is refused while the latest version has an error finding, even if the row claims it is compliant", async () => {
    const c = await submitted();
    // Tamper: the stored caption loses its disclosure, the stored flags still say compliant.
    await db.contentDraft.updateMany({
      where: { workspaceId: ws.id, id: c.draftId },
      data: { caption: NON_COMPLIANT_CAPTION, compliant: true, findings: [] },
    });
    const r = await reviewDraftAction(ws.slug, { draftId: c.draftId, decision: "approve" });
    expect(r).toMatchObject({ ok: false, error: { code: "UNPROCESSABLE" } });
    const d = await db.contentDraft.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: ws.id, id: c.draftId } },
      select: { status: true },
    });
    expect(d.status).toBe("submitted");
    // Requesting changes is still possible, and needs a comment.
    expect(await reviewDraftAction(ws.slug, { draftId: c.draftId, decision: "request_changes" })).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST" },
    });
    expect(await reviewDraftAction(ws.slug, { draftId: c.draftId, decision: "request_changes", comment: "Start with #ad" })).toMatchObject({
      ok: true,
      data: { status: "changes_requested" },
    });
  });

  it("a client member can approve; the change records the client, who and when; the influencer is emailed", async () => {
    const c = await submitted();
    const client = await addMember(ws.id, "client");
    actAs(client);
    const t0 = Date.now();
    expect(await reviewDraftAction(ws.slug, { draftId: c.draftId, decision: "approve", comment: "Lovely" })).toMatchObject({
      ok: true,
      data: { status: "approved" },
    });
    const change = await db.statusChange.findFirstOrThrow({
      where: { workspaceId: ws.id, collaborationId: c.collaborationId, toStatus: "approved" },
      select: { fromStatus: true, actorType: true, actorId: true, createdAt: true },
    });
    expect(change).toMatchObject({ fromStatus: "in_review", actorType: "client", actorId: client.id });
    expect(change.createdAt.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    const collab = await db.collaboration.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: ws.id, id: c.collaborationId } },
      select: { status: true, influencer: { select: { email: true } } },
    });
    expect(collab.status).toBe("approved");
    expect(await db.outboxEmail.count({ where: { to: collab.influencer.email!, subject: { contains: "approved" } } })).toBe(1);
    expect(await db.auditLog.count({ where: { workspaceId: ws.id, action: "draft.approved", actorId: client.id } })).toBe(1);
  });

  it("a viewer can't review; a client can't move collaborations", async () => {
    const c = await submitted();
    const viewer = await addMember(ws.id, "viewer");
    actAs(viewer);
    expect(await reviewDraftAction(ws.slug, { draftId: c.draftId, decision: "approve" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const client = await addMember(ws.id, "client");
    actAs(client);
    expect(await collaborationTransitionAction(ws.slug, { collaborationId: c.collaborationId, to: "cancelled" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const d = await db.contentDraft.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: ws.id, id: c.draftId } },
      select: { status: true },
    });
    expect(d.status).toBe("submitted");
  });
});

describe("status changes and notifications", () => {
  it("brand moves are checked against the status machine and recorded with who", async () => {
    const c = await createInvitedCollaboration(ws.id, owner.id);
    expect(await collaborationTransitionAction(ws.slug, { collaborationId: c.collaborationId, to: "completed" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
    expect(
      await collaborationTransitionAction(ws.slug, { collaborationId: c.collaborationId, to: "cancelled", note: "Budget cut" }),
    ).toMatchObject({ ok: true });
    const change = await db.statusChange.findFirstOrThrow({
      where: { workspaceId: ws.id, collaborationId: c.collaborationId, toStatus: "cancelled" },
      select: { fromStatus: true, actorType: true, actorId: true, note: true },
    });
    expect(change).toEqual({ fromStatus: "invited", actorType: "brand", actorId: owner.id, note: "Budget cut" });
    // Cancelling kills the link.
    expect(await respondToInviteAction(c.token, { decision: "accept" })).toMatchObject({ ok: false, error: { code: "GONE" } });
  });

  it("acceptance and submissions notify brand members in-app and by email; viewers get nothing", async () => {
    const viewer = await addMember(ws.id, "viewer");
    const client = await addMember(ws.id, "client");
    await submitted();
    const byUser = async (userId: string) =>
      (await db.notification.findMany({ where: { workspaceId: ws.id, userId }, select: { kind: true } })).map((n) => n.kind).sort();
    expect(await byUser(owner.id)).toEqual(["collaboration.accepted", "draft.submitted"]);
    expect(await byUser(client.id)).toEqual(["draft.submitted"]);
    expect(await byUser(viewer.id)).toEqual([]);
    expect(await db.outboxEmail.count({ where: { to: owner.email, subject: { contains: "submitted a draft" } } })).toBe(1);
  });
});
