// Unique visitors without keeping an IP address: visitorHash = SHA-256(salt, IP, user agent), where
// the salt is HMAC-SHA256(secret, "visitor-salt:" + the UTC date). The salt changes at 00:00 UTC, so
// one person is one visitor per day and hashes of two days can't be linked; the secret never leaves
// the server, so a hash can't be reversed by trying every IPv4 address.
import { createHash, createHmac } from "node:crypto";

/** The salt of the UTC day that contains `at`. */
export function dailySalt(secret: string, at: Date): string {
  return createHmac("sha256", secret)
    .update(`visitor-salt:${at.toISOString().slice(0, 10)}`)
    .digest("hex");
}

/** 64 hex characters; the same for the same IP and user agent within one UTC day. */
export function visitorHash(input: { ip: string; userAgent: string; salt: string }): string {
  return createHash("sha256").update(`${input.salt}\n${input.ip}\n${input.userAgent}`).digest("hex");
}

/** dailySalt with a one-day memo: the hot path hashes the secret once a day, not per click. */
export function saltCache(secret: () => string): (at: Date) => string {
  let day = "";
  let salt = "";
  return (at) => {
    const d = at.toISOString().slice(0, 10);
    if (d !== day) {
      salt = dailySalt(secret(), at);
      day = d;
    }
    return salt;
  };
}
