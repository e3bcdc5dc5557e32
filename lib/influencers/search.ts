/**
 * THE roster search: free text (exact word lookups through the workspace's word dictionary, typo
 * tolerant), filters, sort, keyset pagination and a total count, always inside one workspace. Used by
 * the page, the API route, exports and the benchmark. Text and filters meet in one GIN index scan;
 * each sort walks a (workspaceId, key, id, …) b-tree (followers and engagement carry the filter
 * columns, so filter-only searches are index-only walks); nullable keys (ER, risk) are read as two
 * index-ordered branches (values, then unknowns). Design and figures: README "Roster search at 1M".
 */

import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { DEFAULT_TIER_BOUNDS, type Tier } from "@/lib/metrics";
import { parseInput } from "@/lib/validation";
import type { Platform } from "@/lib/vocabulary";

import { searchInputSchema, type SearchFilters, type SearchInput, type SearchSort } from "./search-schema";

/** Counting stops here; the UI then says "10,000+". Keeps broad searches on huge rosters fast. */
export const COUNT_CAP = 10_000;
/** pg_trgm word similarity a misspelt word needs: 0.5 lets one wrong or missing letter through in a 5–6 letter word. */
export const FUZZY_THRESHOLD = 0.5;

export interface SearchRow {
  id: string;
  displayName: string;
  platforms: string[];
  followers: number;
  engagementRate: number | null;
  tier: string;
  riskScore: number | null;
  riskLevel: "low" | "medium" | "high" | null;
  riskReasons: string[];
  niches: string[];
  country: string | null;
  tags: string[];
  createdAt: Date;
  accounts: { platform: Platform; handle: string; followers: number }[];
}

export interface SearchResult {
  rows: SearchRow[];
  total: number;
  /** True when total is {@link COUNT_CAP} and there are more. */
  totalIsLowerBound: boolean;
  nextCursor: string | null;
  sort: SearchSort;
  /** Query words that matched nothing as written and were matched by similar spelling. */
  fuzzyWords: string[];
}

/** Position after the last row: its sort value and id. */
type Cursor = { v: number | string | null; id: string };

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}
function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    if (typeof c.id !== "string" || !["number", "string", "object"].includes(typeof c.v)) throw new Error("shape");
    return c;
  } catch {
    throw new AppError("BAD_REQUEST", "This page link is no longer valid. Start from the first page.");
  }
}

/** Words of the query; each must match (substring, or similar enough for a typo). */
export function queryWords(q: string | undefined): string[] {
  return (q ?? "")
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[@]+/, ""))
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Splits text into search words exactly as the database's `search_words()` does
 * (prisma/post-migrate/search.sql): at every ASCII character that is not a letter.
 */
const SEARCH_WORD_SEPARATOR = /[\x01-\x40\x5b-\x60\x7b-\x7f]+/;

/**
 * A query word as searched.
 * - `words`: each group lists the roster words one part of the query word can be (any of them); all
 *   groups must match. Exact posting-list lookups on "searchWords". With `substring`, the whole query
 *   word must also appear as written (it spans a separator, e.g. "olivia.hill77").
 * - `substring`: ILIKE on the search text (trigram index): short words, or words with too many
 *   roster words containing them.
 * - `none`: nothing in the roster can match.
 * `fuzzy`: matched by similar spelling, not as written.
 */
type ResolvedWord =
  | { kind: "words"; word: string; fuzzy: boolean; groups: string[][]; substring: boolean }
  | { kind: "substring"; word: string; fuzzy: false }
  | { kind: "none"; word: string; fuzzy: boolean };

