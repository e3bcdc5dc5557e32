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

/** Longest search text, in characters. */
export const MAX_QUERY_CHARS = 200;

export const searchInputSchema = z.object({
  q: z.string().trim().max(MAX_QUERY_CHARS).optional(),
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

/** Readable names of the URL parameters, for "ignored" notices. */
const PARAM_NAMES: Record<string, string> = {
  platform: "platform",
  tier: "tier",
  niche: "niche",
  country: "country",
  lang: "language",
  tag: "tag",
  list: "list",
  risk: "risk",
  fmin: "minimum followers",
  fmax: "maximum followers",
  ermin: "minimum engagement rate",
  ermax: "maximum engagement rate",
  brand: "brand",
  sort: "sort",
  cursor: "page position",
};

function getAll(source: ParamSource, key: string): string[] {
  const raw = source instanceof URLSearchParams ? source.getAll(key) : ([] as string[]).concat(source[key] ?? []);
  return (
    raw
      // Control characters (a NUL is refused by PostgreSQL) are never part of a search.
      .map((v) => v.replace(/[\u0000-\u001f\u007f]/g, " "))
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean)
  );
}

const shown = (value: string) => `"${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;

export interface ReadSearch {
  search: z.output<typeof searchInputSchema>;
  /** What was left out, in words ("the search text (over 200 characters)", 'platform "snapchat"'); empty when nothing. */
  ignored: string[];
}

/**
 * Reads q, filters, sort and cursor from URL parameters. Lists may repeat a parameter or use commas
 * (`?platform=instagram,tiktok`). Invalid or over-long values are left out, never an error, and
 * named in `ignored` so the page can say so: a hand-edited link still shows results.
 */
export function readSearchParams(source: ParamSource): ReadSearch {
  const ignored: string[] = [];
  const raw: Record<string, unknown> = {};
  const keyOf: Record<string, string> = {};
  for (const [field, key] of Object.entries(LIST_PARAMS)) {
    const values = getAll(source, key);
    if (values.length > 0) raw[field] = values;
    keyOf[field] = key;
  }
  for (const [field, key] of Object.entries(SCALAR_PARAMS)) {
    const [value] = getAll(source, key);
    if (value !== undefined) raw[field] = value;
    keyOf[field] = key;
  }
  const filters: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    const schema = searchFiltersSchema.shape[field as keyof SearchFilters];
    const name = PARAM_NAMES[keyOf[field] ?? ""] ?? field;
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) filters[field] = parsed.data;
    else if (Array.isArray(value)) {
      const kept = value.filter((v) => schema.safeParse([v]).success);
      for (const v of value.filter((x) => !kept.includes(x))) ignored.push(`${name} ${shown(String(v))}`);
      const list = schema.safeParse(kept.slice(0, 50));
      if (kept.length > 50) ignored.push(`${name}: more than 50 values`);
      if (kept.length > 0 && list.success) filters[field] = list.data;
    } else ignored.push(`${name} ${shown(String(value))}`);
  }
  let q: string | undefined = getAll(source, "q").join(" ") || undefined;
  if (q && q.length > MAX_QUERY_CHARS) {
    ignored.push(`the search text (over ${MAX_QUERY_CHARS} characters)`);
    q = undefined;
  }
  const sortParam = getAll(source, "sort")[0];
  const sort = SORTS.find((s) => s === sortParam);
  if (sortParam && !sort) ignored.push(`${PARAM_NAMES.sort} ${shown(sortParam)}`);
  let cursor = getAll(source, "cursor")[0];
  if (cursor && cursor.length > 500) {
    ignored.push(PARAM_NAMES.cursor ?? "cursor");
    cursor = undefined;
  }
  const parsed = searchInputSchema.safeParse({ q, filters, sort, cursor });
  if (parsed.success) return { search: parsed.data, ignored };
  return { search: searchInputSchema.parse({}), ignored: [...ignored, "the whole search"] };
}

/** {@link readSearchParams} without the notices (saved searches, the benchmark). */
export function searchFromParams(source: ParamSource): z.output<typeof searchInputSchema> {
  return readSearchParams(source).search;
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
