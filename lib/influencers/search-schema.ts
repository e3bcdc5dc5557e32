/**
 * Roster search input: filters, sort and cursor, and their URL form (shareable links, the back
 * button, saved searches). Pure: shared by the page, the API route and the benchmark.
 */

import { z } from "zod";

import { TIERS } from "@/lib/metrics";
import { PLATFORMS } from "@/lib/vocabulary";

import { RISK_FILTERS, SORTS, type SearchSort } from "./search-options";

export { activeFilterCount, RISK_FILTERS, SORT_LABELS, SORTS, type RiskFilter, type SearchSort } from "./search-options";

const list = <T extends z.ZodType>(item: T) => z.array(item).max(50).optional();
const shortText = z.string().trim().min(1).max(80);
const count = z.coerce.number().int().min(0).max(10_000_000_000).optional();
const rate = z.coerce.number().min(0).max(100).optional();

export const searchFiltersSchema = z.object({
  platforms: list(z.enum(PLATFORMS)),
  tiers: list(z.enum(TIERS)),
  followersMin: count,
  followersMax: count,
  erMin: rate,
  erMax: rate,
  niches: list(shortText.toLowerCase()),
  countries: list(z.string().trim().toUpperCase().length(2)),
  languages: list(shortText.toLowerCase()),
  tags: list(shortText.toLowerCase()),
  listIds: list(z.string().min(1).max(40)),
  risk: list(z.enum(RISK_FILTERS)),
  brand: shortText.optional(),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchInputSchema = z.object({
  q: z.string().trim().max(200).optional(),
  filters: searchFiltersSchema.default({}),
  sort: z.enum(SORTS).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SearchInput = z.input<typeof searchInputSchema>;

/** URL parameter names: short, readable in a shared link. */
const LIST_PARAMS = {
  platforms: "platform",
  tiers: "tier",
  niches: "niche",
  countries: "country",
  languages: "lang",
  tags: "tag",
  listIds: "list",
  risk: "risk",
} as const;
const SCALAR_PARAMS = { followersMin: "fmin", followersMax: "fmax", erMin: "ermin", erMax: "ermax", brand: "brand" } as const;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function getAll(source: ParamSource, key: string): string[] {
  const raw = source instanceof URLSearchParams ? source.getAll(key) : ([] as string[]).concat(source[key] ?? []);
  return raw
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Reads q, filters, sort and cursor from URL parameters. Lists may repeat a parameter or use commas
 * (`?platform=instagram,tiktok`). Invalid values are dropped, never an error: a hand-edited link
 * still shows results.
 */
export function searchFromParams(source: ParamSource): z.output<typeof searchInputSchema> {
  const raw: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(LIST_PARAMS)) {
    const values = getAll(source, key);
    if (values.length > 0) raw[field] = values;
  }
  for (const [field, key] of Object.entries(SCALAR_PARAMS)) {
    const [value] = getAll(source, key);
    if (value !== undefined) raw[field] = value;
  }
  const filters: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    const schema = searchFiltersSchema.shape[field as keyof SearchFilters];
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) filters[field] = parsed.data;
    else if (Array.isArray(value)) {
      const kept = value.filter((v) => schema.safeParse([v]).success);
      if (kept.length > 0) filters[field] = schema.parse(kept);
    }
  }
  const q = getAll(source, "q").join(" ");
  const sort = SORTS.find((s) => s === getAll(source, "sort")[0]);
  const cursor = getAll(source, "cursor")[0];
  return searchInputSchema.parse({ q: q || undefined, filters, sort, cursor });
}

/** The URL query string for a search (without "?"); empty values left out, stable order. */
export function searchToParams(input: { q?: string; filters?: SearchFilters; sort?: SearchSort; cursor?: string }): string {
  const params = new URLSearchParams();
  if (input.q?.trim()) params.set("q", input.q.trim());
  const filters = input.filters ?? {};
  for (const [field, key] of Object.entries(LIST_PARAMS)) {
    const values = filters[field as keyof typeof LIST_PARAMS];
    if (values && values.length > 0) params.set(key, values.join(","));
  }
  for (const [field, key] of Object.entries(SCALAR_PARAMS)) {
    const value = filters[field as keyof typeof SCALAR_PARAMS];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (input.sort) params.set("sort", input.sort);
  if (input.cursor) params.set("cursor", input.cursor);
  return params.toString();
}
