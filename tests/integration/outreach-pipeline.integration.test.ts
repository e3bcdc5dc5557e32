// The pipeline, replies, follow-ups and the timeline, on real Postgres.
import { describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { dismissFollowUp, listDueFollowUps } from "@/lib/outreach/follow-ups";
import { addToPipeline, listPipeline, moveStage } from "@/lib/outreach/pipeline";
import { queueMessages } from "@/lib/outreach/queue";
import { logReply } from "@/lib/outreach/replies";
import { deliverOutreachMessage } from "@/lib/outreach/send";
import { addNote, listTimeline } from "@/lib/outreach/timeline";

import { createWorkspaceWith } from "../fixtures/factories";
import { createInfluencer, goodBody, POST_URL, setSenderIdentity } from "../fixtures/outreach";

vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

const DAY = 86_400_000;

async function sentTo(w: { id: string }, ownerId: string, name: string, sentAt: Date) {
  const inf = await createInfluencer(w.id, { name });
  const res = await queueMessages({
    workspaceId: w.id,
    actorId: ownerId,
    now: sentAt,
    input: {
      kind: "first",
      messages: [{ influencerId: inf.id, subject: "Paid reel?", body: goodBody(name.split(" ")[0]!), recentPostUrl: POST_URL }],
    },
  });
  const messageId = res.queued[0]!.id;
  expect(await deliverOutreachMessage({ workspaceId: w.id, messageId, now: sentAt })).toBe("sent"); // dev outbox
  return { inf, messageId };
}

describe("pipeline", () => {
  it("sending makes a prospect 'contacted', a reply makes it 'replied', a manual move is recorded; later stages are not pulled back", async () => {
    const { workspace: w, owner } = await createWorkspaceWith();
    await setSenderIdentity(w.id);
    const inf = await createInfluencer(w.id, { name: "Sarah Lee" });
    expect(await addToPipeline({ workspaceId: w.id, actorId: owner.id, influencerIds: [inf.id], campaignKey: "" })).toEqual({ added: 1 });
    expect((await listPipeline({ workspaceId: w.id }))[0]!.stage).toBe("prospect");

    const res = await queueMessages({
      workspaceId: w.id,
      actorId: owner.id,
      input: {
        kind: "first",
        messages: [{ influencerId: inf.id, subject: "Paid reel?", body: goodBody("Sarah"), recentPostUrl: POST_URL }],
      },
    });
    await deliverOutreachMessage({ workspaceId: w.id, messageId: res.queued[0]!.id });
    let [card] = await listPipeline({ workspaceId: w.id });
    expect(card!.stage).toBe("contacted");
    expect(card!.lastSentAt).not.toBeNull();

    await logReply({ workspaceId: w.id, actorId: owner.id, influencerId: inf.id, messageId: res.queued[0]!.id, body: "Yes please!" });
    [card] = await listPipeline({ workspaceId: w.id });
    expect(card!.stage).toBe("replied");

    const moved = await moveStage({ workspaceId: w.id, actorId: owner.id, entryId: card!.id, stage: "agreed" });
    expect(moved.offerCollaboration).toBe(true);
    await logReply({ workspaceId: w.id, actorId: owner.id, influencerId: inf.id, body: "Sent my address." });
    [card] = await listPipeline({ workspaceId: w.id });
    expect(card!.stage).toBe("agreed");

    const timeline = await listTimeline({ workspaceId: w.id, influencerId: inf.id });
    expect(timeline.map((t) => t.kind)).toEqual(expect.arrayContaining(["message_sent", "reply", "stage_changed"]));
    expect(timeline.filter((t) => t.kind === "stage_changed").map((t) => t.summary)).toEqual(
      expect.arrayContaining([
        "Prospect",
        "Prospect → Contacted (first message sent)",
        "Contacted → Replied (reply logged)",
        "Replied → Agreed",
      ]),
    );
  });

  it("orders cards inside a column", async () => {
    const { workspace: w, owner } = await createWorkspaceWith();
    const ids = [];
    for (const n of ["Ann A", "Ben B", "Cy C"]) ids.push((await createInfluencer(w.id, { name: n })).id);
    await addToPipeline({ workspaceId: w.id, actorId: owner.id, influencerIds: ids, campaignKey: "" });
    const cards = await listPipeline({ workspaceId: w.id });
    expect(cards.map((c) => c.name)).toEqual(["Ann A", "Ben B", "Cy C"]);
    await moveStage({ workspaceId: w.id, actorId: owner.id, entryId: cards[2]!.id, stage: "prospect", afterEntryId: cards[0]!.id });
    expect((await listPipeline({ workspaceId: w.id })).map((c) => c.name)).toEqual(["Ann A", "Cy C", "Ben B"]);
  });
});

describe("follow-ups", () => {
  it("a first message with no reply is due after followUpDays; a reply, a follow-up or a dismissal clears it", async () => {
    const { workspace: w, owner } = await createWorkspaceWith();
    await setSenderIdentity(w.id, { followUpDays: 5 });
    const t0 = new Date(Date.now() - 6 * DAY);
    const a = await sentTo(w, owner.id, "Ann Ames", t0);
    const b = await sentTo(w, owner.id, "Ben Burr", t0);
    const c = await sentTo(w, owner.id, "Cy Cole", t0);
    const d = await sentTo(w, owner.id, "Di Dunn", new Date(Date.now() - 2 * DAY));

    const names = async (asOf?: Date) => (await listDueFollowUps({ workspaceId: w.id, asOf })).items.map((i) => i.name).sort();
    expect(await names()).toEqual(["Ann Ames", "Ben Burr", "Cy Cole"]);
    // Planning ahead: by 4 days from now, Di's is due too.
    expect(await names(new Date(Date.now() + 4 * DAY))).toEqual(["Ann Ames", "Ben Burr", "Cy Cole", "Di Dunn"]);
    expect(await names(new Date(Date.now() - 2 * DAY))).toEqual([]);

    await logReply({ workspaceId: w.id, actorId: owner.id, influencerId: a.inf.id, body: "Interested!" });
    await queueMessages({
      workspaceId: w.id,
      actorId: owner.id,
      input: {
        kind: "follow_up",
        parentId: b.messageId,
        messages: [{ influencerId: b.inf.id, subject: "Re: Paid reel?", body: goodBody("Ben"), recentPostUrl: POST_URL }],
      },
    });
    await dismissFollowUp({ workspaceId: w.id, actorId: owner.id, messageId: c.messageId });
    expect(await names()).toEqual([]);
    expect(d.messageId).toBeTruthy();
  });
});

describe("timeline", () => {
  it("merges notes with events newest first and refuses another workspace's influencer", async () => {
    const { workspace: w, owner } = await createWorkspaceWith();
    const { workspace: other } = await createWorkspaceWith();
    const inf = await createInfluencer(w.id);
    await addNote({ workspaceId: w.id, actorId: owner.id, influencerId: inf.id, body: "Met at the trade show" });
    const items = await listTimeline({ workspaceId: w.id, influencerId: inf.id });
    expect(items[0]).toMatchObject({ kind: "note", summary: "Met at the trade show", actorName: "Test User" });
    await expect(listTimeline({ workspaceId: other.id, influencerId: inf.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.timelineEvent.count({ where: { workspaceId: other.id } })).toBe(0);
  });
});

describe("demo seed", () => {
  it("seeds templates, sent messages, replies and a pipeline in several stages, once", async () => {
    const { seedOutreach } = await import("@/prisma/seed-outreach");
    const { workspace: w, owner } = await createWorkspaceWith();
    await seedOutreach({ workspaceId: w.id, userId: owner.id, log: () => {} });
    await seedOutreach({ workspaceId: w.id, userId: owner.id, log: () => {} });
    expect(await db.outreachTemplate.count({ where: { workspaceId: w.id } })).toBe(2);
    expect(await db.outreachMessage.count({ where: { workspaceId: w.id, status: "sent" } })).toBe(4);
    expect(await db.outreachReply.count({ where: { workspaceId: w.id } })).toBe(2);
    const stages = new Set((await listPipeline({ workspaceId: w.id })).map((c) => c.stage));
    expect(stages.size).toBeGreaterThanOrEqual(3);
    expect((await listDueFollowUps({ workspaceId: w.id })).items.length).toBeGreaterThanOrEqual(1);
  });
});
