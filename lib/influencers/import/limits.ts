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
