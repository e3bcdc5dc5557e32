import { describe, expect, it } from "vitest";

import { estimateDeliverables, planBudget, projectWith, resolveRateCard } from "@/lib/campaigns/budget";
import { compensationFee, hasCommission, hasFee, hasProduct, normalizeCompensation } from "@/lib/campaigns/compensation";
import { compensationSchema } from "@/lib/campaigns/schemas";
import { MICRO_RATE_CARD } from "@/lib/metrics";

const card = resolveRateCard(null);

describe("resolveRateCard", () => {
  it("defaults to the seed's micro rate card", () => {
    expect(card.instagram).toEqual({ low: MICRO_RATE_CARD.instagram.low, high: MICRO_RATE_CARD.instagram.high });
    expect(card.twitch).toBeUndefined();
  });
  it("takes valid workspace overrides and ignores broken ones", () => {
    const c = resolveRateCard({
      instagram: { low: 150, high: 600 },
      twitch: { low: 50, high: 200 },
      tiktok: { low: 100, high: 20 },
      youtube: "x",
    });
    expect(c.instagram).toEqual({ low: 150, high: 600 });
    expect(c.twitch).toEqual({ low: 50, high: 200 });
    expect(c.tiktok).toEqual({ low: 25, high: 125 }); // high < low: ignored
    expect(c.youtube).toEqual({ low: 200, high: 1000 });
  });
});

describe("estimateDeliverables", () => {
  it("multiplies count by the platform's range, in minor units", () => {
    expect(
      estimateDeliverables(
        [
          { platform: "instagram", count: 2 },
          { platform: "tiktok", count: 1 },
        ],
        card,
        "USD",
      ),
    ).toEqual({ lowMinor: 22_500, highMinor: 112_500, unpriced: 0 });
  });
  it("counts deliverables without a platform or without a rate as unpriced, never guessing", () => {
    expect(
      estimateDeliverables(
        [
          { platform: null, count: 2 },
          { platform: "blog", count: 1 },
          { platform: "toString", count: 1 },
        ],
        card,
        "USD",
      ),
    ).toEqual({ lowMinor: 0, highMinor: 0, unpriced: 4 });
  });
  it("is zero for no deliverables and uses the currency's exponent", () => {
    expect(estimateDeliverables([], card, "USD")).toEqual({ lowMinor: 0, highMinor: 0, unpriced: 0 });
    expect(estimateDeliverables([{ platform: "instagram", count: 1 }], card, "JPY").lowMinor).toBe(100);
  });
});

