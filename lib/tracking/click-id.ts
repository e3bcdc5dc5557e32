// Click ids: UUIDv7 (RFC 9562), made by the app before the click is written so the redirect can
// hand it to the destination at once. Time-ordered, so the primary-key index grows at its end.
import { randomFillSync } from "node:crypto";

// Random bytes drawn 4 KiB at a time (256 ids per call into the CSPRNG instead of one per id).
const POOL = Buffer.alloc(4096);
let used = POOL.length;

function pooledRandom(n: number): Uint8Array {
  if (used + n > POOL.length) {
    randomFillSync(POOL);
    used = 0;
  }
  const out = Buffer.from(POOL.subarray(used, used + n));
  used += n;
  return out;
}

/** A UUIDv7: 48 bits of Unix milliseconds, version 7, variant 10, 74 random bits. */
export function newClickId(now: number = Date.now(), random: (n: number) => Uint8Array = pooledRandom): string {
  const b = random(16);
  // 48-bit milliseconds without BigInt: the high 16 bits, then the low 32.
  const hi = Math.floor(now / 0x1_0000_0000);
  const lo = now >>> 0;
  b[0] = (hi >>> 8) & 0xff;
  b[1] = hi & 0xff;
  b[2] = (lo >>> 24) & 0xff;
  b[3] = (lo >>> 16) & 0xff;
  b[4] = (lo >>> 8) & 0xff;
  b[5] = lo & 0xff;
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Buffer.from(b.buffer, b.byteOffset, 16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const CLICK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
