// Encryption at rest for secrets the app must read back (store webhook secrets, later the metric
// connectors' tokens): AES-256-GCM with a random 96-bit IV and the 128-bit tag, under the key in
// ENCRYPTION_KEY (README "Configuration"). A sealed value names the key it was sealed with, so keys
// rotate: set the new key as ENCRYPTION_KEY and the old one in ENCRYPTION_KEYS_PREVIOUS; values
// sealed under the old key still open, and re-sealing moves them to the new one.
//
// Format: "v1.<key id>.<iv>.<ciphertext>.<tag>", parts base64url; the key id is the first 8 hex
// characters of SHA-256(key). An optional context (e.g. the connection id) is bound as additional
// authenticated data: a ciphertext copied to another row does not open there.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

import { env } from "../env";
import { AppError } from "../errors";
import { log } from "../log";

export type SecretBox = {
  seal(plaintext: string, context?: string): string;
  open(sealed: string, context?: string): string;
  /** True when `sealed` was made with a key other than the current one (re-seal it). */
  isStale(sealed: string): boolean;
};

const VERSION = "v1";

export function keyId(key: Uint8Array): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

/** 32 bytes from 64 hex characters or base64 / base64url; null for anything else. */
export function parseKey(text: string): Buffer | null {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) {
    const b = Buffer.from(t.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    return b.length === 32 ? b : null;
  }
  return null;
}

/** A box over `current` (seals and opens) and `previous` keys (open only). */
export function createSecretBox(opts: { current: Uint8Array; previous?: readonly Uint8Array[] }): SecretBox {
  const keys = new Map<string, Uint8Array>();
  for (const k of [opts.current, ...(opts.previous ?? [])]) {
    if (k.length !== 32) throw new RangeError("an encryption key must be 32 bytes");
    keys.set(keyId(k), k);
  }
  const currentId = keyId(opts.current);
  return {
    seal(plaintext, context = "") {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", opts.current, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, currentId, iv.toString("base64url"), ct.toString("base64url"), tag.toString("base64url")].join(".");
    },
    open(sealed, context = "") {
      const parts = sealed.split(".");
      if (parts.length !== 5 || parts[0] !== VERSION) throw new Error("not a sealed secret (unknown format)");
      const [, kid, iv, ct, tag] = parts as [string, string, string, string, string];
      const key = keys.get(kid);
      if (!key) throw new Error(`sealed with key ${kid}, which is neither ENCRYPTION_KEY nor in ENCRYPTION_KEYS_PREVIOUS`);
      const tagBytes = Buffer.from(tag, "base64url");
      const ivBytes = Buffer.from(iv, "base64url");
      if (tagBytes.length !== 16 || ivBytes.length !== 12) throw new Error("sealed secret is damaged");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, ivBytes, { authTagLength: 16 });
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(tagBytes);
        return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        throw new Error("sealed secret failed authentication (tampered, wrong key or wrong context)");
      }
    },
    isStale(sealed) {
      return sealed.split(".")[1] !== currentId;
    },
  };
}

// Development and tests only: a fixed, public key, so dev data stays readable across restarts.
// Anything sealed with it is as good as plaintext. In production the box refuses to work without
// ENCRYPTION_KEY (the app starts, but connecting a store says what to set).
const DEV_KEY = createHash("sha256").update("microcampaigns development encryption key (not secret)").digest();

let cached: SecretBox | undefined;

/** The installation's box, from ENCRYPTION_KEY / ENCRYPTION_KEYS_PREVIOUS. */
export function secretBox(): SecretBox {
  if (cached) return cached;
  const current = env.ENCRYPTION_KEY ? parseKey(env.ENCRYPTION_KEY) : null;
  if (!current && env.NODE_ENV === "production") {
    throw new AppError("CONFLICT", "Secrets can't be stored: this installation has no ENCRYPTION_KEY.", {
      detail: "set ENCRYPTION_KEY (openssl rand -base64 32) and restart",
    });
  }
  if (!current) log.warn("ENCRYPTION_KEY is not set: secrets are sealed with the public development key (never do this in production)");
  const previous = (env.ENCRYPTION_KEYS_PREVIOUS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseKey(s)!);
  cached = createSecretBox({ current: current ?? DEV_KEY, previous });
  return cached;
}
