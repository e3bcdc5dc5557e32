// Conversions on a real Postgres: Shopify and WooCommerce webhooks through their routes (valid,
// invalid → 401 with nothing written, replay → nothing changes, a refund before its order, an older
// delivery after a newer one), attribution by click, code or neither (never by another workspace's
// click or code), the orders CSV (bad rows by line, re-import updates) and conversionStats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as shopifyPOST } from "@/app/api/webhooks/shopify/[token]/route";
import { POST as wooPOST } from "@/app/api/webhooks/woocommerce/[token]/route";
import { connectStore, disconnectStore, listConnections } from "@/lib/conversions/connections";
import { importOrderCsv } from "@/lib/conversions/import-orders";
import { signBody } from "@/lib/conversions/order";
import { conversionStats, listConversions } from "@/lib/conversions/queries";
import { applyWebhookEvent, storeWebhookJob, unsafePurgeAppliedWebhookEvents } from "@/lib/conversions/webhooks";
import { db } from "@/lib/db";
import { stopJobs } from "@/lib/jobs";
import { newClickId } from "@/lib/tracking/click-id";
import { createDiscountCode } from "@/lib/tracking/discount-codes";
import { createLink } from "@/lib/tracking/links";
import { writeClicks } from "@/lib/tracking/recorder";
import { createDiscountCodeSchema, createLinkSchema } from "@/lib/tracking/schemas";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";

const SECRET = "shopify-signing-secret-0123456789";
type Tenant = {
  w: string;
  owner: string;
  campaignId: string;
  collaborationId: string;
  linkId: string;
  clickId: string;
  codeId: string;
  code: string;
};

async function tenant(codeText: string): Promise<Tenant> {
  const user = await createUser();
  const { workspace } = await createWorkspaceWith({ owner: user });
  const w = workspace.id;
  const { collaborationId, campaignId } = await createInvitedCollaboration(w, user.id);
  const link = await createLink({
    workspaceId: w,
    actorId: user.id,
    input: createLinkSchema.parse({ collaborationId, destinationUrl: "https://shop.example/p" }),
  });
  const clickId = newClickId();
  await writeClicks([
    {
      workspaceId: w,
      id: clickId,
      linkId: link.id,
      collaborationId,
      at: new Date(),
      country: null,
      device: "mobile",
      browser: null,
      os: null,
      referrerDomain: null,
      isBot: false,
      visitorHash: "v",
    },
  ]);
  const code = await createDiscountCode({
    workspaceId: w,
    actorId: user.id,
    input: createDiscountCodeSchema.parse({ collaborationId, code: codeText }),
  });
  return { w, owner: user.id, campaignId, collaborationId, linkId: link.id, clickId, codeId: code.id, code: code.code };
}

let A: Tenant;
let B: Tenant;
let shop: { id: string; token: string };
let woo: { id: string; token: string };

beforeAll(async () => {
  A = await tenant("AVA15");
  B = await tenant("BEA20");
  const s = await connectStore({
    workspaceId: A.w,
    actorId: A.owner,
    input: { kind: "shopify", name: "Main shop", shopDomain: "a.myshopify.com", secret: SECRET },
  });
  shop = { id: s.id, token: s.webhookUrl.split("/").pop()! };
  const wc = await connectStore({
    workspaceId: A.w,
    actorId: A.owner,
    input: { kind: "woocommerce", name: "Woo", shopDomain: null, secret: "woo-secret-abcdef" },
  });
  woo = { id: wc.id, token: wc.webhookUrl.split("/").pop()! };
});
afterAll(async () => {
  await stopJobs();
});

function order(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `#${id}`,
    created_at: "2026-11-20T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
    currency: "USD",
    total_price: "100.00",
    financial_status: "paid",
    cancelled_at: null,
    discount_codes: [],
    note_attributes: [],
    line_items: [],
    refunds: [],
    ...extra,
  };
}

