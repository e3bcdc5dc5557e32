// Each post's latest row carries its collaboration's creator, fee and orders (the workspace Analytics
// page sums money from it without a join). Every write that changes them keeps the copy current: an
// order after the posts have metrics, a re-attribution from one creator to another, a refund, a
// cancellation, a stale delivery that only moves the refunds, a change of fee, a post's first
// snapshot after the orders, concurrent orders, a rebuild. After each, the Analytics page's sums
// equal rollupSums, which reads the collaborations and orders themselves.
import { beforeAll, describe, expect, it } from "vitest";

import { rebuildRollups } from "@/lib/analytics/rollup-write";
import { rollupSums, type RollupSums } from "@/lib/analytics/rollups";
import { workspaceRangeSums } from "@/lib/analytics/workspace-sums";
import { addInfluencers } from "@/lib/collaborations/add";
import { updateCollaboration } from "@/lib/collaborations/update";
import { applyOrder, applyRefund } from "@/lib/conversions/apply";
import { csvConnection } from "@/lib/conversions/connections";
import { importOrderCsv } from "@/lib/conversions/import-orders";
import type { OrderFacts } from "@/lib/conversions/order";
import { db } from "@/lib/db";
import { deleteInfluencers } from "@/lib/influencers/crud";
import { createPost } from "@/lib/posts/records";
import { addSnapshot } from "@/lib/posts/snapshots";
import { createDiscountCode } from "@/lib/tracking/discount-codes";
import { createDiscountCodeSchema } from "@/lib/tracking/schemas";

import { createCampaignWithBrief, createInfluencer } from "../fixtures/campaign-factories";
import { freshCreatorTotals, storedCreatorTotals } from "../fixtures/creator-totals";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { counts } from "../fixtures/random-snapshots";

const T0 = Date.parse("2026-06-01T00:00:00Z");
const DAY = 86_400_000;
const ALL_TIME = { from: "2000-01-01", to: "2100-12-31" };

let w: string;
let owner: string;
let scope: { workspaceId: string; connectionId: string };
const collab: Record<"A" | "B", string> = { A: "", B: "" };
const code: Record<"A" | "B", string> = { A: "", B: "" };

async function postWithMetrics(collaborationId: string, n: number, platform: "instagram" | "tiktok") {
  const post = await createPost({
    workspaceId: w,
    collaborationId,
    actorId: owner,
    input: {
      url: `https://instagram.com/p/money${collaborationId}${n}`,
      platform,
      format: "post",
      postedAt: new Date(T0 + n * DAY),
      deliverableId: null,
    },
  });
  await addSnapshot({
    workspaceId: w,
    actorId: owner,
    postId: post.id,
    source: "manual",
    capturedAt: new Date(T0 + (n + 1) * DAY),
    counts: counts({ views: 10_000 + n, reach: 6_000, likes: 300 + n, comments: 20 }),
  });
  return post.id;
}

const order = (externalId: string, o: Partial<OrderFacts> = {}): OrderFacts => ({
  externalId,
  orderNumber: null,
  orderedAt: new Date(T0 + 3 * DAY),
  currency: "USD",
  amountMinor: 10_000n,
  status: "paid",
  discountCodes: [],
  clickId: null,
  lineItems: null,
  sourceUpdatedAt: new Date(T0 + 3 * DAY),
  refunds: [],
  ...o,
});

const sorted = (xs: RollupSums[]) => [...xs].sort((x, y) => `${x.group}:${x.key}`.localeCompare(`${y.group}:${y.key}`));

