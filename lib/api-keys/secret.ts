// The key's text: mc_live_<lookupId>_<secret>. The lookup id (16 hex characters, public) finds the
// row; the secret is 256 random bits in base64url of which only the SHA-256 is stored. SHA-256
// without a salt or stretching is enough for a 256-bit random secret: nothing to guess or look up.
import { randomBytes } from "node:crypto";

import { hashToken, safeEqual } from "../tokens";

export const KEY_PREFIX = "mc_live_";
const KEY_RE = /^mc_live_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function newApiKeySecret(): { key: string; lookupId: string; secretHash: string } {
  const lookupId = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { key: `${KEY_PREFIX}${lookupId}_${secret}`, lookupId, secretHash: hashToken(secret) };
}

/** The parts of a well-formed key, or null. */
export function parseApiKey(text: string): { lookupId: string; secret: string } | null {
  const m = KEY_RE.exec(text);
  return m ? { lookupId: m[1]!, secret: m[2]! } : null;
}

export function secretMatches(secret: string, secretHash: string): boolean {
  return safeEqual(hashToken(secret), secretHash);
}

/** What the settings page shows of a key: its prefix and lookup id, never the secret. */
export function displayPrefix(lookupId: string): string {
  return `${KEY_PREFIX}${lookupId}_…`;
}
