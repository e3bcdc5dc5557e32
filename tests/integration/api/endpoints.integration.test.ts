// The public API end to end on real Postgres: an agency's campaign loop with one scoped key —
// roster, campaign, collaborations, posts and numbers, links and codes, an order attributed by a
// code, contracts — and Idempotency-Key on POST.
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { POST as addCollaborations, GET as listCollaborations } from "@/app/api/v1/campaigns/[campaignId]/collaborations/route";
import { GET as getReport } from "@/app/api/v1/campaigns/[campaignId]/report/route";
import { GET as getCampaign } from "@/app/api/v1/campaigns/[campaignId]/route";
import { POST as createCampaign, GET as listCampaigns } from "@/app/api/v1/campaigns/route";
import { POST as createCode } from "@/app/api/v1/collaborations/[collaborationId]/discount-codes/route";
import { POST as createLink } from "@/app/api/v1/collaborations/[collaborationId]/links/route";
import { POST as createPost, GET as listPosts } from "@/app/api/v1/collaborations/[collaborationId]/posts/route";
import { GET as getCollaboration } from "@/app/api/v1/collaborations/[collaborationId]/route";
import { POST as changeStatus } from "@/app/api/v1/collaborations/[collaborationId]/status/route";
import { GET as listTracking } from "@/app/api/v1/collaborations/[collaborationId]/tracking/route";
import { GET as getContractPdf } from "@/app/api/v1/contracts/[contractId]/pdf/route";
import { GET as getContract } from "@/app/api/v1/contracts/[contractId]/route";
import { GET as listContracts } from "@/app/api/v1/contracts/route";
import { POST as addConversion } from "@/app/api/v1/conversions/route";
import { GET as getInfluencer, PUT as putInfluencer } from "@/app/api/v1/influencers/[influencerId]/route";
import { POST as createInfluencer, GET as listInfluencers } from "@/app/api/v1/influencers/route";
import { POST as upsertInfluencer } from "@/app/api/v1/influencers/upsert/route";
import { GET as listLists } from "@/app/api/v1/lists/route";
import { POST as addSnapshot, GET as listSnapshots } from "@/app/api/v1/posts/[postId]/snapshots/route";
import { db } from "@/lib/db";

import { createTenant } from "../../fixtures/tenant";
import { call, workspaceWithKey } from "./helpers";

const rand = () => randomBytes(4).toString("hex");
type Json = Record<string, unknown>;