async function sendShopify(topic: string, payload: unknown, opts: { webhookId?: string; secret?: string; token?: string } = {}) {
  const body = new TextEncoder().encode(JSON.stringify(payload));
  const res = await shopifyPOST(
    new Request(`http://test/api/webhooks/shopify/${opts.token ?? shop.token}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-shopify-topic": topic,
        "x-shopify-hmac-sha256": signBody(opts.secret ?? SECRET, body),
        "x-shopify-webhook-id": opts.webhookId ?? crypto.randomUUID(),
        "x-shopify-shop-domain": "a.myshopify.com",
      },
      body,
    }),
    { params: Promise.resolve({ token: opts.token ?? shop.token }) },
  );
  return res;
}

/** Sends and applies (what the job does), returning the delivery id. */
async function deliver(topic: string, payload: unknown, webhookId: string = crypto.randomUUID()) {
  const res = await sendShopify(topic, payload, { webhookId });
  expect(res.status).toBe(200);
  await storeWebhookJob({ workspaceId: A.w, connectionId: shop.id, webhookId });
  return webhookId;
}

const conv = (externalId: string, connectionId = shop.id) =>
  db.conversion.findUnique({ where: { workspaceId_connectionId_externalId: { workspaceId: A.w, connectionId, externalId } } });

async function counts() {
  return {
    events: await db.webhookEvent.count(),
    conversions: await db.conversion.count(),
    refunds: await db.conversionRefund.count(),
  };
}

describe("Shopify webhooks", () => {
  it("a valid orders/create is recorded at once and applied by the job, attributed by click over code", async () => {
    const id = crypto.randomUUID();
    const res = await sendShopify(
      "orders/create",
      order(1001, { note_attributes: [{ name: "mc_click", value: A.clickId }], discount_codes: [{ code: "ava15" }] }),
      { webhookId: id },
    );
    expect(res.status).toBe(200);
    const ev = await db.webhookEvent.findUniqueOrThrow({
      where: { workspaceId_connectionId_webhookId: { workspaceId: A.w, connectionId: shop.id, webhookId: id } },
    });
    expect(ev.appliedAt).toBeNull();
    expect(await conv("1001")).toBeNull();
    expect(await applyWebhookEvent({ workspaceId: A.w, connectionId: shop.id, webhookId: id })).toBe("order created");
    const c = await conv("1001");
    expect(c).toMatchObject({
      amountMinor: 10_000n,
      currency: "USD",
      attributedBy: "click",
      linkId: A.linkId,
      collaborationId: A.collaborationId,
      status: "paid",
    });
    expect(c!.attributionReason).toMatch(/Click through link.*ava15 also used/);
    const conn = await db.storeConnection.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id: shop.id } } });
    expect(conn.lastEventAt).not.toBeNull();
    // Applying again (a retried job) does nothing.
    expect(await applyWebhookEvent({ workspaceId: A.w, connectionId: shop.id, webhookId: id })).toBe("already applied");
  });

  it("a bad signature answers 401 and writes nothing", async () => {
    const before = await counts();
    const conn = await db.storeConnection.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: A.w, id: shop.id } },
      select: { lastEventAt: true },
    });
    const res = await sendShopify("orders/create", order(1002), { secret: "not-the-secret-at-all" });
    expect(res.status).toBe(401);
    expect(await counts()).toEqual(before);
    const after = await db.storeConnection.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: A.w, id: shop.id } },
      select: { lastEventAt: true },
    });
    expect(after.lastEventAt).toEqual(conn.lastEventAt);
    // A body changed after signing fails too.
    const body = JSON.stringify(order(1002));
    const sig = signBody(SECRET, new TextEncoder().encode(body));
    const tampered = await shopifyPOST(
      new Request(`http://test/api/webhooks/shopify/${shop.token}`, {
        method: "POST",
        headers: { "x-shopify-topic": "orders/create", "x-shopify-hmac-sha256": sig, "x-shopify-webhook-id": "t1" },
        body: body.replace("100.00", "1.00"),
      }),
      { params: Promise.resolve({ token: shop.token }) },
    );
    expect(tampered.status).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it("keeps the secret sealed at rest, and forgets it on disconnect", async () => {
    const row = await db.storeConnection.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id: shop.id } } });
    expect(row.secretSealed).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(row.secretSealed).not.toContain(SECRET);
    expect(JSON.stringify(await listConnections(A.w))).not.toContain(row.secretSealed!);
  });

  it("an unknown or disconnected connection answers 404 without a write", async () => {
    const before = await counts();
    expect((await sendShopify("orders/create", order(1003), { token: "x".repeat(32) })).status).toBe(404);
    expect((await sendShopify("orders/create", order(1003), { token: "../../etc" })).status).toBe(404);
    // A WooCommerce token on the Shopify route is not found either.
    expect((await sendShopify("orders/create", order(1003), { token: woo.token, secret: "woo-secret-abcdef" })).status).toBe(404);
    const gone = await connectStore({
      workspaceId: A.w,
      actorId: A.owner,
      input: { kind: "shopify", name: "Old", shopDomain: null, secret: SECRET },
    });
    const goneToken = gone.webhookUrl.split("/").pop()!;
    await disconnectStore({ workspaceId: A.w, actorId: A.owner, connectionId: gone.id });
    const goneRow = await db.storeConnection.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id: gone.id } } });
    expect(goneRow).toMatchObject({ secretSealed: null, webhookToken: null });
    expect(await db.storeWebhookRoute.count({ where: { workspaceId: A.w, connectionId: gone.id } })).toBe(0);
    expect((await sendShopify("orders/create", order(1003), { token: goneToken })).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("a replayed delivery changes nothing", async () => {
    const id = await deliver("orders/create", order(1004, { discount_codes: [{ code: "AVA15" }] }));
    const first = await conv("1004");
    const before = await counts();
    const res = await sendShopify("orders/create", order(1004, { total_price: "999.00" }), { webhookId: id });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ note: "duplicate" });
    await storeWebhookJob({ workspaceId: A.w, connectionId: shop.id, webhookId: id });
    expect(await counts()).toEqual(before);
    expect(await conv("1004")).toEqual(first);
    expect(first).toMatchObject({ attributedBy: "code", discountCodeId: A.codeId, amountMinor: 10_000n });
  });

  it("a refund before its order counts once the order arrives; a repeated refund counts once", async () => {
    const refund = {
      id: 501,
      order_id: 1005,
      created_at: "2026-11-21T00:00:00Z",
      transactions: [{ kind: "refund", status: "success", amount: "25.00", currency: "USD" }],
    };
    await deliver("refunds/create", refund);
    expect(await conv("1005")).toBeNull();
    await deliver("refunds/create", refund); // another delivery id, same refund
    await deliver("orders/create", order(1005));
    expect(await conv("1005")).toMatchObject({ amountMinor: 10_000n, refundedMinor: 2_500n });
    await deliver("refunds/create", {
      ...refund,
      id: 502,
      transactions: [{ kind: "refund", status: "success", amount: "5.00", currency: "USD" }],
    });
    expect(await conv("1005")).toMatchObject({ refundedMinor: 3_000n });
  });

  it("a cancellation stays when an older delivery arrives after it", async () => {
    await deliver("orders/create", order(1006, { updated_at: "2026-11-20T10:00:00Z" }));
    await deliver("orders/cancelled", order(1006, { updated_at: "2026-11-20T12:00:00Z", cancelled_at: "2026-11-20T12:00:00Z" }));
    await deliver("orders/paid", order(1006, { updated_at: "2026-11-20T11:00:00Z" }));
    expect(await conv("1006")).toMatchObject({ status: "cancelled" });
  });

  it("another workspace's click id or code attributes nothing", async () => {
    await deliver(
      "orders/create",
      order(1007, { note_attributes: [{ name: "mc_click", value: B.clickId }], discount_codes: [{ code: B.code }] }),
    );
    const c = await conv("1007");
    expect(c).toMatchObject({ attributedBy: "none", collaborationId: null, linkId: null, discountCodeId: null });
    expect(c!.attributionReason).toMatch(/not one of this workspace's clicks/);
    expect(await db.conversion.count({ where: { workspaceId: B.w } })).toBe(0);
  });
});

