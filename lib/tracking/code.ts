// Short codes of tracking links (`/r/<code>`): random, from an alphabet without the characters people
// misread or mistype (0/O/o, 1/l/I), drawn with crypto randomness and no modulo bias.
import { randomBytes } from "node:crypto";

/** 2–9, a–z without l and o, A–Z without I and O: 56 symbols. */
export const CODE_ALPHABET = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
/** 56^8 ≈ 9.7 × 10^13 codes: a guessed code hits one of a million links once in ~97 million tries. */
export const CODE_LENGTH = 8;
const MIN_LENGTH = 7;
const MAX_LENGTH = 32;
const WELL_FORMED = new RegExp(`^[${CODE_ALPHABET}]{${MIN_LENGTH},${MAX_LENGTH}}$`);

/** A new code of `length` symbols (≥ 7). Rejection sampling: bytes ≥ 224 (= 4 × 56) are redrawn. */
export function generateCode(length = CODE_LENGTH, random: (n: number) => Uint8Array = randomBytes): string {
  if (length < MIN_LENGTH || length > MAX_LENGTH) throw new RangeError(`code length must be ${MIN_LENGTH}–${MAX_LENGTH}`);
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let out = "";
  while (out.length < length) {
    for (const b of random(length * 2)) {
      if (b >= limit) continue;
      out += CODE_ALPHABET[b % CODE_ALPHABET.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** True for a string that could be a code: the hot path answers 404 to anything else without a lookup. */
export function isWellFormedCode(value: string): boolean {
  return WELL_FORMED.test(value);
}
