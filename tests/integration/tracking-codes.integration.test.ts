// The global TrackingCode table has no foreign key to TrackingLink (Citus: none from a reference
// table to a distributed one), so the services delete its rows: deleting a link, the influencer
// behind a collaboration, or the workspace leaves no code behind — and other workspaces' codes stay.
// A click for a link deleted meanwhile (another server's cached code) is skipped, not a stuck batch.
// Also the click performance of the campaign and collaboration pages on known clicks.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { deleteInfluencers } from "@/lib/influencers/crud";
import type { ClickRow } from "@/lib/tracking/click-buffer";
import { newClickId } from "@/lib/tracking/click-id";
import { createLink, deleteLink } from "@/lib/tracking/links";
import { campaignClickPerformance, collaborationClickPerformance } from "@/lib/tracking/performance";
import { writeClicks } from "@/lib/tracking/recorder";
import { codeResolver } from "@/lib/tracking/resolve";
import { deleteWorkspace } from "@/lib/workspaces/crud";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";

async function tenant() {
  const user = await createUser();
  const { workspace } = await createWorkspaceWith({ owner: user });
  const collab = await createInvitedCollaboration(workspace.id, user.id);
  return { w: workspace.id, slug: workspace.slug, owner: user.id, ...collab };
}

function link(workspaceId: string, actorId: string, collaborationId: string) {
  return createLink({
    workspaceId,
    actorId,
    input: {
      collaborationId,
      deliverableId: null,
      destinationUrl: "https://shop.example/p",
      utmSource: null,
      utmMedium: null,
      utmCampaign: null,
      utmContent: null,
      expiresAt: null,
      fallbackUrl: null,
    },
  });
}

const codeRow = (code: string) => db.trackingCode.findUnique({ where: { code }, select: { code: true } });

function click(t: { w: string; collaborationId: string }, linkId: string, at: Date, over: Partial<ClickRow> = {}): ClickRow {
  return {
    workspaceId: t.w,
    id: newClickId(at.getTime()),
    linkId,
    collaborationId: t.collaborationId,
    at,
    country: "DE",
    device: "mobile",
    browser: "Chrome",
    os: "Android",
    referrerDomain: null,
    isBot: false,
    visitorHash: "v1",
    ...over,
  };
}

let other: Awaited<ReturnType<typeof tenant>>;
let otherCode: string;

beforeAll(async () => {
  other = await tenant();
  otherCode = (await link(other.w, other.owner, other.collaborationId)).code;
});