describe("the campaign loop with one key", () => {
  it("roster → campaign → collaboration → post and numbers → link and code → attributed order", async () => {
    const { key, workspace } = await workspaceWithKey();
    const handle = `loop_${rand()}`;
    const created = await call(createInfluencer, {
      key,
      path: "/influencers",
      body: { displayName: "Ava Loop", niches: "beauty", account: { platform: "instagram", handle: `@${handle}`, followers: 24_000 } },
    });
    expect(created.status, created.text).toBe(201);
    const influencerId = (created.json as { id: string }).id;

    // Upsert by platform + handle: a profile link names the same account.
    const up = await call(upsertInfluencer, {
      key,
      path: "/influencers/upsert",
      body: {
        displayName: "Ava L.",
        niches: "beauty, skincare",
        account: { platform: "instagram", handle: `https://instagram.com/${handle}`, followers: 1 },
      },
    });
    expect(up.json).toEqual({ id: influencerId, created: false });
    const page = await call(listInfluencers, { key, path: `/influencers?q=ava&tier=micro&limit=10` });
    expect(page.status).toBe(200);
    expect((page.json.data as Json[]).map((r) => r.id)).toEqual([influencerId]);
    expect(page.json.nextCursor).toBeNull();
    const one = await call(getInfluencer, { key, params: { influencerId } });
    expect(one.json).toMatchObject({ displayName: "Ava L.", niches: ["beauty", "skincare"], tier: "micro" });
    const put = await call(putInfluencer, { key, method: "PUT", params: { influencerId }, body: { displayName: "Ava Loop", tags: "vip" } });
    expect(put.status).toBe(200);
    expect((await call(getInfluencer, { key, params: { influencerId } })).json).toMatchObject({ tags: ["vip"], niches: [] });
    expect((await call(listLists, { key, path: "/lists" })).json).toEqual({ data: [] });

    // Campaign: money in minor units in, minor units out.
    const camp = await call(createCampaign, {
      key,
      path: "/campaigns",
      body: { name: "Spring glow", goal: "sales", budgetMinor: 250_050, currency: "eur", startDate: "2026-03-01", endDate: "2026-04-01" },
    });
    expect(camp.status, camp.text).toBe(201);
    const campaignId = (camp.json as { id: string }).id;
    const campaign = await call(getCampaign, { key, params: { campaignId } });
    expect(campaign.json).toMatchObject({
      name: "Spring glow",
      budgetMinor: 250_050,
      currency: "EUR",
      startDate: "2026-03-01",
      status: "draft",
    });
    expect((await call(listCampaigns, { key, path: "/campaigns" })).json.data).toHaveLength(1);
    const badDates = await call(createCampaign, {
      key,
      path: "/campaigns",
      body: { name: "Bad", goal: "sales", startDate: "2026-05-01", endDate: "2026-04-01" },
    });
    expect(badDates.status).toBe(400);
    expect(badDates.json.error?.fields).toHaveProperty("endDate");

    const added = await call(addCollaborations, {
      key,
      params: { campaignId },
      body: { influencerIds: [influencerId], compensationType: "product_plus_cash", fee: 150, productDescription: "Serum kit" },
    });
    expect(added.status, added.text).toBe(201);
    expect(added.json).toMatchObject({ created: 1, skipped: 0 });
    const collabs = await call(listCollaborations, { key, params: { campaignId } });
    const collab = (collabs.json.data as Json[])[0]!;
    expect(collab).toMatchObject({ status: "invited", compensation: { type: "product_plus_cash", feeMinor: 15_000, currency: "EUR" } });
    const collaborationId = collab.id as string;

    const moved = await call(changeStatus, { key, params: { collaborationId }, body: { to: "cancelled", note: "Budget moved" } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.json).toMatchObject({ status: "cancelled" });
    expect((moved.json.history as Json[]).at(-1)).toMatchObject({ from: "invited", to: "cancelled", note: "Budget moved" });
    const again = await call(changeStatus, { key, params: { collaborationId }, body: { to: "drafting" } });
    expect(again.status, "a terminal status stays terminal, by the app's own rule").toBeGreaterThanOrEqual(400);
    expect((await call(getCollaboration, { key, params: { collaborationId } })).json).toMatchObject({ status: "cancelled" });

    // Posts and numbers.
    const p = await call(createPost, {
      key,
      params: { collaborationId },
      body: { url: "https://www.instagram.com/p/Abc123/?utm_source=x", platform: "instagram", format: "reel", postedAt: "2026-03-05" },
    });
    expect(p.status, p.text).toBe(201);
    const postId = (p.json as { id: string }).id;
    expect(p.json.url).toBe("https://instagram.com/p/Abc123");
    const snap = { capturedAt: "2026-03-06T12:00:00Z", views: 10_000, reach: 8_000, impressions: 9_000, likes: 700, comments: 40 };
    const s1 = await call(addSnapshot, { key, params: { postId }, body: snap });
    expect(s1.status, s1.text).toBe(201);
    expect(s1.json.status).toBe("created");
    expect((await call(addSnapshot, { key, params: { postId }, body: snap })).json.status).toBe("unchanged");
    const conflicting = await call(addSnapshot, { key, params: { postId }, body: { ...snap, likes: 900 } });
    expect(conflicting.status).toBe(409);
    const implausible = await call(addSnapshot, {
      key,
      params: { postId },
      body: { capturedAt: "2026-03-07T00:00:00Z", reach: 10, impressions: 5 },
    });
    expect(implausible.status).toBe(400);
    const curve = await call(listSnapshots, { key, params: { postId } });
    expect(curve.json.data).toEqual([
      expect.objectContaining({ likes: 700, shares: null, source: "manual", capturedAt: "2026-03-06T12:00:00.000Z" }),
    ]);
    const report = await call(getReport, { key, params: { campaignId } });
    expect(report.status, report.text).toBe(200);
    expect(report.json).toMatchObject({
      posts: 1,
      postsWithMetrics: 1,
      totals: { reach: 8_000, impressions: 9_000, likes: 700, comments: 40 },
      // The Results tab's money: a €150 fee over 9,000 impressions is a €16.67 CPM, in cents.
      rates: { engagementRateByReach: 9.25, cpm: { minor: 1667, currency: "EUR" }, cpa: null },
      money: { cost: { minor: 15_000, currency: "EUR" } },
      missing: { cpa: "no conversions recorded" },
      formulas: { engagementRateByReach: { formula: expect.stringContaining("reach") } },
    });
    const posts = await call(listPosts, { key, params: { collaborationId } });
    expect((posts.json.data as Json[])[0]).toMatchObject({ id: postId, latest: { likes: 700 } });

    // Links and codes, then an order attributed by the code.
    const link = await call(createLink, { key, params: { collaborationId }, body: { destinationUrl: "https://shop.example/glow" } });
    expect(link.status, link.text).toBe(201);
    const code = await call(createCode, {
      key,
      params: { collaborationId },
      body: { code: `AVA${rand()}`.toUpperCase(), description: "15% off" },
    });
    expect(code.status, code.text).toBe(201);
    const tracking = await call(listTracking, { key, params: { collaborationId } });
    expect(tracking.json).toMatchObject({
      links: [expect.objectContaining({ id: link.json.id })],
      codes: [expect.objectContaining({ id: code.json.id })],
    });
    const order = await call(addConversion, {
      key,
      path: "/conversions",
      body: {
        orderId: "10023",
        orderedAt: "2026-03-10T09:00:00Z",
        currency: "eur",
        amountMinor: 4990,
        discountCodes: [String(code.json.code).toLowerCase()],
      },
    });
    expect(order.status, order.text).toBe(201);
    expect(order.json).toMatchObject({ result: "created", attributedBy: "code", collaborationId });
    const refunded = await call(addConversion, {
      key,
      path: "/conversions",
      body: {
        orderId: "10023",
        orderedAt: "2026-03-10T09:00:00Z",
        currency: "EUR",
        amountMinor: 4990,
        refundedMinor: 1000,
        discountCodes: [code.json.code],
      },
    });
    expect(refunded.json).toMatchObject({ id: order.json.id, result: "updated" });
    const row = await db.conversion.findFirstOrThrow({ where: { workspaceId: workspace.id, externalId: "10023" } });
    expect([row.amountMinor, row.refundedMinor, row.currency]).toEqual([4990n, 1000n, "EUR"]);
  }, 60_000);

  it("another workspace's code, handle and ids reach nothing of it", async () => {
    const B = await createTenant("B");
    const { key, workspace } = await workspaceWithKey();
    const order = await call(addConversion, {
      key,
      path: "/conversions",
      body: {
        orderId: "x1",
        orderedAt: "2026-03-10T09:00:00Z",
        currency: "USD",
        amountMinor: 100,
        discountCodes: [`C${B.tag}`.slice(0, 32)],
      },
    });
    expect(order.json).toMatchObject({ attributedBy: "none", collaborationId: null });
    const up = await call(upsertInfluencer, {
      key,
      path: "/influencers/upsert",
      body: { displayName: "Lookalike", account: { platform: "instagram", handle: B.handle, followers: 10 } },
    });
    expect(up.json).toMatchObject({ created: true });
    expect((up.json as { id: string }).id).not.toBe(B.influencerId);
    expect(await db.influencer.count({ where: { workspaceId: workspace.id } })).toBe(1);
    expect(
      (await db.influencer.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: B.id, id: B.influencerId } } })).displayName,
    ).toBe(B.influencerName);
  }, 120_000);
});