/** The page's sums against rollupSums over all time; returns the total's money for the caller's checks. */
async function expectCurrent(label: string) {
  const page = await workspaceRangeSums({
    workspaceId: w,
    timeZone: "UTC",
    range: ALL_TIME,
    groups: ["campaign", "platform", "tier"],
    creators: "all",
  });
  const truth = await rollupSums({
    workspaceId: w,
    scope: { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-12-31T23:59:59.999Z") },
    groups: ["campaign", "platform", "tier", "influencer"],
  });
  expect(sorted(page), label).toEqual(sorted(truth));
  const leaders = await workspaceRangeSums({
    workspaceId: w,
    timeZone: "UTC",
    range: ALL_TIME,
    groups: [],
    creators: { leaders: 1, minReach: 0 },
  });
  for (const l of leaders) expect(l, `${label} leader ${l.key}`).toEqual(truth.find((t) => t.group === "influencer" && t.key === l.key));
  // The creators' totals the all-time ranking reads follow every change of money and posts.
  expect(await storedCreatorTotals(w), `${label}: creator totals`).toEqual(await freshCreatorTotals(w));
  const total = page.find((s) => s.group === "all")!;
  const creator = (k: "A" | "B") => page.find((s) => s.group === "influencer" && s.key === influencerOf[k])!;
  return { cost: total.costMinor, revenue: total.revenueMinor, orders: total.conversions, A: creator("A"), B: creator("B") };
}

const influencerOf: Record<"A" | "B", string> = { A: "", B: "" };

describe("collaboration money on the latest rows", () => {
  beforeAll(async () => {
    const user = await createUser({ name: "Money owner" });
    const { workspace } = await createWorkspaceWith({ name: "Money", owner: user });
    w = workspace.id;
    owner = user.id;
    const campaignId = await createCampaignWithBrief(w, owner, { name: "Money" });
    for (const k of ["A", "B"] as const) {
      const inf = await createInfluencer(w, { name: `Creator ${k}` });
      influencerOf[k] = inf.id;
      const { collaborationIds } = await addInfluencers({
        workspaceId: w,
        actorId: owner,
        campaignId,
        influencerIds: [inf.id],
        compensation: {
          compensationType: "product_plus_cash",
          fee: k === "A" ? 200 : 500,
          productDescription: "Serum",
          commissionPct: null,
        },
      });
      collab[k] = collaborationIds[0]!;
      const c = await createDiscountCode({
        workspaceId: w,
        actorId: owner,
        input: createDiscountCodeSchema.parse({ collaborationId: collab[k], code: `MONEY${k}` }),
      });
      code[k] = c.code;
    }
    scope = { workspaceId: w, connectionId: await csvConnection(w) };
    // A has three posts, two on TikTok: its fee of 20000 split in thirds, where 2 × (20000 / 3) and
    // 40000 / 3 round differently in numeric (the platform rows must add the share once per post).
    await postWithMetrics(collab.A, 1, "instagram");
    await postWithMetrics(collab.A, 2, "tiktok");
    await postWithMetrics(collab.A, 3, "tiktok");
    await postWithMetrics(collab.B, 4, "instagram");
  });

  it("follows orders, re-attribution, refunds, cancellations, fee changes, new posts, concurrency and a rebuild", async () => {
    const start = await expectCurrent("before any order");
    expect(start.revenue).toBe(0);
    expect(start.cost).toBe(70_000);

    // An order for A after its posts have metrics.
    await db.$transaction((tx) => applyOrder(tx, scope, order("o1", { discountCodes: [code.A], amountMinor: 12_000n })));
    const afterOrder = await expectCurrent("an order for A");
    expect(afterOrder.A.revenueMinor).toBe(12_000);
    expect(afterOrder.A.conversions).toBe(1);

    // The store re-sends it with B's code: A loses it, B gets it.
    await db.$transaction((tx) =>
      applyOrder(tx, scope, order("o1", { discountCodes: [code.B], amountMinor: 12_000n, sourceUpdatedAt: new Date(T0 + 4 * DAY) })),
    );
    const moved = await expectCurrent("re-attributed to B");
    expect([moved.A.revenueMinor, moved.A.conversions, moved.B.revenueMinor, moved.B.conversions]).toEqual([0, 0, 12_000, 1]);

    // A refund of part of it.
    await db.$transaction((tx) =>
      applyRefund(tx, scope, { externalId: "r1", externalOrderId: "o1", amountMinor: 2_000n, at: new Date(T0 + 5 * DAY) }),
    );
    expect((await expectCurrent("a refund")).B.revenueMinor).toBe(10_000);

    // A stale delivery (older than the stored one) that brings another refund: only the refunds move.
    await db.$transaction((tx) =>
      applyOrder(
        tx,
        scope,
        order("o1", {
          discountCodes: [code.A],
          sourceUpdatedAt: new Date(T0 + 2 * DAY),
          refunds: [{ externalId: "r2", externalOrderId: "o1", amountMinor: 1_000n, at: new Date(T0 + 6 * DAY) }],
        }),
      ),
    );
    const stale = await expectCurrent("a stale delivery with a refund");
    expect([stale.A.conversions, stale.B.revenueMinor]).toEqual([0, 9_000]);

    // Cancelled: no longer an order.
    await db.$transaction((tx) =>
      applyOrder(tx, scope, order("o1", { discountCodes: [code.B], status: "cancelled", sourceUpdatedAt: new Date(T0 + 7 * DAY) })),
    );
    expect((await expectCurrent("cancelled")).B.conversions).toBe(0);

    // A's fee changes.
    await updateCollaboration({
      workspaceId: w,
      actorId: owner,
      collaborationId: collab.A,
      deliverables: [],
      compensation: { compensationType: "product_plus_cash", fee: 450, productDescription: "Serum", commissionPct: null },
    });
    expect((await expectCurrent("a new fee")).A.costMinor).toBe(45_000);

    // Orders for B, five at once, then a post of B gets its first metrics after them.
    await Promise.all(
      [2, 3, 4, 5, 6].map((i) =>
        db.$transaction((tx) => applyOrder(tx, scope, order(`o${i}`, { discountCodes: [code.B], amountMinor: BigInt(1_000 * i) }))),
      ),
    );
    expect((await expectCurrent("concurrent orders")).B.revenueMinor).toBe(20_000);
    // An orders CSV (its chunk refreshes the collaborations once, at its end): one for each creator.
    await importOrderCsv({
      workspaceId: w,
      actorId: owner,
      text: ["order,date,total,currency,code", `C1,2026-06-05,30.00,USD,${code.A}`, `C2,2026-06-05,40.00,USD,${code.B}`].join("\n"),
      mapping: { order: "order_id", date: "date", total: "total", currency: "currency", code: "discount_codes" },
      defaultCurrency: null,
    });
    const csv = await expectCurrent("an orders CSV");
    expect([csv.A.revenueMinor, csv.B.revenueMinor]).toEqual([3_000, 24_000]);
    await postWithMetrics(collab.B, 5, "tiktok");
    const later = await expectCurrent("B's second post");
    expect([later.B.posts, later.B.revenueMinor, later.B.conversions]).toEqual([2, 24_000, 6]);

    // A rebuild recomputes the copy from scratch and changes nothing.
    const before = await db.postLatestMetric.findMany({ where: { workspaceId: w }, orderBy: { postId: "asc" } });
    await db.$transaction((tx) => rebuildRollups(tx, w));
    expect(await db.postLatestMetric.findMany({ where: { workspaceId: w }, orderBy: { postId: "asc" } })).toEqual(before);
    await expectCurrent("after a rebuild");
  });

  it("two deliveries of one order at once: the second sees where the first moved it, and refreshes that collaboration", async () => {
    await db.$transaction((tx) => applyOrder(tx, scope, order("race", { discountCodes: [code.A], amountMinor: 5_000n })));
    const base = await expectCurrent("an order for A to race on");
    // The first delivery moves it to B and holds its transaction open; the second, sent meanwhile,
    // moves it back to A. Reading the order before its lock, the second took A for the one it
    // leaves, and B kept counting an order it no longer has.
    let moved!: () => void;
    const firstMoved = new Promise<void>((resolve) => (moved = resolve));
    const first = db.$transaction(async (tx) => {
      await applyOrder(tx, scope, order("race", { discountCodes: [code.B], amountMinor: 5_000n, sourceUpdatedAt: new Date(T0 + 8 * DAY) }));
      moved();
      await new Promise((r) => setTimeout(r, 400)); // the second is waiting on the order by now
    });
    await firstMoved;
    const second = db.$transaction((tx) =>
      applyOrder(tx, scope, order("race", { discountCodes: [code.A], amountMinor: 5_000n, sourceUpdatedAt: new Date(T0 + 9 * DAY) })),
    );
    await Promise.all([first, second]);
    const after = await expectCurrent("two deliveries at once");
    expect([after.A.revenueMinor, after.B.revenueMinor]).toEqual([base.A.revenueMinor, base.B.revenueMinor]);
  });

  it("a refund and a delivery of the same order at once: neither drops the other's refund", async () => {
    await db.$transaction((tx) => applyOrder(tx, scope, order("refund-race", { discountCodes: [code.A], amountMinor: 8_000n })));
    const base = await expectCurrent("an order to refund");
    // The refund commits while the delivery (sent before the refund existed) is under way. Summing
    // the refunds before waiting for the order, the delivery wrote the total without this refund.
    let recorded!: () => void;
    const refundRecorded = new Promise<void>((resolve) => (recorded = resolve));
    const refund = db.$transaction(async (tx) => {
      await applyRefund(tx, scope, { externalId: "rr1", externalOrderId: "refund-race", amountMinor: 3_000n, at: new Date(T0 + 9 * DAY) });
      recorded();
      await new Promise((r) => setTimeout(r, 400));
    });
    await refundRecorded;
    const delivery = db.$transaction((tx) =>
      applyOrder(
        tx,
        scope,
        order("refund-race", { discountCodes: [code.A], amountMinor: 8_000n, sourceUpdatedAt: new Date(T0 + 10 * DAY) }),
      ),
    );
    await Promise.all([refund, delivery]);
    const stored = await db.conversion.findFirstOrThrow({ where: { workspaceId: w, externalId: "refund-race" } });
    expect(stored.refundedMinor).toBe(3_000n);
    expect((await expectCurrent("a refund and a delivery at once")).A.revenueMinor).toBe(base.A.revenueMinor - 3_000);
  });

  it("a deleted creator's posts leave the pre-summed rows they shared with others", async () => {
    const before = await expectCurrent("before a third creator");
    const inf = await createInfluencer(w, { name: "Creator C" });
    const campaignId = (await db.collaboration.findFirstOrThrow({ where: { workspaceId: w, id: collab.A } })).campaignId;
    const { collaborationIds } = await addInfluencers({
      workspaceId: w,
      actorId: owner,
      campaignId,
      influencerIds: [inf.id],
      compensation: { compensationType: "product_plus_cash", fee: 100, productDescription: "Serum", commissionPct: null },
    });
    // Same day, platform and tier as A's first post: one WorkspaceSegmentDaily row holds both.
    await postWithMetrics(collaborationIds[0]!, 1, "instagram");
    const withC = await expectCurrent("a third creator");
    expect(withC.cost).toBe(before.cost + 10_000);
    await deleteInfluencers({ workspaceId: w, userId: owner, influencerIds: [inf.id] });
    const after = await expectCurrent("the third creator deleted");
    expect(after.cost).toBe(before.cost);
    const posts = await db.postLatestMetric.count({ where: { workspaceId: w } });
    for (const rows of [
      await db.workspaceSegmentDaily.findMany({ where: { workspaceId: w } }),
      await db.workspaceCampaignDaily.findMany({ where: { workspaceId: w } }),
    ])
      expect(rows.reduce((n, r) => n + r.posts, 0)).toBe(posts);
  });
});
