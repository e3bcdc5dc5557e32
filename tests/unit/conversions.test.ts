import { describe, expect, it } from "vitest";

import { attribute, netRevenueMinor, type CodeMatch } from "@/lib/conversions/attribution";
import { autoMapOrderHeaders, orderMappingProblems, planOrderCsv } from "@/lib/conversions/csv-orders";
import { clickIdFromUrl, decimalToMinor, signBody, verifyBodySignature } from "@/lib/conversions/order";
import { summarise } from "@/lib/conversions/queries";
import { readShopifyEvent, shopifyOrder } from "@/lib/conversions/shopify";
import { readWooEvent } from "@/lib/conversions/woocommerce";
import { parseEnv } from "@/lib/env";
import { createSecretBox, keyId, parseKey } from "@/lib/security/secret-box";

const CLICK = "01890a5d-ac96-774b-bcce-b302099a8057";
const click = { clickId: CLICK, linkId: "l1", collaborationId: "c-link", linkCode: "abc12345" };
const codes = new Map<string, CodeMatch>([["AVA15", { discountCodeId: "d1", collaborationId: "c-code", code: "AVA15" }]]);

describe("attribution precedence", () => {
  it("a known click wins over a known code", () => {
    const a = attribute({ clickId: CLICK, click, codes: ["ava15"], codeLookup: codes });
    expect(a).toMatchObject({ attributedBy: "click", collaborationId: "c-link", linkId: "l1", discountCodeId: null });
    expect(a.reason).toMatch(/Click through link \/r\/abc12345.*ava15 also used; the click wins/);
  });
  it("a code (any case) when there is no click", () => {
    const a = attribute({ clickId: null, click: null, codes: ["WELCOME", "ava15"], codeLookup: codes });
    expect(a).toMatchObject({
      attributedBy: "code",
      collaborationId: "c-code",
      discountCodeId: "d1",
      linkId: null,
      reason: "Discount code AVA15",
    });
  });
  it("an unknown click id falls through to the code and says so", () => {
    const a = attribute({ clickId: CLICK, click: null, codes: ["AVA15"], codeLookup: codes });
    expect(a.attributedBy).toBe("code");
    expect(a.reason).toMatch(/^Click id .* is not one of this workspace's clicks; Discount code AVA15/);
  });
  it("neither → unattributed, with the reason", () => {
    expect(attribute({ clickId: null, click: null, codes: [], codeLookup: codes })).toMatchObject({
      attributedBy: "none",
      collaborationId: null,
      reason: "No click id and no discount code",
    });
    expect(attribute({ clickId: null, click: null, codes: ["OTHER"], codeLookup: codes }).reason).toBe(
      "Code OTHER is not one of this workspace's",
    );
  });
});

describe("net revenue", () => {
  it("subtracts refunds, never below zero, and a cancelled order counts 0", () => {
    expect(netRevenueMinor({ amountMinor: 10_000n, refundedMinor: 2_500n, status: "paid" })).toBe(7_500n);
    expect(netRevenueMinor({ amountMinor: 10_000n, refundedMinor: 12_000n, status: "paid" })).toBe(0n);
    expect(netRevenueMinor({ amountMinor: 10_000n, refundedMinor: 0n, status: "cancelled" })).toBe(0n);
  });
  it("summarise groups by collaboration, link and code per currency, skipping cancelled", () => {
    const base = { refundedMinor: 0n, status: "paid", currency: "USD" };
    const s = summarise([
      { ...base, collaborationId: "c1", linkId: "l1", discountCodeId: null, amountMinor: 5000n },
      { ...base, collaborationId: "c1", linkId: null, discountCodeId: "d1", amountMinor: 3000n, refundedMinor: 1000n },
      { ...base, collaborationId: "c1", linkId: null, discountCodeId: "d1", amountMinor: 9000n, status: "cancelled" },
      { ...base, collaborationId: "c2", linkId: null, discountCodeId: null, amountMinor: 700n, currency: "EUR" },
    ]);
    expect(s.orders).toBe(3);
    expect(s.revenue).toEqual([
      { currency: "EUR", minor: 700 },
      { currency: "USD", minor: 7000 },
    ]);
    expect(s.byCollaboration.find((x) => x.collaborationId === "c1")).toMatchObject({
      orders: 2,
      revenue: [{ currency: "USD", minor: 7000 }],
    });
    expect(s.byLink).toEqual([{ linkId: "l1", orders: 1, revenue: [{ currency: "USD", minor: 5000 }] }]);
    expect(s.byCode).toEqual([{ discountCodeId: "d1", orders: 1, revenue: [{ currency: "USD", minor: 2000 }] }]);
  });
});

describe("amounts and signatures", () => {
  it("reads decimal text exactly in the currency's minor units", () => {
    expect(decimalToMinor("199.90", "USD")).toBe(19990n);
    expect(decimalToMinor("1.005", "USD")).toBe(101n);
    expect(decimalToMinor("1234", "JPY")).toBe(1234n);
    expect(decimalToMinor("1.2345", "KWD")).toBe(1235n);
    expect(decimalToMinor("-5.00", "EUR")).toBe(-500n);
    expect(() => decimalToMinor("12,3.4x", "USD")).toThrow(RangeError);
  });
  it("verifies a base64 HMAC-SHA256 of the raw body, and refuses any other", () => {
    const body = new TextEncoder().encode('{"id":1}');
    const sig = signBody("s3cret-value", body);
    expect(verifyBodySignature("s3cret-value", body, sig)).toBe(true);
    expect(verifyBodySignature("other-secret", body, sig)).toBe(false);
    expect(verifyBodySignature("s3cret-value", new TextEncoder().encode('{"id":2}'), sig)).toBe(false);
    expect(verifyBodySignature("s3cret-value", body, null)).toBe(false);
    expect(verifyBodySignature("s3cret-value", body, "short")).toBe(false);
  });
  it("finds the click id in a landing URL or path", () => {
    expect(clickIdFromUrl(`/products/x?utm_source=ig&mc_click=${CLICK}`, "mc_click")).toBe(CLICK);
    expect(clickIdFromUrl(`https://shop.example/?mc_click=not-an-id`, "mc_click")).toBeNull();
    expect(clickIdFromUrl(null, "mc_click")).toBeNull();
  });
});

describe("store payloads", () => {
  const order = {
    id: 820982911946154500,
    name: "#1001",
    created_at: "2026-11-20T10:00:00-05:00",
    updated_at: "2026-11-20T10:05:00-05:00",
    currency: "EUR",
    total_price: "59.90",
    financial_status: "paid",
    cancelled_at: null,
    discount_codes: [{ code: "ava15", amount: "9.00", type: "percentage" }],
    note_attributes: [{ name: "mc_click", value: CLICK }],
    landing_site: "/",
    line_items: [{ title: "Serum", quantity: 2, price: "29.95", sku: "SER-1" }],
    refunds: [],
  };
  it("reads a Shopify order: amount, status, codes, click id from note attributes", () => {
    const o = shopifyOrder({ ...order, id: 4501 }, "mc_click")!;
    expect(o).toMatchObject({
      externalId: "4501",
      orderNumber: "#1001",
      currency: "EUR",
      amountMinor: 5990n,
      status: "paid",
      discountCodes: ["ava15"],
      clickId: CLICK,
    });
    expect(o.lineItems).toEqual([{ title: "Serum", quantity: 2, sku: "SER-1", priceMinor: "2995" }]);
    expect(shopifyOrder({ ...order, id: 1, note_attributes: [], landing_site: `/?mc_click=${CLICK}` }, "mc_click")!.clickId).toBe(CLICK);
    expect(shopifyOrder({ ...order, id: 1, cancelled_at: "2026-11-21T00:00:00Z" }, "mc_click")!.status).toBe("cancelled");
    expect(shopifyOrder({ ...order, id: 1, financial_status: "pending" }, "mc_click")!.status).toBe("pending");
  });
  it("reads a Shopify refund from its transactions", () => {
    const e = readShopifyEvent(
      "refunds/create",
      {
        id: 9,
        order_id: 4501,
        created_at: "2026-11-22T00:00:00Z",
        transactions: [
          { kind: "refund", status: "success", amount: "10.00", currency: "EUR" },
          { kind: "refund", status: "failure", amount: "99.00" },
        ],
      },
      "mc_click",
    );
    expect(e).toEqual({
      kind: "refund",
      refund: { externalId: "9", externalOrderId: "4501", amountMinor: 1000n, at: new Date("2026-11-22T00:00:00Z") },
    });
    expect(readShopifyEvent("orders/create", { id: 1 }, "mc_click").kind).toBe("ignore");
    expect(readShopifyEvent("products/update", order, "mc_click").kind).toBe("ignore");
  });
  it("reads a WooCommerce order with coupons, click meta and embedded refunds", () => {
    const e = readWooEvent(
      "order.updated",
      {
        id: 77,
        number: "77",
        status: "completed",
        currency: "USD",
        total: "120.00",
        date_created_gmt: "2026-11-20T10:00:00",
        date_modified_gmt: "2026-11-21T10:00:00",
        coupon_lines: [{ code: "AVA15" }],
        meta_data: [{ key: "_mc_click", value: CLICK }],
        refunds: [{ id: 5, total: "-20.00" }],
      },
      "mc_click",
    );
    expect(e.kind).toBe("order");
    if (e.kind !== "order") return;
    expect(e.order).toMatchObject({ externalId: "77", amountMinor: 12000n, status: "paid", discountCodes: ["AVA15"], clickId: CLICK });
    expect(e.order.orderedAt.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(e.order.refunds).toEqual([{ externalId: "5", externalOrderId: "77", amountMinor: 2000n, at: new Date("2026-11-21T10:00:00Z") }]);
  });
});

describe("orders CSV", () => {
  it("maps headers by name and reports each bad row by its line", () => {
    const csv = [
      "Order ID,Created at,Total,Currency,Discount code,Refunded",
      "1001,2026-11-01,49.90,USD,AVA15,",
      "1002,yesterday,10,USD,,",
      "1003,2026-11-02,$12.50,usd,,2.50",
      ",2026-11-02,1,USD,,",
      "1001,2026-11-03,5,USD,,",
    ].join("\n");
    const mapping = autoMapOrderHeaders(["Order ID", "Created at", "Total", "Currency", "Discount code", "Refunded"]);
    expect(mapping).toEqual({
      "Order ID": "order_id",
      "Created at": "date",
      Total: "total",
      Currency: "currency",
      "Discount code": "discount_codes",
      Refunded: "refunded",
    });
    const plan = planOrderCsv(csv, mapping, null);
    expect(plan.rows.map((r) => [r.line, r.order.externalId, r.order.amountMinor, r.refundedMinor])).toEqual([
      [2, "1001", 4990n, null],
      [4, "1003", 1250n, 250n],
    ]);
    expect(plan.errors.map((e) => [e.line, e.message])).toEqual([
      [3, '"yesterday" is not a date (use 2026-03-31 or 2026-03-31T14:05:00Z).'],
      [5, "The order id is empty."],
      [6, "Order 1001 is already on line 2."],
    ]);
  });
  it("names what a mapping lacks", () => {
    expect(orderMappingProblems({ a: "order_id", b: "total" }, null)).toEqual([
      "Choose the column for Date.",
      "Choose the currency column, or a currency for every row.",
    ]);
    expect(orderMappingProblems({ a: "order_id", b: "total", c: "date", d: "date" }, "USD")).toEqual([
      "Date is chosen for more than one column.",
    ]);
  });
});

describe("secret box", () => {
  const k1 = Buffer.alloc(32, 1);
  const k2 = Buffer.alloc(32, 2);
  it("seals and opens, with a fresh IV each time", () => {
    const box = createSecretBox({ current: k1 });
    const a = box.seal("shpss_abc", "conn1");
    expect(a).toMatch(new RegExp(`^v1\\.${keyId(k1)}\\.`));
    expect(a).not.toContain("shpss_abc");
    expect(box.seal("shpss_abc", "conn1")).not.toBe(a);
    expect(box.open(a, "conn1")).toBe("shpss_abc");
  });
  it("refuses a tampered value, another context and an unknown key", () => {
    const box = createSecretBox({ current: k1 });
    const sealed = box.seal("secret", "conn1");
    const parts = sealed.split(".");
    const ct = Buffer.from(parts[3]!, "base64url");
    ct[0] = ct[0]! ^ 1;
    const tampered = [...parts.slice(0, 3), ct.toString("base64url"), parts[4]].join(".");
    expect(() => box.open(tampered, "conn1")).toThrow(/failed authentication/);
    expect(() => box.open(sealed, "conn2")).toThrow(/failed authentication/);
    expect(() => createSecretBox({ current: k2 }).open(sealed, "conn1")).toThrow(/neither ENCRYPTION_KEY/);
    expect(() => box.open("plain", "conn1")).toThrow(/unknown format/);
  });
  it("opens values of a previous key after rotation and marks them stale", () => {
    const sealed = createSecretBox({ current: k1 }).seal("secret");
    const rotated = createSecretBox({ current: k2, previous: [k1] });
    expect(rotated.open(sealed)).toBe("secret");
    expect(rotated.isStale(sealed)).toBe(true);
    expect(rotated.isStale(rotated.seal("secret"))).toBe(false);
  });
  it("reads keys as hex or base64 and ENCRYPTION_KEY is validated", () => {
    expect(parseKey("01".repeat(32))).toEqual(k1);
    expect(parseKey(k1.toString("base64"))).toEqual(k1);
    expect(parseKey("too-short")).toBeNull();
    expect(() => parseEnv({ ENCRYPTION_KEY: "nope" })).toThrow(/ENCRYPTION_KEY: must be 32 bytes/);
    expect(parseEnv({ ENCRYPTION_KEY: k2.toString("base64") }).ENCRYPTION_KEY).toBe(k2.toString("base64"));
    expect(() => parseEnv({ ENCRYPTION_KEYS_PREVIOUS: `${k1.toString("hex")},bad` })).toThrow(/ENCRYPTION_KEYS_PREVIOUS/);
  });
});