describe("contracts", () => {
  it("lists, shows the state and downloads the executed PDF of a completed contract (404 before)", async () => {
    const T = await createTenant("T");
    const list = await call(listContracts, { key: T.apiKey, path: "/contracts" });
    expect(list.status).toBe(200);
    expect((list.json.data as Json[]).map((c) => c.id)).toEqual(expect.arrayContaining([T.contractId, T.completedContractId]));
    const one = await call(getContract, { key: T.apiKey, params: { contractId: T.contractId } });
    expect(one.json).toMatchObject({ id: T.contractId, state: "signed_by_influencer", feeMinor: 10_000, currency: "USD" });
    expect((await call(getContractPdf, { key: T.apiKey, params: { contractId: T.contractId } })).status).toBe(404);
    const pdf = await call(getContractPdf, { key: T.apiKey, params: { contractId: T.completedContractId } });
    expect(pdf.status).toBe(200);
    expect(pdf.res.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.text.startsWith("%PDF-")).toBe(true);
  }, 120_000);
});

describe("Idempotency-Key", () => {
  it("same key and body: the stored answer again, once; another body: 422; after 24 hours: a new request", async () => {
    const { key, keyId, workspace } = await workspaceWithKey();
    const body = { displayName: "Idem", account: { platform: "tiktok", handle: `idem_${rand()}`, followers: 100 } };
    const headers = { "idempotency-key": "create-idem-1" };
    const first = await call(createInfluencer, { key, path: "/influencers", body, headers });
    expect(first.status).toBe(201);
    const second = await call(createInfluencer, { key, path: "/influencers", body, headers });
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.res.headers.get("idempotent-replayed")).toBe("true");
    expect(await db.influencer.count({ where: { workspaceId: workspace.id } })).toBe(1);

    const other = await call(createInfluencer, { key, path: "/influencers", body: { ...body, displayName: "Other" }, headers });
    expect(other.status).toBe(422);
    expect(other.json.error?.code).toBe("UNPROCESSABLE");

    // A refusal is stored too: the same request gets the same 409 again, not a second attempt.
    const dupHeaders = { "idempotency-key": "dup-handle" };
    const dup = await call(createInfluencer, { key, path: "/influencers", body: { ...body, displayName: "Dup" }, headers: dupHeaders });
    expect(dup.status).toBe(409);
    expect(
      (await call(createInfluencer, { key, path: "/influencers", body: { ...body, displayName: "Dup" }, headers: dupHeaders })).text,
    ).toBe(dup.text);

    await db.apiIdempotencyKey.updateMany({
      where: { workspaceId: workspace.id, apiKeyId: keyId },
      data: { createdAt: new Date(Date.now() - 25 * 3600_000) },
    });
    const later = await call(createInfluencer, { key, path: "/influencers", body, headers });
    expect(later.status, "the key expired: the request runs again (and meets the handle already taken)").toBe(409);
    expect(later.res.headers.get("idempotent-replayed")).toBeNull();
  });

  it("is per API key: another key may use the same Idempotency-Key; without the header every POST runs", async () => {
    const a = await workspaceWithKey();
    const b = await workspaceWithKey();
    const headers = { "idempotency-key": "same" };
    const mk = (h: string) => ({ name: `Camp ${h}`, goal: "awareness" });
    expect((await call(createCampaign, { key: a.key, path: "/campaigns", body: mk("a"), headers })).status).toBe(201);
    expect((await call(createCampaign, { key: b.key, path: "/campaigns", body: mk("a"), headers })).status).toBe(201);
    await call(createCampaign, { key: a.key, path: "/campaigns", body: mk("n") });
    await call(createCampaign, { key: a.key, path: "/campaigns", body: mk("n") });
    expect(await db.campaign.count({ where: { workspaceId: a.workspace.id } })).toBe(3);
    expect(await db.campaign.count({ where: { workspaceId: b.workspace.id } })).toBe(1);
  });
});
