import { describe, expect, it } from "vitest";

import { limitMessage, planForPrice, PLANS, planThatLifts, withinLimit, type PlanPrices } from "@/lib/billing/plans";
import { effectiveBilling, graceEndsAt } from "@/lib/billing/state";
import { parseEnv } from "@/lib/env";

const prices: PlanPrices = { pro: { monthly: "price_pm", yearly: "price_py" }, agency: { monthly: "price_am" } };
const DAY = 86_400_000;

describe("plan resolution from a subscription's price", () => {
  it("maps monthly and yearly prices to their plan", () => {
    expect(planForPrice("price_pm", prices)).toBe("pro");
    expect(planForPrice("price_py", prices)).toBe("pro");
    expect(planForPrice("price_am", prices)).toBe("agency");
  });
  it("gives null for an unknown, empty or missing price (and never matches an unset yearly price)", () => {
    expect(planForPrice("price_other", prices)).toBeNull();
    expect(planForPrice("", prices)).toBeNull();
    expect(planForPrice(null, prices)).toBeNull();
    expect(planForPrice(undefined, prices)).toBeNull();
  });
});

describe("limit checks", () => {
  it("withinLimit: at the limit is allowed, one over is not, null is unlimited", () => {
    expect(withinLimit(1, 0, 1)).toBe(true);
    expect(withinLimit(1, 1, 1)).toBe(false);
    expect(withinLimit(1, 3, 0)).toBe(false);
    expect(withinLimit(50, 10, 40)).toBe(true);
    expect(withinLimit(50, 10, 41)).toBe(false);
    expect(withinLimit(null, 1_000_000, 1_000)).toBe(true);
  });
  it("planThatLifts: the cheapest plan above the current one that fits, or null", () => {
    expect(planThatLifts("campaigns.active", 2, "free")).toBe("pro");
    expect(planThatLifts("campaigns.active", 11, "free")).toBe("agency");
    expect(planThatLifts("campaigns.active", 11, "pro")).toBe("agency");
    expect(planThatLifts("seats", 26, "free")).toBeNull();
    expect(planThatLifts("influencers", 10, "agency")).toBeNull();
  });
  it("the message names the limit, the usage and the plan that lifts it", () => {
    expect(limitMessage({ kind: "campaigns.active", plan: "free", usage: 1, adding: 1 })).toBe(
      "The Free plan allows 1 active campaign and this workspace has 1. Upgrade to Pro (10 active campaigns) for more.",
    );
    expect(limitMessage({ kind: "influencers", plan: "free", usage: 40, adding: 3000 })).toBe(
      "The Free plan allows 50 influencers in the roster and this workspace has 40 (this would add 3,000). Upgrade to Agency (20,000 influencers in the roster) for more.",
    );
    expect(limitMessage({ kind: "campaigns.active", plan: "pro", usage: 10, adding: 1 })).toContain(
      "Upgrade to Agency (unlimited active campaigns)",
    );
    expect(limitMessage({ kind: "seats", plan: "agency", usage: 25, adding: 1 })).toContain("That is the most any plan allows.");
  });
  it("every plan states every limit, and no plan allows less than the one below it", () => {
    for (const kind of Object.keys(PLANS.free.limits) as (keyof typeof PLANS.free.limits)[]) {
      const [f, p, a] = [PLANS.free, PLANS.pro, PLANS.agency].map((x) => x.limits[kind] ?? Infinity);
      expect(f).toBeLessThanOrEqual(p!);
      expect(p).toBeLessThanOrEqual(a!);
    }
  });
});

describe("grace period and effective plan", () => {
  const start = new Date("2026-03-01T00:00:00Z");
  it("graceEndsAt: start + days; 0 days ends at the start", () => {
    expect(graceEndsAt(start, 7).toISOString()).toBe("2026-03-08T00:00:00.000Z");
    expect(graceEndsAt(start, 0).toISOString()).toBe(start.toISOString());
  });
  it("past_due keeps the plan until the grace ends (exclusive), then read-only", () => {
    const r = { plan: "pro" as const, status: "past_due", periodStart: start };
    expect(effectiveBilling(r, new Date(start.getTime() + 7 * DAY - 1), 7)).toEqual({
      limitsPlan: "pro",
      readOnly: false,
      graceEndsAt: new Date(start.getTime() + 7 * DAY),
    });
    expect(effectiveBilling(r, new Date(start.getTime() + 7 * DAY), 7)).toEqual({ limitsPlan: "pro", readOnly: true, graceEndsAt: null });
    expect(effectiveBilling(r, start, 0).readOnly).toBe(true);
  });
  it("past_due without a known period start counts the grace from now", () => {
    const now = new Date("2026-04-01T00:00:00Z");
    expect(effectiveBilling({ plan: "pro", status: "past_due", periodStart: null }, now, 7).graceEndsAt?.toISOString()).toBe(
      "2026-04-08T00:00:00.000Z",
    );
  });
  it("active and trialing get the plan; unpaid is read-only; canceled, none and the rest fall back to Free", () => {
    const at = (status: string) => effectiveBilling({ plan: "agency", status, periodStart: start }, start, 7);
    expect(at("active")).toEqual({ limitsPlan: "agency", readOnly: false, graceEndsAt: null });
    expect(at("trialing").limitsPlan).toBe("agency");
    expect(at("unpaid")).toEqual({ limitsPlan: "agency", readOnly: true, graceEndsAt: null });
    for (const s of ["canceled", "none", "incomplete", "incomplete_expired", "paused", "something_new"]) {
      expect(at(s)).toEqual({ limitsPlan: "free", readOnly: false, graceEndsAt: null });
    }
    expect(effectiveBilling(null, start, 7).limitsPlan).toBe("free");
  });
});

describe("the billing switch in lib/env.ts", () => {
  it("unset: billing off, valid", () => {
    expect(parseEnv({}).STRIPE_SECRET_KEY).toBeUndefined();
  });
  it("a secret key without the rest names every missing variable", () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_x" })).toThrow(
      /STRIPE_WEBHOOK_SECRET: is required with STRIPE_SECRET_KEY[\s\S]*STRIPE_PRICE_PRO_MONTHLY[\s\S]*STRIPE_PRICE_AGENCY_MONTHLY/,
    );
  });
  it("Stripe settings without the key are refused, naming the key", () => {
    expect(() => parseEnv({ STRIPE_PRICE_PRO_MONTHLY: "price_x" })).toThrow(
      /STRIPE_PRICE_PRO_MONTHLY: is set but STRIPE_SECRET_KEY is not/,
    );
  });
  it("the full set parses, with the grace and trial defaults", () => {
    const e = parseEnv({
      STRIPE_SECRET_KEY: "sk_test_x",
      STRIPE_WEBHOOK_SECRET: "whsec_x",
      STRIPE_PRICE_PRO_MONTHLY: "price_a",
      STRIPE_PRICE_AGENCY_MONTHLY: "price_b",
      STRIPE_API_URL: "http://127.0.0.1:12111",
    });
    expect(e.BILLING_GRACE_DAYS).toBe(7);
    expect(e.STRIPE_TRIAL_DAYS).toBe(0);
    expect(() =>
      parseEnv({
        STRIPE_SECRET_KEY: "sk",
        STRIPE_WEBHOOK_SECRET: "w",
        STRIPE_PRICE_PRO_MONTHLY: "a",
        STRIPE_PRICE_AGENCY_MONTHLY: "b",
        STRIPE_API_URL: "ftp://x/y",
      }),
    ).toThrow(/STRIPE_API_URL/);
  });
});