/** Follower range of a tier: the stored tier is classifyTier(followers) with the default bounds (denormalise.ts). */
function tierFollowerRange(tiers: readonly Tier[]): { min: number; max: number | null } {
  const b = DEFAULT_TIER_BOUNDS;
  const ranges: Record<Tier, [number, number | null]> = {
    none: [0, b.nano],
    nano: [b.nano, b.micro],
    micro: [b.micro, b.macro],
    macro: [b.macro, b.mega],
    mega: [b.mega, null],
  };
  const picked = tiers.map((t) => ranges[t]);
  return {
    min: Math.min(...picked.map(([lo]) => lo)),
    max: picked.some(([, hi]) => hi === null) ? null : Math.max(...picked.map(([, hi]) => hi ?? 0)),
  };
}

/**
 * An equality filter on a low-cardinality column (tier, risk): index-usable (the filters GIN)
 * for one value, a plain row filter for several — a GIN OR over huge posting lists costs more than
 * checking the rows the other conditions already found. (`|| ''` keeps the planner off the index.)
 */
function scalarIn(col: Prisma.Sql, values: readonly string[], type: Prisma.Sql): Prisma.Sql {
  return values.length === 1 ? Prisma.sql`${col} = ${values[0]}::${type}` : Prisma.sql`((${col})::text || '') = ANY(${values}::text[])`;
}

/** Every group has a word of the profile's. */
const wordGroups = (groups: string[][]) =>
  Prisma.join(
    groups.map((g) => Prisma.sql`i."searchWords" && ${g}::text[]`),
    " AND ",
  );

