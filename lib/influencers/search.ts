/**
 * THE roster search: free text (pg_trgm, typo-tolerant), filters, sort, keyset pagination and a
 * total count, always inside one workspace. Used by the page, the API route, exports and the
 * benchmark. Each sort walks a (workspaceId, key, id) b-tree index; nullable keys (ER, risk) are
 * read as two index-ordered branches (values, then unknowns) so the planner never sorts the roster.
 */

import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { DEFAULT_TIER_BOUNDS, type Tier } from "@/lib/metrics";
import { parseInput } from "@/lib/validation";

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
  accounts: { platform: string; handle: string; followers: number }[];
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

/** A query word as searched: as written, or (a typo) as the roster's words spelt like it. */
type ResolvedWord = { word: string; fuzzy: boolean; similar?: string[] };

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
 * An equality filter on a low-cardinality column (tier, risk, country): index-usable (the filters GIN)
 * for one value, a plain row filter for several — a GIN OR over huge posting lists costs more than
 * checking the rows the other conditions already found. (`|| ''` keeps the planner off the index.)
 */
function scalarIn(col: Prisma.Sql, values: readonly string[], type: Prisma.Sql): Prisma.Sql {
  return values.length === 1 ? Prisma.sql`${col} = ${values[0]}::${type}` : Prisma.sql`((${col})::text || '') = ANY(${values}::text[])`;
}

