/**
 * The roster search's sort orders and risk filters with their labels, and the active-filter count:
 * what the filter bar shows. Kept apart from ./search-schema.ts (the zod parser of the URL form) so
 * that the browser doesn't download zod and the importer for a list of labels.
 */
import type { SearchFilters } from "./search-schema";

export const SORTS = ["followers", "engagement", "risk", "recent"] as const;
export type SearchSort = (typeof SORTS)[number];
export const SORT_LABELS: Record<SearchSort, string> = {
  followers: "Most followers",
  engagement: "Highest engagement",
  risk: "Lowest risk",
  recent: "Recently added",
};

export const RISK_FILTERS = ["low", "medium", "high", "unknown"] as const;
export type RiskFilter = (typeof RISK_FILTERS)[number];

/** Number of filters set (for "Filters (3)"). */
export function activeFilterCount(filters: SearchFilters): number {
  return Object.values(filters).filter((v) => v !== undefined && (!Array.isArray(v) || v.length > 0)).length;
}
