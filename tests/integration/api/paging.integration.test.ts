// Every list of the public API pages with an opaque keyset cursor: paging two rows at a time through
// more than one page sees each row exactly once, in a stable order even when rows share a timestamp
// (the id breaks the tie), `nextCursor` is null only on the last page, and a cursor we did not give
// out is a 400 with the API's error body naming `cursor` (before, most lists had no cursor at all and
// the contracts list silently showed the first page).
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { POST as addCollaborations, GET as listCollaborations } from "@/app/api/v1/campaigns/[campaignId]/collaborations/route";
import { POST as createCampaign, GET as listCampaigns } from "@/app/api/v1/campaigns/route";
import { POST as createCode, GET as listCodes } from "@/app/api/v1/collaborations/[collaborationId]/discount-codes/route";
import { POST as createLink, GET as listLinks } from "@/app/api/v1/collaborations/[collaborationId]/links/route";
import { POST as createPost, GET as listPosts } from "@/app/api/v1/collaborations/[collaborationId]/posts/route";
import { GET as listContracts } from "@/app/api/v1/contracts/route";
import { POST as addConversion, GET as listConversions } from "@/app/api/v1/conversions/route";
import { GET as listSnapshots } from "@/app/api/v1/posts/[postId]/snapshots/route";
import { db } from "@/lib/db";
import { encodeCursor } from "@/lib/pagination";
import { addSnapshotSchema } from "@/lib/posts/schemas";
import { addSnapshot } from "@/lib/posts/snapshots";

import { createInfluencerWithAccount } from "../../fixtures/influencers";
import { call, workspaceWithKey } from "./helpers";

type Handler = Parameters<typeof call>[0];
type Row = { id: string };
const SAME = new Date("2026-06-01T10:00:00.000Z");
const rand = () => randomBytes(4).toString("hex");

/** Every page of a list, two rows at a time: the ids in order, and how many pages it took. */
async function pageAll(handler: Handler, key: string, path: string, params: Record<string, string> = {}) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const res = await call(handler, { key, params, path: `${path}${sep}limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}` });
    expect(res.status, res.text).toBe(200);
    const data = res.json.data as Row[];
    ids.push(...data.map((r) => r.id));
    cursor = res.json.nextCursor as string | null;
    if (cursor !== null) expect(data).toHaveLength(2);
    pages++;
    expect(pages).toBeLessThan(20);
  } while (cursor !== null);
  return { ids, pages };
}

async function badCursor(handler: Handler, key: string, path: string, params: Record<string, string> = {}) {
  for (const cursor of ["not-a-cursor", "1234.abc", encodeURIComponent(Buffer.from("x.y").toString("base64url"))]) {
    const res = await call(handler, { key, params, path: `${path}?cursor=${cursor}` });
    expect(res.status, `${path} ${cursor}: ${res.text}`).toBe(400);
    expect(res.json.error).toMatchObject({ code: "BAD_REQUEST", message: expect.any(String), fields: { cursor: [expect.any(String)] } });
  }
}

const sorted = (ids: string[], dir: "asc" | "desc" = "asc") => [...ids].sort((a, b) => (dir === "asc" ? (a < b ? -1 : 1) : a < b ? 1 : -1));