function whereClause(workspaceId: string, words: ResolvedWord[], f: SearchFilters, sort: SearchSort): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`i."workspaceId" = ${workspaceId}`];
  for (const { word, fuzzy, similar } of words) {
    // All use the GIN trigram index: ILIKE for substrings; a typo as its similar roster words, or
    // (a word with digits or punctuation, not in the dictionary) `<%` word similarity ≥ FUZZY_THRESHOLD.
    if (!fuzzy) parts.push(Prisma.sql`i."searchText" ILIKE ${like(word)}`);
    else if (!similar) parts.push(Prisma.sql`${word} <% i."searchText"`);
    else if (similar.length === 0) parts.push(Prisma.sql`FALSE`);
    else
      parts.push(
        Prisma.sql`(${Prisma.join(
          similar.map((w) => Prisma.sql`i."searchText" ILIKE ${like(w)}`),
          " OR ",
        )})`,
      );
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
  if (f.countries?.length) parts.push(scalarIn(Prisma.sql`i.country`, f.countries, Prisma.sql`text`));
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

const COLUMNS = Prisma.sql`i.id, i."displayName", i.platforms::text[] AS platforms, i.followers, i."engagementRate", i.tier,
  i."riskScore", i."riskLevel"::text AS "riskLevel", i."riskReasons", i.niches, i.country, i.tags, i."createdAt"`;

type RawRow = Omit<SearchRow, "accounts">;

/** The page query for one sort, with its keyset condition. */
function pageQuery(where: Prisma.Sql, sort: SearchSort, cursor: Cursor | null, take: number): Prisma.Sql {
  const from = Prisma.sql`FROM "Influencer" i WHERE ${where}`;
  switch (sort) {
    case "followers":
    case "recent": {
      const col = sort === "followers" ? Prisma.sql`i.followers` : Prisma.sql`i."createdAt"`;
      const v = cursor ? (sort === "followers" ? Number(cursor.v) : new Date(String(cursor.v))) : null;
      const after = cursor ? Prisma.sql`AND ${col} <= ${v} AND (${col} < ${v} OR i.id > ${cursor.id})` : Prisma.empty;
      return Prisma.sql`SELECT ${COLUMNS} ${from} ${after} ORDER BY ${col} DESC, i.id LIMIT ${take}`;
    }
    case "engagement":
    case "risk": {
      // Known values in index order, then unknowns (null) by id — two index scans, no sort.
      const col = sort === "engagement" ? Prisma.sql`i."engagementRate"` : Prisma.sql`i."riskScore"`;
      const dir = sort === "engagement" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
      const inNulls = cursor !== null && cursor.v === null;
      const v = cursor?.v === null || cursor === null ? null : Number(cursor.v);
      const known =
        v === null
          ? Prisma.empty
          : sort === "engagement"
            ? Prisma.sql`AND ${col} <= ${v} AND (${col} < ${v} OR i.id > ${cursor!.id})`
            : Prisma.sql`AND ${col} >= ${v} AND (${col} > ${v} OR i.id > ${cursor!.id})`;
      const nullsAfter = inNulls ? Prisma.sql`AND i.id > ${cursor!.id}` : Prisma.empty;
      const nullBranch = Prisma.sql`(SELECT ${COLUMNS} ${from} AND ${col} IS NULL ${nullsAfter} ORDER BY i.id LIMIT ${take})`;
      if (inNulls) return nullBranch;
      return Prisma.sql`SELECT * FROM ((SELECT ${COLUMNS} ${from} AND ${col} IS NOT NULL ${known} ORDER BY ${col} ${dir}, i.id LIMIT ${take})
        UNION ALL ${nullBranch}) t LIMIT ${take}`;
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

/**
 * Searches a workspace's roster. Default sort: best match with a query, else most followers.
 * `total` counts matches up to {@link COUNT_CAP}. Throws AppError BAD_REQUEST for invalid input
 * or a malformed cursor (a cursor from another workspace only positions the read: rows still
 * come from this workspace).
 */
export async function searchInfluencers(input: SearchInput & { workspaceId: string }): Promise<SearchResult> {
  const parsed = parseInput(searchInputSchema, input);
  const words = await resolveWords(input.workspaceId, queryWords(parsed.q));
  const sort: SearchSort = parsed.sort ?? "followers";
  const cursor = decodeCursor(parsed.cursor);
  const where = whereClause(input.workspaceId, words, parsed.filters, sort);
  const take = parsed.limit + 1;

  const pageSql = db.$queryRaw<RawRow[]>(pageQuery(where, sort, cursor, take));
  const countSql = db.$queryRaw<{ n: bigint }[]>(
    Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "Influencer" i WHERE ${where} LIMIT ${COUNT_CAP + 1}) c`,
  );
  const [raw, counted] = words.some((w) => w.fuzzy && !w.similar)
    ? // The similarity threshold is a setting: set it for this transaction only.
      await db
        .$transaction([
          db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`,
          pageSql,
          countSql,
        ])
        .then(([, page, n]) => [page, n] as const)
    : await Promise.all([pageSql, countSql]);
  const page = raw.slice(0, parsed.limit);
  const last = page.at(-1);
  const nextCursor = raw.length > parsed.limit && last ? encodeCursor({ v: cursorValue(last, sort), id: last.id }) : null;

  const accounts = page.length
    ? await db.socialAccount.findMany({
        where: { workspaceId: input.workspaceId, influencerId: { in: page.map((r) => r.id) } },
        select: { influencerId: true, platform: true, handle: true, followers: true },
        orderBy: { followers: "desc" },
      })
    : [];
  const total = Number(counted[0]?.n ?? 0);
  return {
    rows: page.map((row) => ({
      ...row,
      followers: Number(row.followers),
      accounts: accounts.filter((a) => a.influencerId === row.id).map(({ influencerId: _i, ...a }) => a),
    })),
    total: Math.min(total, COUNT_CAP),
    totalIsLowerBound: total > COUNT_CAP,
    nextCursor,
    sort,
    fuzzyWords: words.filter((w) => w.fuzzy).map((w) => w.word),
  };
}

/** Real words a typo is expanded to, closest first. */
export const MAX_SIMILAR = 12;

/**
 * Typo tolerance without paying for it on every search: a word that appears as written somewhere in
 * the roster is matched as a substring; a word that appears nowhere (a typo, usually) is matched by
 * similar spelling instead (pg_trgm word similarity ≥ {@link FUZZY_THRESHOLD}: "jesica" finds "jessica",
 * "bakng" finds "baking"). A typo made of letters is looked up in the workspace's word dictionary
 * ("InfluencerSearchWord", prisma/post-migrate/search.sql) and replaced by its {@link MAX_SIMILAR}
 * closest real words, which the substring index then finds fast; other words fall back to `<%`.
 */
async function resolveWords(workspaceId: string, words: string[]): Promise<ResolvedWord[]> {
  return Promise.all(
    words.map(async (word): Promise<ResolvedWord> => {
      if (word.length < 4) return { word, fuzzy: false };
      const lettersOnly = /^\p{L}+$/u.test(word);
      // "Does it appear as written?" A letters-only word is looked up in the small word dictionary
      // (every letters-only word of the roster): probing the roster itself for a word that isn't there
      // rechecks every row that merely shares its trigrams, which is the slow case at 1M profiles.
      // The dictionary never forgets words, so a word whose profiles were all deleted still counts as
      // written (it then simply matches nothing).
      const hit = lettersOnly
        ? await db.$queryRaw<
            unknown[]
          >`SELECT 1 FROM "InfluencerSearchWord" d WHERE d."workspaceId" = ${workspaceId} AND d.word LIKE ${like(word)} LIMIT 1`
        : await db.$queryRaw<
            unknown[]
          >`SELECT 1 FROM "Influencer" i WHERE i."workspaceId" = ${workspaceId} AND i."searchText" ILIKE ${like(word)} LIMIT 1`;
      if (hit.length > 0) return { word, fuzzy: false };
      if (!lettersOnly) return { word, fuzzy: true };
      const [, similar] = await db.$transaction([
        db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`,
        db.$queryRaw<
          { word: string }[]
        >`SELECT d.word FROM "InfluencerSearchWord" d WHERE d."workspaceId" = ${workspaceId} AND ${word} <% d.word
          ORDER BY word_similarity(${word}, d.word) DESC, d.word LIMIT ${MAX_SIMILAR}`,
      ]);
      return { word, fuzzy: true, similar: similar.map((r) => r.word) };
    }),
  );
}