function whereClause(workspaceId: string, words: ResolvedWord[], f: SearchFilters, sort: SearchSort): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`i."workspaceId" = ${workspaceId}`];
  for (const w of words) {
    // "searchWords" lookups use the filters GIN (exact, no recheck); ILIKE the trigram index.
    if (w.kind === "words") {
      parts.push(wordGroups(w.groups));
      if (w.substring) parts.push(Prisma.sql`i."searchText" ILIKE ${like(w.word)}`);
    } else if (w.kind === "substring") parts.push(Prisma.sql`i."searchText" ILIKE ${like(w.word)}`);
    else parts.push(Prisma.sql`FALSE`);
  }
  if (f.platforms?.length) parts.push(Prisma.sql`i.platforms && ${f.platforms}::"SocialPlatform"[]`);
  if (f.tiers?.length) {
    parts.push(scalarIn(Prisma.sql`i.tier`, f.tiers, Prisma.sql`text`));
    if (sort === "followers") {
      // The implied follower range lets the followers walk start at the tier instead of reading past bigger ones.
      const { min, max } = tierFollowerRange(f.tiers);
      parts.push(Prisma.sql`i.followers >= ${min}`);
      if (max !== null) parts.push(Prisma.sql`i.followers < ${max}`);
    }
  }
  if (f.followersMin !== undefined) parts.push(Prisma.sql`i.followers >= ${f.followersMin}`);
  if (f.followersMax !== undefined) parts.push(Prisma.sql`i.followers <= ${f.followersMax}`);
  if (f.erMin !== undefined) parts.push(Prisma.sql`i."engagementRate" >= ${f.erMin}`);
  if (f.erMax !== undefined) parts.push(Prisma.sql`i."engagementRate" <= ${f.erMax}`);
  if (f.niches?.length) parts.push(Prisma.sql`i.niches && ${f.niches}::text[]`);
  // Country is an array-of-one key of the filters GIN, so several countries are one index key.
  if (f.countries?.length) parts.push(Prisma.sql`ARRAY[i.country] && ${f.countries}::text[]`);
  if (f.languages?.length) parts.push(Prisma.sql`i.languages && ${f.languages}::text[]`);
  if (f.tags?.length) parts.push(Prisma.sql`i.tags && ${f.tags}::text[]`);
  // "listIds" mirrors ListMember (triggers in prisma/post-migrate/search.sql): one GIN posting list
  // per list instead of a ListMember probe per candidate. A list id is only ever on this workspace's
  // rows, and the workspaceId condition above still scopes the read.
  if (f.listIds?.length === 1) parts.push(Prisma.sql`i."listIds" @> ARRAY[${f.listIds[0]}]::text[]`);
  else if (f.listIds?.length) parts.push(Prisma.sql`i."listIds" && ${f.listIds}::text[]`);
  if (f.risk?.length) {
    const levels = f.risk.filter((r) => r !== "unknown");
    const unknown = f.risk.includes("unknown");
    const known = levels.length ? scalarIn(Prisma.sql`i."riskLevel"`, levels, Prisma.sql`"RiskLevel"`) : Prisma.sql`FALSE`;
    parts.push(Prisma.sql`(${known} ${unknown ? Prisma.sql`OR i."riskLevel" IS NULL` : Prisma.empty})`);
  }
  if (f.brand) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(i."brandsWorkedWith") b WHERE lower(b) = lower(${f.brand}))`);
  return Prisma.join(parts, " AND ");
}

type RawRow = Omit<SearchRow, "accounts">;

const COLUMNS = Prisma.sql`o.id, o."displayName", o.platforms::text[] AS platforms, o.followers, o."engagementRate", o.tier,
  o."riskScore", o."riskLevel"::text AS "riskLevel", o."riskReasons", o.niches, o.country, o.tags, o."createdAt"`;

/**
 * The page query for one sort, with its keyset condition. The matches are ordered and cut as narrow
 * (id, sort key) rows; only the page's rows are then read whole — building every column (arrays, enum
 * casts) of thousands of matches just to sort them costs more than finding them.
 */
function pageQuery(workspaceId: string, where: Prisma.Sql, sort: SearchSort, cursor: Cursor | null, take: number): Prisma.Sql {
  const from = Prisma.sql`FROM "Influencer" i WHERE ${where}`;
  const page = (keys: Prisma.Sql, order: Prisma.Sql) =>
    Prisma.sql`SELECT ${COLUMNS} FROM (${keys}) t JOIN "Influencer" o ON o."workspaceId" = ${workspaceId} AND o.id = t.id ORDER BY ${order}`;
  switch (sort) {
    case "followers":
    case "recent": {
      const col = sort === "followers" ? Prisma.sql`i.followers` : Prisma.sql`i."createdAt"`;
      const v = cursor ? (sort === "followers" ? Number(cursor.v) : new Date(String(cursor.v))) : null;
      const after = cursor ? Prisma.sql`AND ${col} <= ${v} AND (${col} < ${v} OR i.id > ${cursor.id})` : Prisma.empty;
      return page(
        Prisma.sql`SELECT i.id, ${col} AS k ${from} ${after} ORDER BY ${col} DESC, i.id LIMIT ${take}`,
        Prisma.sql`t.k DESC, t.id`,
      );
    }
    case "engagement":
    case "risk": {
      // Known values in index order, then unknowns (null) by id — two index scans, no sort.
      const col = sort === "engagement" ? Prisma.sql`i."engagementRate"` : Prisma.sql`i."riskScore"`;
      const dir = sort === "engagement" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
      const order = Prisma.sql`t.k ${dir} NULLS LAST, t.id`;
      const inNulls = cursor !== null && cursor.v === null;
      const v = cursor?.v === null || cursor === null ? null : Number(cursor.v);
      const known =
        v === null
          ? Prisma.empty
          : sort === "engagement"
            ? Prisma.sql`AND ${col} <= ${v} AND (${col} < ${v} OR i.id > ${cursor!.id})`
            : Prisma.sql`AND ${col} >= ${v} AND (${col} > ${v} OR i.id > ${cursor!.id})`;
      const nullsAfter = inNulls ? Prisma.sql`AND i.id > ${cursor!.id}` : Prisma.empty;
      const nullBranch = Prisma.sql`(SELECT i.id, ${col} AS k ${from} AND ${col} IS NULL ${nullsAfter} ORDER BY i.id LIMIT ${take})`;
      if (inNulls) return page(nullBranch, order);
      return page(
        Prisma.sql`SELECT * FROM ((SELECT i.id, ${col} AS k ${from} AND ${col} IS NOT NULL ${known} ORDER BY ${col} ${dir}, i.id LIMIT ${take})
          UNION ALL ${nullBranch}) u LIMIT ${take}`,
        order,
      );
    }
  }
}

function cursorValue(row: RawRow, sort: SearchSort): Cursor["v"] {
  switch (sort) {
    case "followers":
      return row.followers;
    case "recent":
      return row.createdAt.toISOString();
    case "engagement":
      return row.engagementRate;
    case "risk":
      return row.riskScore;
  }
}

/** A parsed search with its query words resolved: what the page and the count share. */
export interface PreparedSearch {
  workspaceId: string;
  where: Prisma.Sql;
  sort: SearchSort;
  cursor: Cursor | null;
  limit: number;
  words: ResolvedWord[];
}

export type SearchPage = Omit<SearchResult, "total" | "totalIsLowerBound">;
export type SearchCount = Pick<SearchResult, "total" | "totalIsLowerBound">;

/**
 * Validates a search and resolves its words against the workspace's word dictionary. Throws AppError
 * BAD_REQUEST for invalid input or a malformed cursor (a cursor from another workspace only positions
 * the read: rows still come from this workspace).
 */
export async function prepareSearch(input: SearchInput & { workspaceId: string }): Promise<PreparedSearch> {
  const parsed = parseInput(searchInputSchema, input);
  const words = await resolveWords(input.workspaceId, queryWords(parsed.q));
  const sort: SearchSort = parsed.sort ?? "followers";
  return {
    workspaceId: input.workspaceId,
    where: whereClause(input.workspaceId, words, parsed.filters, sort),
    sort,
    cursor: decodeCursor(parsed.cursor),
    limit: parsed.limit,
    words,
  };
}

/** One page of results (keyset), with each row's accounts. */
export async function searchPage(p: PreparedSearch): Promise<SearchPage> {
  const raw = await db.$queryRaw<RawRow[]>(pageQuery(p.workspaceId, p.where, p.sort, p.cursor, p.limit + 1));
  const page = raw.slice(0, p.limit);
  const last = page.at(-1);
  const nextCursor = raw.length > p.limit && last ? encodeCursor({ v: cursorValue(last, p.sort), id: last.id }) : null;
  const accounts = page.length
    ? await db.socialAccount.findMany({
        where: { workspaceId: p.workspaceId, influencerId: { in: page.map((r) => r.id) } },
        select: { influencerId: true, platform: true, handle: true, followers: true },
        orderBy: { followers: "desc" },
      })
    : [];
  return {
    rows: page.map((row) => ({
      ...row,
      followers: Number(row.followers),
      accounts: accounts.filter((a) => a.influencerId === row.id).map(({ influencerId: _i, ...a }) => a),
    })),
    nextCursor,
    sort: p.sort,
    fuzzyWords: p.words.filter((w) => w.fuzzy).map((w) => w.word),
  };
}

/**
 * The number of matches, exact up to {@link COUNT_CAP}. Separate from the page because on a large
 * roster it is the slower half (it has to find every match, the page only the first few): the roster
 * page shows the rows first and streams the total in when it is ready.
 */
export async function countMatches(p: PreparedSearch): Promise<SearchCount> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>(
    Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "Influencer" i WHERE ${p.where} LIMIT ${COUNT_CAP + 1}) c`,
  );
  const total = Number(row?.n ?? 0);
  return { total: Math.min(total, COUNT_CAP), totalIsLowerBound: total > COUNT_CAP };
}