describe("keyset cursors on every list", () => {
  it("pages campaigns, collaborations, posts, snapshots, links, codes and orders: each row once, stable order", async () => {
    const { key, workspace, owner } = await workspaceWithKey();
    const w = workspace.id;

    const campaignIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await call(createCampaign, { key, path: "/campaigns", body: { name: `C${i} ${rand()}`, goal: "sales", currency: "USD" } });
      campaignIds.push((c.json as Row).id);
    }
    // Three share one creation time: only the id orders them.
    await db.campaign.updateMany({ where: { workspaceId: w, id: { in: campaignIds.slice(0, 3) } }, data: { createdAt: SAME } });
    const campaigns = await pageAll(listCampaigns, key, "/campaigns");
    expect(campaigns.pages).toBe(3);
    expect(campaigns.ids).toHaveLength(5);
    expect(new Set(campaigns.ids).size).toBe(5);
    // Newest first: the two created now, then the three of June 2026 by id, descending.
    expect(campaigns.ids.slice(2)).toEqual(sorted(campaignIds.slice(0, 3), "desc"));
    expect((await pageAll(listCampaigns, key, "/campaigns?goal=awareness")).ids).toEqual([]);

    const campaignId = campaignIds[0]!;
    const influencers = [];
    for (let i = 0; i < 5; i++) influencers.push((await createInfluencerWithAccount(w)).id);
    await call(addCollaborations, {
      key,
      params: { campaignId },
      body: { influencerIds: influencers, compensationType: "product", productDescription: "Kit" },
    });
    await db.collaboration.updateMany({ where: { workspaceId: w, campaignId }, data: { createdAt: SAME } });
    const collabs = await pageAll(listCollaborations, key, `/campaigns/${campaignId}/collaborations`, { campaignId });
    expect(collabs.pages).toBe(3);
    const allCollabs = await db.collaboration.findMany({ where: { workspaceId: w, campaignId }, select: { id: true } });
    expect(collabs.ids).toEqual(sorted(allCollabs.map((c) => c.id)));

    const collaborationId = collabs.ids[0]!;
    const params = { collaborationId };
    for (let i = 0; i < 5; i++) {
      const p = await call(createPost, {
        key,
        params,
        body: { url: `https://instagram.com/p/page${rand()}`, platform: "instagram", format: "reel", postedAt: "2026-06-02" },
      });
      expect(p.status, p.text).toBe(201);
      const l = await call(createLink, { key, params, body: { destinationUrl: `https://shop.example/p${i}` } });
      expect(l.status, l.text).toBe(201);
      const c = await call(createCode, { key, params, body: { code: `PAGE${i}${rand()}`.toUpperCase() } });
      expect(c.status, c.text).toBe(201);
      const o = await call(addConversion, {
        key,
        path: "/conversions",
        body: { orderId: `o-${i}-${rand()}`, orderedAt: "2026-06-03T09:00:00Z", currency: "USD", amountMinor: 1000 + i },
      });
      expect(o.status, o.text).toBe(201);
    }
    for (const table of [db.post, db.trackingLink, db.discountCode] as const) {
      await (table as typeof db.post).updateMany({ where: { workspaceId: w, collaborationId }, data: { createdAt: SAME } });
    }
    const expectAll = async (handler: Handler, path: string, ids: string[], p: Record<string, string> = params) => {
      const got = await pageAll(handler, key, path, p);
      expect(got.pages, path).toBe(3);
      expect(got.ids, path).toEqual(ids);
    };
    const postIds = sorted((await db.post.findMany({ where: { workspaceId: w, collaborationId }, select: { id: true } })).map((r) => r.id));
    await expectAll(listPosts, `/collaborations/${collaborationId}/posts`, postIds);
    const linkIds = (await db.trackingLink.findMany({ where: { workspaceId: w, collaborationId }, select: { id: true } })).map((r) => r.id);
    await expectAll(listLinks, `/collaborations/${collaborationId}/links`, sorted(linkIds));
    const codeIds = (await db.discountCode.findMany({ where: { workspaceId: w, collaborationId }, select: { id: true } })).map((r) => r.id);
    await expectAll(listCodes, `/collaborations/${collaborationId}/discount-codes`, sorted(codeIds));
    // Orders share one order time: newest first, then by id descending.
    const orderIds = (await db.conversion.findMany({ where: { workspaceId: w }, select: { id: true } })).map((r) => r.id);
    await expectAll(listConversions, "/conversions", sorted(orderIds, "desc"), {});

    // Snapshots: two sources at one capture time tie-break by id.
    const postId = postIds[0]!;
    const snap = (capturedAt: string, source: "manual" | "csv") => {
      const { postId: _p, capturedAt: _c, ...counts } = addSnapshotSchema.parse({ postId, capturedAt, likes: 10 });
      return addSnapshot({ workspaceId: w, actorId: owner.id, postId, source, capturedAt: new Date(capturedAt), counts });
    };
    await snap("2026-06-05T00:00:00Z", "manual");
    await snap("2026-06-03T00:00:00Z", "manual");
    await snap("2026-06-03T00:00:00Z", "csv");
    await snap("2026-06-04T00:00:00Z", "manual");
    await snap("2026-06-06T00:00:00Z", "manual");
    const snaps = await db.metricSnapshot.findMany({
      where: { workspaceId: w, postId },
      orderBy: [{ capturedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    await expectAll(
      listSnapshots,
      `/posts/${postId}/snapshots`,
      snaps.map((s) => s.id),
      { postId },
    );
  });

  it("refuses a cursor it did not give out, on every list, with the API's error body", async () => {
    const { key, workspace } = await workspaceWithKey();
    const inf = await createInfluencerWithAccount(workspace.id);
    const c = await call(createCampaign, { key, path: "/campaigns", body: { name: "Bad cursors", goal: "sales", currency: "USD" } });
    const campaignId = (c.json as Row).id;
    await call(addCollaborations, {
      key,
      params: { campaignId },
      body: { influencerIds: [inf.id], compensationType: "product", productDescription: "Kit" },
    });
    const collaborationId = (await db.collaboration.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } })).id;
    const p = await call(createPost, {
      key,
      params: { collaborationId },
      body: { url: `https://instagram.com/p/bad${rand()}`, platform: "instagram", format: "reel", postedAt: "2026-06-02" },
    });
    const postId = (p.json as Row).id;
    await badCursor(listCampaigns, key, "/campaigns");
    await badCursor(listCollaborations, key, `/campaigns/${campaignId}/collaborations`, { campaignId });
    await badCursor(listPosts, key, `/collaborations/${collaborationId}/posts`, { collaborationId });
    await badCursor(listLinks, key, `/collaborations/${collaborationId}/links`, { collaborationId });
    await badCursor(listCodes, key, `/collaborations/${collaborationId}/discount-codes`, { collaborationId });
    await badCursor(listSnapshots, key, `/posts/${postId}/snapshots`, { postId });
    await badCursor(listConversions, key, "/conversions");
    await badCursor(listContracts, key, "/contracts");
    // A well-formed cursor past the end is an empty last page, not an error.
    const past = encodeCursor({ at: new Date("2000-01-01T00:00:00Z"), id: "a" });
    const end = await call(listCampaigns, { key, path: `/campaigns?cursor=${past}` });
    expect(end.json).toEqual({ data: [], nextCursor: null });
  });
});
