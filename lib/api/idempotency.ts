// Idempotency-Key on the public API's POSTs (README "Public API"): the first request with a key is
// answered and its response stored with a hash of the request; the same key with the same request
// gets the stored response again, with another request 422; a key whose request is still running
// gets 409. Keys are per API key and workspace and count for 24 hours. A server error is not
// stored, so the client may retry it with the same key.
import { createHash } from "node:crypto";

import { db } from "../db";
import { AppError } from "../errors";

export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
const KEY_RE = /^[\x21-\x7e]{1,255}$/;

export function requestHash(method: string, url: string, body: Uint8Array): string {
  const u = new URL(url);
  return createHash("sha256").update(`${method.toUpperCase()} ${u.pathname}${u.search}\n`).update(body).digest("hex");
}

type Scope = { workspaceId: string; apiKeyId: string };

/**
 * Runs `run` once per (API key, Idempotency-Key). Without the header `run` just runs.
 */
export async function withIdempotency(
  scope: Scope,
  header: string | null,
  hash: string,
  run: () => Promise<Response>,
  now = new Date(),
): Promise<Response> {
  if (header === null) return run();
  const key = header.trim();
  if (!KEY_RE.test(key)) throw new AppError("BAD_REQUEST", "Idempotency-Key must be 1–255 visible ASCII characters.");
  const where = { workspaceId_apiKeyId_key: { ...scope, key } };
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_TTL_MS);
  // An expired key is forgotten; then claim the key (one row, so two racing requests can't both run).
  await db.apiIdempotencyKey.deleteMany({ where: { ...scope, key, createdAt: { lt: cutoff } } });
  const claimed = await db.apiIdempotencyKey.createMany({
    data: [{ ...scope, key, requestHash: hash, createdAt: now }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) {
    const row = await db.apiIdempotencyKey.findUnique({
      where,
      select: { requestHash: true, status: true, responseBody: true, contentType: true },
    });
    if (!row) throw new AppError("CONFLICT", "A request with this Idempotency-Key is in progress. Retry shortly.");
    if (row.requestHash !== hash)
      throw new AppError("UNPROCESSABLE", "This Idempotency-Key was used with a different request. Use a new key for a new request.");
    if (row.status === null) throw new AppError("CONFLICT", "A request with this Idempotency-Key is in progress. Retry shortly.");
    return new Response(row.responseBody, {
      status: row.status,
      headers: { "content-type": row.contentType ?? "application/json; charset=utf-8", "Idempotent-Replayed": "true" },
    });
  }
  let res: Response;
  try {
    res = await run();
  } catch (e) {
    await db.apiIdempotencyKey.deleteMany({ where: { ...scope, key } });
    throw e;
  }
  if (res.status >= 500) {
    await db.apiIdempotencyKey.deleteMany({ where: { ...scope, key } });
    return res;
  }
  const text = await res.text();
  await db.apiIdempotencyKey.update({
    where,
    data: { status: res.status, responseBody: text, contentType: res.headers.get("content-type") },
  });
  return new Response(text, { status: res.status, headers: res.headers });
}
