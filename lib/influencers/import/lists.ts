/**
 * List cells: "Beauty; Skincare | travel" → ["beauty", "skincare", "travel"].
 */

/**
 * Splits a cell on "," ";" "|" and line breaks, trims each part (inner runs of spaces become one)
 * and drops empty parts and duplicates, compared case-insensitively (first spelling kept, order
 * preserved). `lowercase` also lower-cases each part. Empty or null input → [].
 */
export function splitList(value: string | null | undefined, options: { lowercase: boolean }): string[] {
  if (value == null) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of value.split(/[,;|\n\r]/)) {
    const part = raw.trim().replace(/\s+/g, " ");
    const item = options.lowercase ? part.toLowerCase() : part;
    const key = item.toLowerCase();
    if (item === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/**
 * Hashtags: split on "," ";" "|" and whitespace (people paste "#ootd #fashion"), leading "#"s
 * removed, lower-cased, duplicates dropped. A part that is only "#" is dropped. Empty → [].
 */
export function parseHashtags(value: string | null | undefined): string[] {
  if (value == null) return [];
  const seen = new Set<string>();
  for (const raw of value.split(/[,;|\s]+/)) {
    const tag = raw.replace(/^[#＃]+/, "").toLowerCase();
    if (tag !== "") seen.add(tag);
  }
  return [...seen];
}
