// The per-creator table of a campaign's results: its columns, its sort (from the URL's `sort` and
// `dir`, so it works without JavaScript) and its CSV export in the same order. Pure: no I/O.
import { csvCell } from "../csv";
import { fromMinorUnits } from "../metrics/money";
import type { CreatorRow } from "./campaign-types";

/** The sortable columns, in display order, with their labels. */
export const CREATOR_COLUMNS = [
  { key: "name", label: "Creator" },
  { key: "tier", label: "Tier" },
  { key: "posts", label: "Posts" },
  { key: "reach", label: "Reach" },
  { key: "err", label: "ERR" },
  { key: "ctr", label: "CTR" },
  { key: "cost", label: "Cost" },
  { key: "conversions", label: "Orders" },
  { key: "revenue", label: "Revenue" },
  { key: "roi", label: "ROI" },
] as const;

export type CreatorSortKey = (typeof CREATOR_COLUMNS)[number]["key"];
export type SortDir = "asc" | "desc";

const TIER_ORDER: Record<string, number> = { none: 0, nano: 1, micro: 2, macro: 3, mega: 4 };

/** Reads `sort` and `dir` from search params; unknown values fall back to ROI, high first. */
export function parseCreatorSort(params: { sort?: string | string[]; dir?: string | string[] }): { key: CreatorSortKey; dir: SortDir } {
  const sort = Array.isArray(params.sort) ? params.sort[0] : params.sort;
  const dir = Array.isArray(params.dir) ? params.dir[0] : params.dir;
  const key = CREATOR_COLUMNS.find((c) => c.key === sort)?.key ?? "roi";
  return { key, dir: dir === "asc" || dir === "desc" ? dir : key === "name" || key === "tier" ? "asc" : "desc" };
}

function value(r: CreatorRow, key: CreatorSortKey): number | string | null {
  switch (key) {
    case "name":
      return r.influencer.name.toLocaleLowerCase();
    case "tier":
      return TIER_ORDER[r.tier] ?? 0;
    case "posts":
      return r.posts;
    case "reach":
      return r.reach;
    case "err":
      return r.err;
    case "ctr":
      return r.ctr;
    case "cost":
      return r.cost?.minor ?? null;
    case "conversions":
      return r.conversions;
    case "revenue":
      return r.revenue?.minor ?? null;
    case "roi":
      return r.roi;
  }
}

/**
 * Rows sorted by a column. Unknown values ("—") always sort last, whatever the direction; ties keep
 * the name order, so the result is stable and the same for the page and its CSV.
 */
export function sortCreators(rows: readonly CreatorRow[], key: CreatorSortKey, dir: SortDir): CreatorRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, key);
    const vb = value(b, key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      return (va < vb ? -1 : 1) * sign;
    }
    return a.influencer.name.localeCompare(b.influencer.name) || a.collaborationId.localeCompare(b.collaborationId);
  });
}

const money = (m: { minor: number; currency: string } | null) => (m === null ? "" : String(fromMinorUnits(m.minor, m.currency)));
const num = (n: number | null, digits?: number) => (n === null ? "" : digits === undefined ? String(n) : n.toFixed(digits));

/**
 * The per-creator table as CSV (RFC 4180, formula cells neutralised): one row per collaboration;
 * unknown figures are empty cells and their reasons are in the last column, never a 0.
 */
export function creatorsCsv(rows: readonly CreatorRow[]): string {
  const headers = [
    "creator",
    "handle",
    "tier",
    "status",
    "posts",
    "reach",
    "impressions",
    "engagements",
    "err_pct",
    "clicks",
    "clicks_source",
    "ctr_pct",
    "cost",
    "cost_currency",
    "orders",
    "revenue",
    "revenue_currency",
    "roi_pct",
    "missing",
  ];
  const lines = rows.map((r) => [
    r.influencer.name,
    r.influencer.handle ?? "",
    r.tier,
    r.live,
    r.posts,
    num(r.reach),
    num(r.impressions),
    num(r.engagements),
    num(r.err, 2),
    num(r.clicks),
    r.clicksSource,
    num(r.ctr, 2),
    money(r.cost),
    r.cost?.currency ?? "",
    r.conversions,
    money(r.revenue),
    r.revenue?.currency ?? "",
    num(r.roi, 1),
    Object.entries(r.missing)
      .map(([k, v]) => `${k}: ${v}`)
      .join("; "),
  ]);
  return [headers, ...lines].map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
