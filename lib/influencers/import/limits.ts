/**
 * Niches per influencer. The two main sort indexes carry niches so niche filters are read from the
 * index alone (prisma/schema.prisma); a B-tree entry must stay under ~2.7 kB, so the list is bounded.
 */
export const MAX_NICHES = 10;
/** Characters per niche (see {@link MAX_NICHES}). */
export const MAX_NICHE_CHARS = 40;

/** Why a niche list is refused, or null when it fits. */
export function nicheListProblem(niches: readonly string[]): string | null {
  if (niches.length > MAX_NICHES) return `Use at most ${MAX_NICHES} niches`;
  const long = niches.find((n) => n.length > MAX_NICHE_CHARS);
  return long ? `Niche "${long.slice(0, 20)}…" is longer than ${MAX_NICHE_CHARS} characters` : null;
}

/**
 * Longest text per field, shared by the form's schemas and the row check of imports (so a file can
 * never store what the form refuses). Text lands in indexed columns — the name in the search words,
 * list items in the filters GIN — whose entries must stay under PostgreSQL's ~2.7 kB per index row.
 */
export const TEXT_LIMITS = {
  displayName: 200,
  email: 254,
  location: 200,
  bio: 2_000,
  notes: 10_000,
  /** A profile link cell. */
  profileUrl: 500,
  /** One language, tag or brand. */
  listItem: 100,
  /** Languages, tags or brands per influencer. */
  listItems: 100,
  /** One hashtag (without "#"). */
  hashtag: 100,
  /** Hashtags per account. */
  hashtags: 100,
} as const;

/** "Bio is 4,000 characters long; the limit is 2,000", or null when the text fits. */
export function textTooLong(label: string, text: string, limit: number): string | null {
  if (text.length <= limit) return null;
  return `${label} is ${text.length.toLocaleString("en-US")} characters long; the limit is ${limit.toLocaleString("en-US")}`;
}