describe("planBudget", () => {
  const base = { currency: "USD", rateCard: card };
  const collab = (feeMinor: number | null, status = "accepted", compensationType = "product_plus_cash") => ({
    status,
    compensationType,
    feeMinor,
    deliverables: [{ platform: "instagram", count: 1 }],
  });

  it("no budget → no_budget with a warning, remaining null", () => {
    const p = planBudget({ ...base, budgetMinor: null, collaborations: [collab(30_000)] });
    expect(p.status).toBe("no_budget");
    expect(p.remainingMinor).toBeNull();
    expect(p.agreedMinor).toBe(30_000);
  });
  it("ok when agreed fees and the high estimate fit", () => {
    const p = planBudget({ ...base, budgetMinor: 100_000, collaborations: [collab(30_000)] });
    expect(p.status).toBe("ok");
    expect(p.remainingMinor).toBe(70_000);
    expect(p.estimate).toEqual({ lowMinor: 10_000, highMinor: 50_000, unpriced: 0 });
  });
  it("a seeded product's value counts in the collaboration's cost (agreed), and can tip it over budget", () => {
    const withProduct = { ...collab(30_000), productValueMinor: 8_000 };
    const p = planBudget({ ...base, budgetMinor: 100_000, collaborations: [withProduct] });
    expect(p.agreedMinor).toBe(38_000);
    expect(p.productMinor).toBe(8_000);
    expect(p.remainingMinor).toBe(62_000);
    expect(p.lines[0]).toMatchObject({ feeMinor: 30_000, productMinor: 8_000 });
    const over = planBudget({ ...base, budgetMinor: 35_000, collaborations: [withProduct] });
    expect(over.status).toBe("over");
    expect(over.warnings[0]).toMatch(/^Agreed fees and products exceed the budget by 3000/);
    // Product-only deals cost their product; declined ones cost nothing; a null value counts 0.
    const productOnly = { status: "accepted", compensationType: "product", feeMinor: null, productValueMinor: 5_000, deliverables: [] };
    const declined = { ...productOnly, status: "declined" };
    const unknown = { ...productOnly, productValueMinor: null };
    expect(planBudget({ ...base, budgetMinor: null, collaborations: [productOnly, declined, unknown] }).agreedMinor).toBe(5_000);
  });
  it("at_risk when the top of the rate card exceeds the budget though fees fit", () => {
    const p = planBudget({ ...base, budgetMinor: 40_000, collaborations: [collab(30_000)] });
    expect(p.status).toBe("at_risk");
  });
  it("over when agreed fees exceed the budget; exactly equal is not over", () => {
    const feeOnly = (feeMinor: number) => ({ status: "accepted", compensationType: "cash", feeMinor, deliverables: [] });
    expect(planBudget({ ...base, budgetMinor: 50_000, collaborations: [feeOnly(30_000), feeOnly(20_000)] }).status).toBe("ok");
    const over = planBudget({
      ...base,
      budgetMinor: 50_000,
      collaborations: [collab(30_000), collab(20_001)],
      formatMoney: (m) => `$${m / 100}`,
    });
    expect(over.status).toBe("over");
    expect(over.warnings[0]).toBe("Agreed fees exceed the budget by $0.01.");
  });
  it("ignores declined and cancelled collaborations; a null fee counts 0", () => {
    const p = planBudget({
      ...base,
      budgetMinor: 10_000,
      collaborations: [
        collab(90_000, "declined"),
        collab(90_000, "cancelled"),
        { status: "invited", compensationType: "product", feeMinor: null, deliverables: [] },
      ],
    });
    expect(p.agreedMinor).toBe(0);
    expect(p.status).toBe("ok");
    expect(p.lines).toHaveLength(1);
  });
  it("zero budget: ok with nothing agreed, over with any fee", () => {
    expect(planBudget({ ...base, budgetMinor: 0, collaborations: [] }).status).toBe("ok");
    expect(planBudget({ ...base, budgetMinor: 0, collaborations: [collab(1)] }).status).toBe("over");
  });
  it("projectWith flags an overrun before the invite", () => {
    const input = { ...base, budgetMinor: 50_000, collaborations: [collab(30_000)] };
    expect(planBudget(input).status).not.toBe("over");
    expect(projectWith(input, collab(30_000, "invited")).status).toBe("over");
  });
  it("counts no fee for compensation that pays none, whatever feeMinor holds; cash and product + payment count theirs", () => {
    const p = planBudget({
      ...base,
      budgetMinor: 10_000,
      collaborations: [collab(125_000, "accepted", "product"), collab(50_000, "invited", "commission")],
    });
    expect(p.agreedMinor).toBe(0);
    expect(p.lines.map((l) => l.feeMinor)).toEqual([0, 0]);
    expect(p.remainingMinor).toBe(10_000);
    expect(p.status).not.toBe("over");
    const paid = planBudget({ ...base, budgetMinor: null, collaborations: [collab(25_000, "accepted", "cash"), collab(1_000)] });
    expect(paid.agreedMinor).toBe(26_000);
  });
  it("mentions unpriced deliverables", () => {
    const p = planBudget({
      ...base,
      budgetMinor: 50_000,
      collaborations: [{ status: "accepted", compensationType: "cash", feeMinor: 0, deliverables: [{ platform: null, count: 2 }] }],
    });
    expect(p.warnings.join(" ")).toMatch(/2 deliverables have no rate-card price/);
  });
});

describe("compensation", () => {
  it("says what each type is made of; an unknown type has nothing", () => {
    expect(
      ["cash", "product", "product_plus_cash", "commission", "other"].map((t) => [hasFee(t), hasProduct(t), hasCommission(t)]),
    ).toEqual([
      [true, false, false],
      [false, true, false],
      [true, true, false],
      [false, false, true],
      [false, false, false],
    ]);
  });
  it("compensationFee keeps the fee (null, 0, number or bigint) only for types that pay one", () => {
    expect(compensationFee("product_plus_cash", 125_000)).toBe(125_000);
    expect(compensationFee("cash", 0)).toBe(0);
    expect(compensationFee("cash", null)).toBeNull();
    expect(compensationFee("cash", 5n)).toBe(5n);
    expect(compensationFee("product", 125_000)).toBeNull();
    expect(compensationFee("product", 5n)).toBeNull();
    expect(compensationFee("commission", 1)).toBeNull();
  });
  it("normalizeCompensation drops the fields a type hides and keeps the rest", () => {
    const all = { fee: 1250, productDescription: "Serum", commissionPct: 10 };
    expect(normalizeCompensation({ compensationType: "product", ...all })).toEqual({
      compensationType: "product",
      fee: null,
      productDescription: "Serum",
      commissionPct: null,
    });
    expect(normalizeCompensation({ compensationType: "cash", ...all })).toEqual({
      compensationType: "cash",
      fee: 1250,
      productDescription: null,
      commissionPct: null,
    });
    expect(normalizeCompensation({ compensationType: "product_plus_cash", ...all })).toEqual({
      compensationType: "product_plus_cash",
      fee: 1250,
      productDescription: "Serum",
      commissionPct: null,
    });
    expect(normalizeCompensation({ compensationType: "commission", ...all })).toEqual({
      compensationType: "commission",
      fee: null,
      productDescription: null,
      commissionPct: 10,
    });
  });
  it("the input schema stores no fee for product-only, even when the client sends one", () => {
    expect(compensationSchema.parse({ compensationType: "product", fee: 1250, productDescription: "Serum" })).toEqual({
      compensationType: "product",
      fee: null,
      productDescription: "Serum",
      commissionPct: null,
    });
  });
});