/**
 * Searches a workspace's roster: a page and the total, in parallel. Default sort: most followers.
 * Throws AppError BAD_REQUEST for invalid input or a malformed cursor.
 */
export async function searchInfluencers(input: SearchInput & { workspaceId: string }): Promise<SearchResult> {
  const prepared = await prepareSearch(input);
  const [page, count] = await Promise.all([searchPage(prepared), countMatches(prepared)]);
  return { ...page, ...count };
}

/** Real words a typo is expanded to, closest first. */
export const MAX_SIMILAR = 12;
/**
 * At most this many roster words may contain a query word for it to be searched as those words;
 * beyond, it is searched as a substring of the search text (the trigram index).
 */
export const MAX_EXPANSION = 100;

/**
 * Resolves each query word against the workspace's word dictionary ("InfluencerSearchWord": every
 * word of 3+ characters in its profiles, prisma/post-migrate/search.sql):
 * - A word without separators, 3+ characters: the dictionary words that contain it ("veg" → vegan,
 *   veggie) are searched as exact words — the same profiles as a substring search, since a
 *   separator-free substring always lies inside one word. None contain it and it has 4+ characters
 *   (a typo, usually): its {@link MAX_SIMILAR} most similar words by pg_trgm word similarity ≥
 *   {@link FUZZY_THRESHOLD} ("jesica" → jessica, "bakng" → baking).
 * - A word with separators ("olivia.hill77", "#vegan"): its 3+ character parts as above, and the
 *   whole word as written when some profile has it; otherwise (a mistyped handle) profiles with all
 *   its parts, or the parts' similar spellings, as similar matches.
 * - Shorter words, or words contained in more than {@link MAX_EXPANSION} roster words: substring.
 * The dictionary never forgets a word, so a word whose profiles were all deleted only costs an
 * alternative that matches nothing.
 */