describe("TrackingCode rows follow what is deleted", () => {
  it("deleting a link removes its code (and its clicks); the redirect forgets it at once", async () => {
    const t = await tenant();
    const l = await link(t.w, t.owner, t.collaborationId);
    await writeClicks([click(t, l.id, new Date())]);
    expect(await codeResolver().resolve(l.code)).not.toBeNull();
    await deleteLink({ workspaceId: t.w, actorId: t.owner, linkId: l.id });
    expect(await codeRow(l.code)).toBeNull();
    expect(await db.click.count({ where: { workspaceId: t.w } })).toBe(0);
    expect(await codeResolver().resolve(l.code)).toBeNull();
    expect(await codeRow(otherCode)).not.toBeNull();
  });

  it("another workspace's link can't be deleted by id", async () => {
    const t = await tenant();
    const theirs = await db.trackingLink.findFirstOrThrow({ where: { workspaceId: other.w }, select: { id: true } });
    await expect(deleteLink({ workspaceId: t.w, actorId: t.owner, linkId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await codeRow(otherCode)).not.toBeNull();
  });

  it("deleting the influencer (and so the collaboration) removes the codes of its links", async () => {
    const t = await tenant();
    const a = await link(t.w, t.owner, t.collaborationId);
    const b = await link(t.w, t.owner, t.collaborationId);
    await deleteInfluencers({ workspaceId: t.w, userId: t.owner, influencerIds: [t.influencerId] });
    expect(await db.collaboration.count({ where: { workspaceId: t.w, id: t.collaborationId } })).toBe(0);
    expect(await codeRow(a.code)).toBeNull();
    expect(await codeRow(b.code)).toBeNull();
    expect(await codeRow(otherCode)).not.toBeNull();
  });

  it("deleting the workspace removes every code of it, and no other", async () => {
    const t = await tenant();
    const a = await link(t.w, t.owner, t.collaborationId);
    await deleteWorkspace({ workspaceId: t.w, slug: t.slug, confirm: t.slug });
    expect(await codeRow(a.code)).toBeNull();
    expect(await db.trackingCode.count({ where: { workspaceId: t.w } })).toBe(0);
    expect(await codeRow(otherCode)).not.toBeNull();
  });

  it("writes a batch even when one of its clicks is for a link deleted meanwhile", async () => {
    const t = await tenant();
    const keep = await link(t.w, t.owner, t.collaborationId);
    const gone = await link(t.w, t.owner, t.collaborationId);
    await deleteLink({ workspaceId: t.w, actorId: t.owner, linkId: gone.id });
    await writeClicks([click(t, keep.id, new Date()), click(t, gone.id, new Date()), click(t, keep.id, new Date(), { visitorHash: "v2" })]);
    expect(await db.click.count({ where: { workspaceId: t.w } })).toBe(2);
  });
});

describe("click performance (campaign and collaboration pages)", () => {
  it("counts totals, unique, bots, by day in the workspace's zone, by link and per influencer", async () => {
    const t = await tenant();
    const second = await createInvitedCollaboration(t.w, t.owner, { campaignId: t.campaignId });
    const a = await link(t.w, t.owner, t.collaborationId);
    const b = await link(t.w, t.owner, t.collaborationId);
    const c = await link(t.w, t.owner, second.collaborationId);
    const now = new Date("2026-06-10T12:00:00Z");
    // 23:30 UTC on the 8th is the 9th in Berlin (UTC+2 in June).
    const late = new Date("2026-06-08T23:30:00Z");
    const day8 = new Date("2026-06-08T10:00:00Z");
    await writeClicks([
      click(t, a.id, day8, { visitorHash: "x" }),
      click(t, a.id, day8, { visitorHash: "x" }),
      click(t, a.id, late, { visitorHash: "y" }),
      click(t, b.id, late, { visitorHash: "x" }),
      click(t, a.id, day8, { visitorHash: "bot", isBot: true }),
      click({ w: t.w, collaborationId: second.collaborationId }, c.id, now, { visitorHash: "z" }),
    ]);
    // Noise in another workspace with the same visitor hashes.
    const otherLink = await db.trackingLink.findFirstOrThrow({ where: { workspaceId: other.w }, select: { id: true } });
    await writeClicks([click(other, otherLink.id, day8, { visitorHash: "x" })]);

    const p = await campaignClickPerformance({ workspaceId: t.w, campaignId: t.campaignId, timeZone: "Europe/Berlin", now });
    expect(p.totals).toEqual({ total: 5, unique: 3, bots: 1 });
    expect(p.byDay).toHaveLength(30);
    expect(p.byDay.at(-1)).toEqual({ date: "2026-06-10", total: 1, unique: 1, bots: 0 });
    expect(p.byDay.find((d) => d.date === "2026-06-09")).toEqual({ date: "2026-06-09", total: 2, unique: 2, bots: 0 });
    expect(p.byDay.find((d) => d.date === "2026-06-08")).toEqual({ date: "2026-06-08", total: 2, unique: 1, bots: 1 });
    expect(p.byLink.map((l) => [l.code, l.clicks])).toEqual([
      [a.code, { total: 3, unique: 2, bots: 1 }],
      ...[
        [b.code, { total: 1, unique: 1, bots: 0 }],
        [c.code, { total: 1, unique: 1, bots: 0 }],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    ]);
    expect(p.byInfluencer.map((r) => [r.collaborationId, r.clicks, r.links])).toEqual([
      [t.collaborationId, { total: 4, unique: 2, bots: 1 }, 2],
      [second.collaborationId, { total: 1, unique: 1, bots: 0 }, 1],
    ]);

    const one = await collaborationClickPerformance({ workspaceId: t.w, collaborationId: t.collaborationId, timeZone: "UTC", now });
    expect(one.totals).toEqual({ total: 4, unique: 2, bots: 1 });
    expect(one.byDay.find((d) => d.date === "2026-06-08")).toEqual({ date: "2026-06-08", total: 4, unique: 2, bots: 1 });
  });

  it("a campaign without collaborations or clicks has zeros and an empty chart of days", async () => {
    const t = await tenant();
    const p = await campaignClickPerformance({
      workspaceId: t.w,
      campaignId: t.campaignId,
      timeZone: "UTC",
      now: new Date("2026-06-10T12:00:00Z"),
    });
    expect(p.totals).toEqual({ total: 0, unique: 0, bots: 0 });
    expect(p.byDay.every((d) => d.total === 0)).toBe(true);
    const none = await campaignClickPerformance({ workspaceId: other.w, campaignId: t.campaignId, timeZone: "UTC" });
    expect(none.byInfluencer).toEqual([]);
  });
});
