/**
 * Hashtag extraction and the "buried in a sea of hashtags" rule (FTC "Disclosures 101"; a seed guide no-no).
 *
 * A hashtag is `#` followed by letters, digits, marks or `_`, containing at least one letter
 * (`#1` is not a tag), not preceded by a letter/digit/`&`/`/` (so `&#39;` and `site.com/#ad` are
 * not tags) — except that `#nike#ad` is two tags, as the platforms render it.
 */

import type { Span } from "./types";

export interface Hashtag extends Span {
  /** The tag without `#`, as written. */
  body: string;
}

/** How many *other* hashtags in the same cluster make a disclosure tag buried. */
export const BURIED_MIN_OTHER_TAGS = 3;

const HASHTAG = /(?<=^|[^\p{L}\p{N}\p{M}_&/]|#[\p{L}\p{N}\p{M}_]+)#([\p{L}\p{N}\p{M}_]+)/gu;
const HAS_LETTER = /\p{L}/u;
/** What may sit between two tags of one cluster: whitespace (newlines too) and light separators. */
const CLUSTER_GAP = /^[\s,.·•|]*$/u;

/** All hashtags in `text`, in order. Empty text → []. */
export function findHashtags(text: string): Hashtag[] {
  const tags: Hashtag[] = [];
  for (const m of text.matchAll(HASHTAG)) {
    const body = m[1] ?? "";
    if (!HAS_LETTER.test(body)) continue;
    tags.push({ start: m.index, end: m.index + m[0].length, body });
  }
  return tags;
}

/**
 * Groups tags into clusters: consecutive tags separated only by whitespace, commas, dots,
 * bullets or pipes. A lone tag is a cluster of one.
 */
export function hashtagClusters(text: string, tags: Hashtag[] = findHashtags(text)): Hashtag[][] {
  const clusters: Hashtag[][] = [];
  let current: Hashtag[] = [];
  for (const tag of tags) {
    const prev = current[current.length - 1];
    if (prev && CLUSTER_GAP.test(text.slice(prev.end, tag.start))) {
      current.push(tag);
    } else {
      if (current.length) clusters.push(current);
      current = [tag];
    }
  }
  if (current.length) clusters.push(current);
  return clusters;
}

/**
 * For each hashtag start index, how many other tags share its cluster. Build once per text,
 * then look tags up by `start`.
 */
export function clusterSizes(text: string): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const cluster of hashtagClusters(text)) for (const t of cluster) sizes.set(t.start, cluster.length - 1);
  return sizes;
}

/**
 * How many other hashtags bury the tag at `span`: the number of other tags in its cluster when
 * that is at least `minOthers` (default 3), else 0. Exception: a tag that is the very first thing
 * in the text (only whitespace before it) is what the reader sees first, so it is never buried.
 * A span that is not a hashtag → 0. Pass `sizes` from clusterSizes to avoid re-scanning.
 */
export function buriedAmong(text: string, span: Span, sizes = clusterSizes(text), minOthers = BURIED_MIN_OTHER_TAGS): number {
  if (text.slice(0, span.start).trim() === "") return 0;
  const others = sizes.get(span.start) ?? 0;
  return others >= minOthers ? others : 0;
}