async function resolveWords(workspaceId: string, words: string[]): Promise<ResolvedWord[]> {
  return Promise.all(words.map((word) => resolveWord(workspaceId, word)));
}

async function resolveWord(workspaceId: string, word: string): Promise<ResolvedWord> {
  const parts = word.split(SEARCH_WORD_SEPARATOR).filter((p) => p.length >= 3);
  if (parts.length === 0) return { kind: "substring", word, fuzzy: false };
  const groups = await Promise.all(parts.map((part) => wordsContaining(workspaceId, part)));
  if (groups.some((g) => g.length > MAX_EXPANSION)) return { kind: "substring", word, fuzzy: false };
  const single = !SEARCH_WORD_SEPARATOR.test(word);
  if (groups.every((g) => g.length > 0)) {
    if (single) return { kind: "words", word, fuzzy: false, groups, substring: false };
    const hit = await db.$queryRaw<unknown[]>`SELECT 1 FROM "Influencer" i WHERE i."workspaceId" = ${workspaceId}
      AND ${wordGroups(groups)} AND i."searchText" ILIKE ${like(word)} LIMIT 1`;
    return { kind: "words", word, fuzzy: hit.length === 0, groups, substring: hit.length > 0 };
  }
  const fixed = await Promise.all(
    parts.map((part, k) => (groups[k]!.length > 0 ? groups[k]! : part.length >= 4 ? similarWords(workspaceId, part) : [])),
  );
  if (fixed.some((g) => g.length === 0)) return { kind: "none", word, fuzzy: parts.some((p) => p.length >= 4) };
  return { kind: "words", word, fuzzy: true, groups: fixed, substring: false };
}

/** Dictionary words containing `part` (3+ characters; trigram index), at most MAX_EXPANSION + 1. */
async function wordsContaining(workspaceId: string, part: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ word: string }[]>`SELECT d.word FROM "InfluencerSearchWord" d
    WHERE d."workspaceId" = ${workspaceId} AND d.word LIKE ${like(part)} ORDER BY d.word LIMIT ${MAX_EXPANSION + 1}`;
  return rows.map((r) => r.word);
}

/** Dictionary words spelt like `part`: pg_trgm word similarity ≥ FUZZY_THRESHOLD, closest first. */
async function similarWords(workspaceId: string, part: string): Promise<string[]> {
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`,
    db.$queryRaw<
      { word: string }[]
    >`SELECT d.word FROM "InfluencerSearchWord" d WHERE d."workspaceId" = ${workspaceId} AND ${part} <% d.word
      ORDER BY word_similarity(${part}, d.word) DESC, d.word LIMIT ${MAX_SIMILAR}`,
  ]);
  return rows.map((r) => r.word);
}