describe("retention", () => {
  it("forgets applied deliveries after 30 days, never unapplied ones", async () => {
    const pending = crypto.randomUUID();
    expect((await sendShopify("orders/create", order(1099), { webhookId: pending })).status).toBe(200);
    const applied = await db.webhookEvent.count({ where: { appliedAt: { not: null } } });
    expect(applied).toBeGreaterThan(0);
    expect(await unsafePurgeAppliedWebhookEvents()).toBe(0);
    expect(await unsafePurgeAppliedWebhookEvents(Date.now() + 31 * 86_400_000)).toBe(applied);
    expect(await db.webhookEvent.count()).toBe(1);
    expect(await applyWebhookEvent({ workspaceId: A.w, connectionId: shop.id, webhookId: pending })).toBe("order created");
  });
});

describe("WooCommerce webhooks", () => {
  async function sendWoo(topic: string, payload: unknown, opts: { secret?: string; delivery?: string } = {}) {
    const body = new TextEncoder().encode(JSON.stringify(payload));
    return wooPOST(
      new Request(`http://test/api/webhooks/woocommerce/${woo.token}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-wc-webhook-topic": topic,
          "x-wc-webhook-signature": signBody(opts.secret ?? "woo-secret-abcdef", body),
          "x-wc-webhook-delivery-id": opts.delivery ?? crypto.randomUUID(),
        },
        body,
      }),
      { params: Promise.resolve({ token: woo.token }) },
    );
  }

  it("answers the creation ping without writing", async () => {
    const before = await counts();
    const res = await wooPOST(
      new Request(`http://test/api/webhooks/woocommerce/${woo.token}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "webhook_id=42",
      }),
      { params: Promise.resolve({ token: woo.token }) },
    );
    expect(res.status).toBe(200);
    expect(await counts()).toEqual(before);
  });

  it("applies a signed order with a coupon and its refunds; refuses a bad signature", async () => {
    const payload = {
      id: 88,
      number: "88",
      status: "completed",
      currency: "EUR",
      total: "40.00",
      date_created_gmt: "2026-11-22T09:00:00",
      date_modified_gmt: "2026-11-22T10:00:00",
      coupon_lines: [{ code: "ava15" }],
      refunds: [{ id: 3, total: "-10.00" }],
    };
    const before = await counts();
    expect((await sendWoo("order.created", payload, { secret: "wrong-secret-xyz" })).status).toBe(401);
    expect(await counts()).toEqual(before);
    const delivery = crypto.randomUUID();
    expect((await sendWoo("order.created", payload, { delivery })).status).toBe(200);
    await storeWebhookJob({ workspaceId: A.w, connectionId: woo.id, webhookId: delivery });
    expect(await conv("88", woo.id)).toMatchObject({
      attributedBy: "code",
      discountCodeId: A.codeId,
      amountMinor: 4_000n,
      refundedMinor: 1_000n,
      currency: "EUR",
    });
  });
});

