/**
 * Who a statement names: "I'm working with ___", "___ sent me this", "thanks ___".
 *
 * A named party is the brand (case-insensitive, whole words), an @handle, or a capitalised word
 * that is not a common capitalised non-name ("I", "My", "Everyone", "Mom", …). Lower-case words
 * ("working with my team") are not a party.
 */

import type { BrandNames } from "./term-types";
import { normalizeName } from "./text-utils";

export interface Party {
  start: number;
  end: number;
  /** brand: the campaign's brand; handle: an @handle; name: some other capitalised name. */
  kind: "brand" | "handle" | "name";
}

const NOT_NAMES = new Set([
  "i",
  "im",
  "you",
  "my",
  "me",
  "we",
  "us",
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "our",
  "your",
  "his",
  "her",
  "their",
  "them",
  "him",
  "it",
  "its",
  "everyone",
  "everybody",
  "all",
  "some",
  "friends",
  "family",
  "mom",
  "mum",
  "dad",
  "god",
  "so",
  "such",
  "for",
  "to",
  "guys",
  "yall",
  "folks",
  "team",
  "again",
  "much",
  "lots",
  "heaps",
  "and",
]);

const HANDLE = /^@[\p{L}\p{N}_.]+/u;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}&'’+]*/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function brandAt(text: string, pos: number, brand: BrandNames): number {
  if (!brand.name) return -1;
  const candidate = text.slice(pos, pos + brand.name.length);
  if (candidate.toLowerCase() !== brand.name.toLowerCase()) return -1;
  const next = text[pos + brand.name.length] ?? "";
  return LETTER_OR_DIGIT.test(next) ? -1 : pos + brand.name.length;
}

/** The party named at `pos` (after "with ", "thanks to ", …), or null. */
export function partyAt(text: string, pos: number, brand: BrandNames): Party | null {
  const brandEnd = brandAt(text, pos, brand);
  if (brandEnd !== -1) return { start: pos, end: brandEnd, kind: "brand" };
  const rest = text.slice(pos);
  const handle = HANDLE.exec(rest);
  if (handle) return { start: pos, end: pos + handle[0].replace(/\.+$/, "").length, kind: "handle" };
  const word = WORD.exec(rest);
  if (!word) return null;
  const w = word[0];
  const end = pos + w.length;
  if (brand.norms.includes(normalizeName(w))) return { start: pos, end, kind: "brand" };
  const first = w[0] ?? "";
  const capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
  if (!capitalised || NOT_NAMES.has(normalizeName(w))) return null;
  return { start: pos, end, kind: "name" };
}

/**
 * The brand or @handle that ends right before `pos` (ignoring spaces): "Nike sent me…",
 * "@glossier kindly sent me…". Capitalised words don't count here ("Mom sent me this" is not a
 * disclosure). Returns null when neither is there.
 */
export function partyBefore(text: string, pos: number, brand: BrandNames): Party | null {
  const before = text.slice(0, pos).trimEnd();
  const handle = /@[\p{L}\p{N}_.]+$/u.exec(before);
  if (handle) return { start: handle.index, end: before.length, kind: "handle" };
  if (brand.name && before.toLowerCase().endsWith(brand.name.toLowerCase())) {
    const start = before.length - brand.name.length;
    if (!LETTER_OR_DIGIT.test(before[start - 1] ?? "")) return { start, end: before.length, kind: "brand" };
  }
  return null;
}
