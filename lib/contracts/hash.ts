/**
 * The fingerprint of a frozen contract version: SHA-256 (FIPS 180-4) of a canonical serialisation.
 *
 * Pure module: a small SHA-256 in plain TypeScript rather than `node:crypto`, so the same code runs
 * in the browser (the portal can show the hash it is about to sign) and in the pure-module lint
 * boundary. Its output is checked against `node:crypto` in the unit tests.
 *
 * Canonical serialisation (`canonicalJson`): JSON with object keys sorted by UTF-16 code unit,
 * no whitespace, array order kept, `undefined` properties left out; numbers must be finite and
 * strings are JSON-escaped as `JSON.stringify` does. So the same version always gives the same hash,
 * whatever order its keys were built in, and any change to a term or a word of the text changes it.
 */
import type { RenderedSection } from "./render";
import type { ContractTerms } from "./schema";

export type CanonicalValue =
  null | boolean | number | string | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue | undefined };

export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("canonicalJson: numbers must be finite");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v: CanonicalValue) => canonicalJson(v)).join(",")}]`;
  const object = value as { readonly [key: string]: CanonicalValue | undefined };
  const keys = Object.keys(object)
    .filter((k) => object[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k] as CanonicalValue)}`).join(",")}}`;
}

/** What a frozen version is: its number, its terms and the text the parties read. */
export interface ContractVersionContent {
  version: number;
  terms: ContractTerms;
  sections: readonly RenderedSection[];
}

/** SHA-256 hex of the version's canonical JSON. */
export function contractHash(version: ContractVersionContent): string {
  return sha256Hex(
    canonicalJson({
      version: version.version,
      terms: version.terms as unknown as CanonicalValue,
      sections: version.sections.map((s) => ({ key: s.key, title: s.title, text: s.text })),
    }),
  );
}

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** SHA-256 of a string (as UTF-8) or of bytes, as 64 lower-case hex digits. */
export function sha256Hex(input: string | Uint8Array): string {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  // The length is a 64-bit big-endian bit count; split so lengths past 2^32 bits stay exact.
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  type State = [number, number, number, number, number, number, number, number];
  let h: State = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const w = new Uint32Array(64);
  // Typed-array reads are `number | undefined` under noUncheckedIndexedAccess; every index here is in range.
  const at = (array: Uint32Array, i: number) => array[i] ?? 0;
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const w15 = at(w, i - 15);
      const w2 = at(w, i - 2);
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
      w[i] = (at(w, i - 16) + s0 + at(w, i - 7) + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + at(K, i) + at(w, i)) >>> 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h = [
      (h[0] + a) >>> 0,
      (h[1] + b) >>> 0,
      (h[2] + c) >>> 0,
      (h[3] + d) >>> 0,
      (h[4] + e) >>> 0,
      (h[5] + f) >>> 0,
      (h[6] + g) >>> 0,
      (h[7] + hh) >>> 0,
    ];
  }
  return h.map((x) => x.toString(16).padStart(8, "0")).join("");
}