describe("orders CSV", () => {
  const mapping = {
    order: "order_id",
    date: "date",
    total: "total",
    currency: "currency",
    code: "discount_codes",
    refunded: "refunded",
    click: "click_id",
  } as const;

  it("imports the good rows, reports the bad ones by line, and a re-import updates", async () => {
    const csv = [
      "order,date,total,currency,code,refunded,click",
      `C1,2026-11-01,49.90,USD,AVA15,,`,
      `C2,not a date,10,USD,,,`,
      `C3,2026-11-02,20,USD,,5,${A.clickId}`,
      `C4,2026-11-03,abc,USD,,,`,
    ].join("\n");
    const res = await importOrderCsv({ workspaceId: A.w, actorId: A.owner, text: csv, mapping, defaultCurrency: null });
    expect(res).toMatchObject({ created: 2, updated: 0, errorCount: 2 });
    expect(res.errors.map((e) => e.line)).toEqual([3, 5]);
    expect(res.failedRowsCsv).toContain("not a date");
    expect(await conv("C1", "csv")).toMatchObject({ attributedBy: "code", amountMinor: 4_990n });
    expect(await conv("C3", "csv")).toMatchObject({ attributedBy: "click", refundedMinor: 500n });

    const again = [
      "order,date,total,currency,code,refunded,click",
      `C1,2026-11-01,59.90,USD,AVA15,10,`,
      `C3,2026-11-02,20,USD,,,${A.clickId}`,
    ].join("\n");
    const res2 = await importOrderCsv({ workspaceId: A.w, actorId: A.owner, text: again, mapping, defaultCurrency: null });
    expect(res2).toMatchObject({ created: 0, updated: 2, errorCount: 0 });
    expect(await conv("C1", "csv")).toMatchObject({ amountMinor: 5_990n, refundedMinor: 1_000n });
    // An empty refunded cell leaves the earlier refund as it was.
    expect(await conv("C3", "csv")).toMatchObject({ refundedMinor: 500n });
  });

  it("refuses a mapping without the required columns, and a file that is not CSV, writing nothing", async () => {
    const before = await counts();
    await expect(
      importOrderCsv({ workspaceId: A.w, actorId: A.owner, text: "a,b\n1,2", mapping: { a: "order_id" }, defaultCurrency: "USD" }),
    ).rejects.toThrow(/Choose the column for Date/);
    await expect(importOrderCsv({ workspaceId: A.w, actorId: A.owner, text: "{}", mapping, defaultCurrency: null })).rejects.toThrow(
      /not a CSV/,
    );
    expect(await counts()).toEqual(before);
  });
});

