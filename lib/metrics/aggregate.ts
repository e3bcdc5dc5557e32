/**
 * Campaign-level totals and rates over many posts. Every rate is a ratio of the sums
 * (Σ clicks ÷ Σ impressions), never an average of per-post rates: a post with 10 impressions
 * must not weigh as much as one with 1,000,000.
 */

import { cpa, cpc, cpe, cpm, roas, roi } from "./costs";
import { ctr } from "./ctr";
import { engagementRateByImpressions, engagementRateByReach } from "./engagement";
import { nonNegativeOrNull, type Maybe } from "./validate";

const FIELDS = ["likes", "comments", "saves", "shares", "reach", "impressions", "clicks", "conversions", "cost", "revenue"] as const;

type Field = (typeof FIELDS)[number];

/**
 * One post's figures. Every field is optional: a missing (undefined) or null field contributes 0
 * to the totals. That is a decision, not a truth — a post whose reach is unknown but whose likes
 * are known will raise the campaign ERR — so callers should pass complete rows where they can.
 * Money (cost, revenue) is in currency units, all rows in one currency.
 */
export type MetricRow = { readonly [K in Field]?: Maybe<number> };

/** Sums over all rows. `engagements` = likes + comments + saves + shares. */
export interface MetricTotals {
  readonly likes: number;
  readonly comments: number;
  readonly saves: number;
  readonly shares: number;
  readonly engagements: number;
  readonly reach: number;
  readonly impressions: number;
  readonly clicks: number;
  readonly conversions: number;
  readonly cost: number;
  readonly revenue: number;
}

/** Rates computed from {@link MetricTotals}; each null when its denominator total is 0. */
export interface AggregateRates {
  /** (Σlikes + Σcomments + Σsaves) ÷ Σreach × 100 */
  readonly engagementRateByReach: number | null;
  /** Σengagements ÷ Σimpressions × 100 */
  readonly engagementRateByImpressions: number | null;
  /** Σclicks ÷ Σimpressions × 100 */
  readonly ctr: number | null;
  /** Σcost ÷ Σimpressions × 1,000 */
  readonly cpm: number | null;
  /** Σcost ÷ Σengagements */
  readonly cpe: number | null;
  /** Σcost ÷ Σclicks */
  readonly cpc: number | null;
  /** Σcost ÷ Σconversions */
  readonly cpa: number | null;
  /** (Σrevenue − Σcost) ÷ Σcost × 100 */
  readonly roi: number | null;
  /** Σrevenue ÷ Σcost */
  readonly roas: number | null;
}

/** What {@link aggregateMetrics} returns: row count, column totals, and rates from the totals. */
export interface AggregateMetrics {
  /** Number of rows aggregated. */
  readonly posts: number;
  readonly totals: MetricTotals;
  readonly rates: AggregateRates;
}

/**
 * Totals and rates over many posts.
 * Formula: each total is Σ over rows (missing/null = 0); each rate is the single-post formula applied
 * to the totals — ERR = (Σlikes + Σcomments + Σsaves) ÷ Σreach × 100; engagement by impressions =
 * Σ(likes + comments + saves + shares) ÷ Σimpressions × 100; CTR = Σclicks ÷ Σimpressions × 100;
 * CPM = Σcost ÷ Σimpressions × 1,000; CPE = Σcost ÷ Σengagements; CPC = Σcost ÷ Σclicks;
 * CPA = Σcost ÷ Σconversions; ROI = (Σrevenue − Σcost) ÷ Σcost × 100; ROAS = Σrevenue ÷ Σcost.
 * Σreach counts a person once per post that reached them; it is not unique reach.
 * At [] (no rows): posts 0, every total 0, every rate null. A rate whose denominator total is 0:
 * null. A single row: exactly that row's own rates.
 * Order-independent to the last bit: each column is summed in ascending order (with compensated
 * summation), so shuffling the rows cannot change any result.
 * Throws RangeError naming `rows[i].field` for a negative or non-finite value, and naming the
 * total if a sum overflows.
 */
export function aggregateMetrics(rows: readonly MetricRow[]): AggregateMetrics {
  if (!Array.isArray(rows)) throw new RangeError("rows must be an array");
  const columns = Object.fromEntries(FIELDS.map((f) => [f, [] as number[]])) as Record<Field, number[]>;
  rows.forEach((row, i) => {
    if (typeof row !== "object" || row === null) throw new RangeError(`rows[${i}] must be an object`);
    for (const field of FIELDS) {
      const value = nonNegativeOrNull(`rows[${i}].${field}`, row[field]);
      if (value !== null) columns[field].push(value);
    }
  });
  const sum = (field: Field): number => canonicalSum(`total ${field}`, columns[field]);

  const likes = sum("likes");
  const comments = sum("comments");
  const saves = sum("saves");
  const shares = sum("shares");
  const engagements = canonicalSum("total engagements", [likes, comments, saves, shares]);
  const totals: MetricTotals = {
    likes,
    comments,
    saves,
    shares,
    engagements,
    reach: sum("reach"),
    impressions: sum("impressions"),
    clicks: sum("clicks"),
    conversions: sum("conversions"),
    cost: sum("cost"),
    revenue: sum("revenue"),
  };
  const t = totals;
  return {
    posts: rows.length,
    totals,
    rates: {
      engagementRateByReach: engagementRateByReach({ likes, comments, saves, reach: t.reach }),
      engagementRateByImpressions: engagementRateByImpressions({ engagements, impressions: t.impressions }),
      ctr: ctr({ clicks: t.clicks, impressions: t.impressions }),
      cpm: cpm({ cost: t.cost, impressions: t.impressions }),
      cpe: cpe({ cost: t.cost, engagements }),
      cpc: cpc({ cost: t.cost, clicks: t.clicks }),
      cpa: cpa({ cost: t.cost, conversions: t.conversions }),
      roi: roi({ revenue: t.revenue, cost: t.cost }),
      roas: roas({ revenue: t.revenue, cost: t.cost }),
    },
  };
}

/**
 * Σ values, independent of their order: sorts a copy ascending, then adds with Neumaier's
 * compensated summation. At []: 0. Throws RangeError naming `label` if the sum overflows.
 */
function canonicalSum(label: string, values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  let total = 0;
  let compensation = 0;
  for (const value of sorted) {
    const next = total + value;
    compensation += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
    total = next;
  }
  const result = total + compensation;
  if (!Number.isFinite(result)) throw new RangeError(`${label} is too large to represent`);
  return result === 0 ? 0 : result;
}
