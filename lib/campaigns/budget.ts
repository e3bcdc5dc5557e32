/**
 * Budget planner (pure): what the planned deliverables should cost at the workspace's rate card,
 * what has been agreed, and how both compare with the campaign budget.
 *
 * Money is integer minor units throughout (cents); rate-card entries are major units per deliverable
 * and are converted with toMinorUnits. Formulas:
 *   estimate.low/high = Σ over deliverables of count × rate(platform).low/high   (deliverables whose
 *                       platform has no rate, or none set, are counted in `unpriced`, not guessed)
 *   agreed            = Σ (fee + product value) over collaborations still in play — the collaboration's
 *                       cost (declined/cancelled excluded; a null fee or value counts 0; so does any
 *                       fee on a compensation type that pays none — "product" or "commission" — see
 *                       compensation.ts; the product's value comes from the signed contract)
 *   products          = Σ product value alone (part of agreed)
 *   remaining         = budget − agreed (null without a budget)
 * Status: "no_budget" without a budget; "over" when agreed > budget; "at_risk" when the high
 * estimate exceeds the budget although agreed fees fit; otherwise "ok". Zero budget with zero
 * agreed is "ok"; zero budget with any fee is "over".
 */
import { MICRO_RATE_CARD, toMinorUnits } from "../metrics";
import { compensationFee } from "./compensation";

export type RateCard = Record<string, { low: number; high: number }>;

export interface PlannedDeliverable {
  platform: string | null;
  count: number;
}

export interface PlannedCollaboration {
  id?: string;
  label?: string;
  status: string;
  /** A `CompensationType`; the fee only counts for types that pay one. */
  compensationType: string;
  feeMinor: number | null;
  /** The product's value (seeding), in the campaign's currency; null or absent = no product counted. */
  productValueMinor?: number | null;
  deliverables: PlannedDeliverable[];
}

export type BudgetStatus = "no_budget" | "ok" | "at_risk" | "over";

export interface BudgetPlan {
  currency: string;
  budgetMinor: number | null;
  estimate: { lowMinor: number; highMinor: number; unpriced: number };
  agreedMinor: number;
  /** The products' value included in agreedMinor. */
  productMinor: number;
  remainingMinor: number | null;
  status: BudgetStatus;
  /** Plain-language warnings, most serious first. */
  warnings: string[];
  lines: { id?: string; label?: string; lowMinor: number; highMinor: number; feeMinor: number; productMinor: number; unpriced: number }[];
}

const OUT_OF_PLAY = new Set(["declined", "cancelled"]);

/** The default rate card (lib/metrics MICRO_RATE_CARD, USD) merged with a workspace override. */
export function resolveRateCard(override: unknown): RateCard {
  const card: RateCard = {};
  for (const [p, r] of Object.entries(MICRO_RATE_CARD)) card[p] = { low: r.low, high: r.high };
  if (override && typeof override === "object") {
    for (const [p, r] of Object.entries(override as Record<string, unknown>)) {
      const entry = r as { low?: unknown; high?: unknown } | null;
      const low = Number(entry?.low);
      const high = Number(entry?.high);
      if (Number.isFinite(low) && Number.isFinite(high) && low >= 0 && high >= low) card[p] = { low, high };
    }
  }
  return card;
}

/** Estimated cost range of a set of deliverables; `unpriced` counts items with no rate for their platform. */
export function estimateDeliverables(deliverables: readonly PlannedDeliverable[], rateCard: RateCard, currency: string) {
  let lowMinor = 0;
  let highMinor = 0;
  let unpriced = 0;
  for (const d of deliverables) {
    const count = Math.max(0, Math.floor(d.count));
    const rate = d.platform && Object.hasOwn(rateCard, d.platform) ? rateCard[d.platform] : undefined;
    if (!rate) {
      unpriced += count;
      continue;
    }
    lowMinor += count * toMinorUnits(rate.low, currency);
    highMinor += count * toMinorUnits(rate.high, currency);
  }
  return { lowMinor, highMinor, unpriced };
}

export function planBudget(input: {
  currency: string;
  budgetMinor: number | null;
  rateCard: RateCard;
  collaborations: readonly PlannedCollaboration[];
  formatMoney?: (minor: number) => string;
}): BudgetPlan {
  const fmt = input.formatMoney ?? ((m: number) => String(m));
  const lines: BudgetPlan["lines"] = [];
  let lowMinor = 0;
  let highMinor = 0;
  let unpriced = 0;
  let agreedMinor = 0;
  let productMinor = 0;
  for (const c of input.collaborations) {
    if (OUT_OF_PLAY.has(c.status)) continue;
    const e = estimateDeliverables(c.deliverables, input.rateCard, input.currency);
    const feeMinor = Math.max(0, compensationFee(c.compensationType, c.feeMinor) ?? 0);
    lowMinor += e.lowMinor;
    highMinor += e.highMinor;
    unpriced += e.unpriced;
    const productValue = Math.max(0, c.productValueMinor ?? 0);
    agreedMinor += feeMinor + productValue;
    productMinor += productValue;
    lines.push({ id: c.id, label: c.label, ...e, feeMinor, productMinor: productValue });
  }
  const budget = input.budgetMinor;
  const remainingMinor = budget === null ? null : budget - agreedMinor;
  let status: BudgetStatus;
  const warnings: string[] = [];
  if (budget === null) {
    status = "no_budget";
    warnings.push("No budget set: add one to catch overruns before inviting anyone.");
  } else if (agreedMinor > budget) {
    status = "over";
    warnings.push(`${productMinor > 0 ? "Agreed fees and products" : "Agreed fees"} exceed the budget by ${fmt(agreedMinor - budget)}.`);
  } else if (highMinor > budget) {
    status = "at_risk";
    warnings.push(`At the top of the rate card the deliverables would cost ${fmt(highMinor)}, ${fmt(highMinor - budget)} over budget.`);
  } else {
    status = "ok";
  }
  if (unpriced > 0)
    warnings.push(
      `${unpriced} deliverable${unpriced === 1 ? " has" : "s have"} no rate-card price (no platform, or a platform without a rate).`,
    );
  return {
    currency: input.currency,
    budgetMinor: budget,
    estimate: { lowMinor, highMinor, unpriced },
    agreedMinor,
    productMinor,
    remainingMinor,
    status,
    warnings,
    lines,
  };
}

/** The plan if one more collaboration were added: used to flag an overrun before inviting. */
export function projectWith(input: Parameters<typeof planBudget>[0], extra: PlannedCollaboration): BudgetPlan {
  return planBudget({ ...input, collaborations: [...input.collaborations, extra] });
}
