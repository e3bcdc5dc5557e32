/**
 * Signed opt-out tokens: the link in every outreach email's footer and List-Unsubscribe header.
 *
 * Pure module (the secret is passed in). A token is `base64url(workspaceId) . base64url(email) .
 * base64url(HMAC-SHA256(secret, "opt-out:" + workspaceId + "\n" + email))`, with the email
 * lower-cased and trimmed first. It never expires: an unsubscribe link must keep working for as long
 * as the email sits in someone's inbox. Anyone holding the link can opt that address out of that
 * workspace, and only that — which is the point of the link.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");
const unb64 = (s: string) => Buffer.from(s, "base64url").toString("utf8");

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function mac(secret: string, workspaceId: string, email: string): Buffer {
  return createHmac("sha256", secret).update(`opt-out:${workspaceId}\n${email}`, "utf8").digest();
}

export function signOptOutToken(secret: string, workspaceId: string, email: string): string {
  const e = normalizeEmail(email);
  return `${b64(workspaceId)}.${b64(e)}.${mac(secret, workspaceId, e).toString("base64url")}`;
}

/** The workspace and email a token was made for, or null when it is malformed or its signature is wrong. */
export function verifyOptOutToken(secret: string, token: string): { workspaceId: string; email: string } | null {
  if (typeof token !== "string" || token.length > 1_000) return null;
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return null;
  const workspaceId = unb64(parts[0]!);
  const email = unb64(parts[1]!);
  if (!workspaceId || !email || email !== normalizeEmail(email)) return null;
  const given = Buffer.from(parts[2]!, "base64url");
  const expected = mac(secret, workspaceId, email);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { workspaceId, email };
}