describe("reads", () => {
  it("conversionStats: orders and net revenue of the campaign, by collaboration, link and code", async () => {
    const s = await conversionStats({ workspaceId: A.w, campaignId: A.campaignId });
    const attributed = await db.conversion.findMany({
      where: { workspaceId: A.w, collaborationId: A.collaborationId, status: { not: "cancelled" } },
    });
    expect(s.orders).toBe(attributed.length);
    expect(s.byCollaboration).toHaveLength(1);
    expect(s.byLink.find((x) => x.linkId === A.linkId)!.orders).toBe(attributed.filter((c) => c.linkId === A.linkId).length);
    const usd = attributed.filter((c) => c.currency === "USD").reduce((n, c) => n + Number(c.amountMinor - c.refundedMinor), 0);
    expect(s.revenue.find((m) => m.currency === "USD")!.minor).toBe(usd);
    await expect(conversionStats({ workspaceId: A.w, campaignId: B.campaignId })).rejects.toThrow(/Campaign not found/);
    await expect(conversionStats({ workspaceId: A.w, collaborationId: B.collaborationId })).rejects.toThrow(/Collaboration not found/);
    expect((await conversionStats({ workspaceId: B.w, campaignId: B.campaignId })).orders).toBe(0);
  });

  it("listConversions pages by keyset and filters by attribution and campaign", async () => {
    const all = await db.conversion.count({ where: { workspaceId: A.w } });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listConversions({ workspaceId: A.w, timeZone: "UTC", filters: { cursor }, take: 3 });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    const none = await listConversions({ workspaceId: A.w, timeZone: "UTC", filters: { by: "none" } });
    expect(none.rows.every((r) => r.attributedBy === "none")).toBe(true);
    expect(none.rows.length).toBeGreaterThan(0);
    const foreign = await listConversions({ workspaceId: A.w, timeZone: "UTC", filters: { campaign: B.campaignId } });
    expect(foreign.rows).toEqual([]);
  });
});
