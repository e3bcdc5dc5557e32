// Orders and revenue next to clicks (pure: no Prisma, no I/O). Joins conversionStats with the click
// performance of a campaign or a collaboration, per influencer, link and code, and defines the
// conversion rate the pages show. Revenue stays per currency: amounts in different currencies are
// never added together.
import { EMPTY_METRIC, formatMinorUnits } from "../metrics";
import type { ConversionFigures, ConversionStats, Money } from "./queries";

export const NO_CONVERSIONS: ConversionFigures = Object.freeze({ orders: 0, revenue: [] }) as ConversionFigures;

/** The attribution rule, in the words every page uses (see lib/conversions/attribution.ts). */
export const ATTRIBUTION_RULE = "A click through a tracking link wins, else a discount code, else the order is unattributed.";

export const CONVERSION_RATE_FORMULA = "orders ÷ unique visitors × 100";

/**
 * Conversion rate in percent. Formula: orders ÷ unique visitors × 100.
 * At 0 unique visitors: null (shown as "—"; never NaN or Infinity), also when there are orders
 * (an order found by its discount code alone needs no click). At 0 orders with visitors: 0.
 * Throws RangeError for a negative or non-finite input.
 */
export function conversionRate(input: { orders: number; unique: number }): number | null {
  for (const [k, v] of Object.entries(input)) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${k} must be a count ≥ 0, got ${String(v)}`);
  }
  return input.unique === 0 ? null : (input.orders / input.unique) * 100;
}

/**
 * Net revenue per currency for display, e.g. "$120.50 · €30.00" (one amount per currency, sorted
 * by currency code as conversionStats returns them). No revenue at all: "—".
 */
export function formatRevenue(revenue: readonly Money[]): string {
  if (revenue.length === 0) return EMPTY_METRIC;
  return revenue.map((m) => formatMinorUnits(m.minor, m.currency)).join(" · ");
}

function index<K extends string>(rows: readonly (ConversionFigures & Record<K, string>)[], key: K): Map<string, ConversionFigures> {
  return new Map(rows.map((r) => [r[key], { orders: r.orders, revenue: r.revenue }]));
}

type ClickRow = { clicks: { unique: number } };

/**
 * A campaign's click rows with their conversions: each influencer (by collaborationId), link (by id)
 * and code (by id) gets `conversions` (NO_CONVERSIONS when none) and `rate` (conversionRate; codes
 * have no clicks, so no rate).
 */
export function joinCampaignConversions<
  I extends ClickRow & { collaborationId: string },
  L extends ClickRow & { id: string },
  C extends { id: string },
>(perf: { byInfluencer: readonly I[]; byLink: readonly L[]; codes: readonly C[] }, stats: ConversionStats) {
  const byCollab = index(stats.byCollaboration, "collaborationId");
  const byLink = index(stats.byLink, "linkId");
  const byCode = index(stats.byCode, "discountCodeId");
  const withRate = <R extends ClickRow>(r: R, conversions: ConversionFigures) => ({
    ...r,
    conversions,
    rate: conversionRate({ orders: conversions.orders, unique: r.clicks.unique }),
  });
  return {
    byInfluencer: perf.byInfluencer.map((r) => withRate(r, byCollab.get(r.collaborationId) ?? NO_CONVERSIONS)),
    byLink: perf.byLink.map((r) => withRate(r, byLink.get(r.id) ?? NO_CONVERSIONS)),
    codes: perf.codes.map((c) => ({ ...c, conversions: byCode.get(c.id) ?? NO_CONVERSIONS })),
  };
}

/** Headline figures: orders, revenue per currency and the conversion rate over `unique` visitors. */
export function conversionHeadline(stats: ConversionFigures, unique: number) {
  return { orders: stats.orders, revenue: stats.revenue, rate: conversionRate({ orders: stats.orders, unique }) };
}

/**
 * A collaboration's links and codes with their conversions, in the order given. Links carry their
 * clicks (from the collaboration's click performance) for the rate; codes have none.
 */
export function joinCollaborationConversions<L extends { id: string }, C extends { id: string }>(
  input: { links: readonly L[]; codes: readonly C[]; linkClicks: ReadonlyMap<string, { unique: number }> },
  stats: ConversionStats,
) {
  const byLink = index(stats.byLink, "linkId");
  const byCode = index(stats.byCode, "discountCodeId");
  return {
    links: input.links.map((l) => {
      const conversions = byLink.get(l.id) ?? NO_CONVERSIONS;
      const unique = input.linkClicks.get(l.id)?.unique ?? 0;
      return { ...l, unique, conversions, rate: conversionRate({ orders: conversions.orders, unique }) };
    }),
    codes: input.codes.map((c) => ({ ...c, conversions: byCode.get(c.id) ?? NO_CONVERSIONS })),
  };
}
