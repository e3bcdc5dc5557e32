import { describe, expect, it } from "vitest";

import { summarise } from "@/lib/conversions/queries";
import {
  conversionHeadline,
  conversionRate,
  formatRevenue,
  joinCampaignConversions,
  joinCollaborationConversions,
  NO_CONVERSIONS,
} from "@/lib/conversions/with-clicks";
import { formatPercent } from "@/lib/metrics";

type Order = {
  collaborationId: string | null;
  linkId: string | null;
  discountCodeId: string | null;
  currency: string;
  amount: number;
  refunded?: number;
  status?: string;
};
const stats = (orders: Order[]) =>
  summarise(
    orders.map((o) => ({
      collaborationId: o.collaborationId,
      linkId: o.linkId,
      discountCodeId: o.discountCodeId,
      currency: o.currency,
      amountMinor: BigInt(o.amount),
      refundedMinor: BigInt(o.refunded ?? 0),
      status: o.status ?? "paid",
    })),
  );

const clicks = (unique: number) => ({ total: unique * 2, unique, bots: 1 });

describe("conversionRate", () => {
  it("is orders ÷ unique visitors × 100", () => {
    expect(conversionRate({ orders: 3, unique: 120 })).toBeCloseTo(2.5, 10);
    expect(conversionRate({ orders: 0, unique: 10 })).toBe(0);
  });
  it("is null, shown as an em dash, at zero unique visitors — even with code orders", () => {
    expect(conversionRate({ orders: 0, unique: 0 })).toBeNull();
    expect(conversionRate({ orders: 4, unique: 0 })).toBeNull();
    expect(formatPercent(conversionRate({ orders: 4, unique: 0 }), 2)).toBe("—");
  });
  it("refuses negative or non-finite counts", () => {
    expect(() => conversionRate({ orders: -1, unique: 3 })).toThrow(/orders/);
    expect(() => conversionRate({ orders: 1, unique: Number.NaN })).toThrow(/unique/);
  });
});

describe("formatRevenue", () => {
  it("shows one amount per currency, never a sum across currencies", () => {
    expect(
      formatRevenue([
        { currency: "EUR", minor: 3000 },
        { currency: "USD", minor: 12050 },
      ]),
    ).toBe("€30.00 · $120.50");
    expect(formatRevenue([{ currency: "JPY", minor: 1500 }])).toBe("¥1,500");
  });
  it("keeps a minor unit Intl would round away (HUF shows no decimals but has two)", () => {
    expect(formatRevenue([{ currency: "HUF", minor: 1_234_550 }])).toBe("HUF\u00a012,345.50");
    expect(formatRevenue([{ currency: "HUF", minor: 1_234_600 }])).toBe("HUF\u00a012,346");
  });
  it("is an em dash with no revenue", () => {
    expect(formatRevenue([])).toBe("—");
  });
});

describe("joinCampaignConversions", () => {
  const s = stats([
    { collaborationId: "ava", linkId: "l-ava", discountCodeId: null, currency: "USD", amount: 10000, refunded: 2500 },
    { collaborationId: "ava", linkId: null, discountCodeId: "d-ava", currency: "EUR", amount: 4000 },
    { collaborationId: "ava", linkId: "l-ava", discountCodeId: null, currency: "USD", amount: 999, status: "cancelled" },
    { collaborationId: "ben", linkId: null, discountCodeId: "d-ben", currency: "USD", amount: 5000 },
  ]);
  const perf = {
    byInfluencer: [
      { collaborationId: "ava", influencerName: "Ava", clicks: clicks(40) },
      { collaborationId: "ben", influencerName: "Ben", clicks: clicks(0) },
      { collaborationId: "cy", influencerName: "Cy", clicks: clicks(5) },
    ],
    byLink: [
      { id: "l-ava", code: "abc", clicks: clicks(40) },
      { id: "l-cy", code: "def", clicks: clicks(5) },
    ],
    codes: [
      { id: "d-ava", code: "AVA15" },
      { id: "d-ben", code: "BEN10" },
    ],
  };
  const j = joinCampaignConversions(perf, s);

  it("gives each influencer its orders and revenue per currency, cancelled orders left out", () => {
    const ava = j.byInfluencer.find((r) => r.collaborationId === "ava")!;
    expect(ava.conversions).toEqual({
      orders: 2,
      revenue: [
        { currency: "EUR", minor: 4000 },
        { currency: "USD", minor: 7500 },
      ],
    });
    expect(ava.rate).toBeCloseTo(5, 10); // 2 ÷ 40 × 100
    expect(ava.influencerName).toBe("Ava");
  });

  it("shows a code-only influencer with no clicks as '—', not NaN or Infinity", () => {
    const ben = j.byInfluencer.find((r) => r.collaborationId === "ben")!;
    expect(ben.conversions.orders).toBe(1);
    expect(ben.rate).toBeNull();
    expect(formatPercent(ben.rate, 2)).toBe("—");
  });

  it("gives an influencer without orders zero, not missing", () => {
    const cy = j.byInfluencer.find((r) => r.collaborationId === "cy")!;
    expect(cy.conversions).toEqual(NO_CONVERSIONS);
    expect(cy.rate).toBe(0);
  });

  it("attributes by link and by code separately", () => {
    expect(j.byLink.map((l) => [l.id, l.conversions.orders, l.conversions.revenue])).toEqual([
      ["l-ava", 1, [{ currency: "USD", minor: 7500 }]],
      ["l-cy", 0, []],
    ]);
    expect(j.codes.map((c) => [c.code, c.conversions.orders, c.conversions.revenue])).toEqual([
      ["AVA15", 1, [{ currency: "EUR", minor: 4000 }]],
      ["BEN10", 1, [{ currency: "USD", minor: 5000 }]],
    ]);
  });

  it("keeps the headline per currency and rates it over all unique visitors", () => {
    const h = conversionHeadline(s, 45);
    expect(h.orders).toBe(3);
    expect(h.revenue).toEqual([
      { currency: "EUR", minor: 4000 },
      { currency: "USD", minor: 12500 },
    ]);
    expect(h.rate).toBeCloseTo((3 / 45) * 100, 10);
    expect(conversionHeadline(s, 0).rate).toBeNull();
  });
});

describe("joinCollaborationConversions", () => {
  it("joins links with their own unique visitors and codes without a rate", () => {
    const s = stats([
      { collaborationId: "ava", linkId: "l1", discountCodeId: null, currency: "GBP", amount: 2000 },
      { collaborationId: "ava", linkId: "l1", discountCodeId: null, currency: "GBP", amount: 3000 },
      { collaborationId: "ava", linkId: null, discountCodeId: "d1", currency: "USD", amount: 1000 },
    ]);
    const j = joinCollaborationConversions(
      {
        links: [
          { id: "l1", code: "abc" },
          { id: "l2", code: "new" },
        ],
        codes: [{ id: "d1", code: "AVA15" }],
        linkClicks: new Map([["l1", clicks(8)]]),
      },
      s,
    );
    expect(j.links[0]).toMatchObject({ id: "l1", unique: 8, conversions: { orders: 2, revenue: [{ currency: "GBP", minor: 5000 }] } });
    expect(j.links[0]!.rate).toBeCloseTo(25, 10);
    expect(j.links[1]).toMatchObject({ id: "l2", unique: 0, rate: null, conversions: { orders: 0, revenue: [] } });
    expect(j.codes[0]).toMatchObject({ code: "AVA15", conversions: { orders: 1, revenue: [{ currency: "USD", minor: 1000 }] } });
  });
});
