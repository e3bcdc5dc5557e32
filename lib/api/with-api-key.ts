// Tenant gate for the public API (/api/v1/…), beside withWorkspace, workspaceAction and
// requireWorkspacePage: `Authorization: Bearer <key>` → the key, its workspace and its scopes; the
// key's creator must still be a member whose role allows the scope. Hands the handler
// { workspace, apiKey, actorId, role } and the input parsed with the operation's schemas.
//   413: a body over the operation's cap (checked first, while it streams in);
//   401: no key, a malformed, unknown, revoked or expired key, or a creator who left — one answer,
//        saying nothing about any workspace;  403: the key lacks the scope (or the creator's role
//        no longer allows it);  429: the per-key limit, with
//        Retry-After and X-RateLimit-Limit / -Remaining / -Reset (epoch seconds) on every answer.
// Cookies are never read, so a cross-site page can't make a browser call this with its session:
// the same-origin check is skipped by name (CROSS_SITE_EXEMPTIONS.bearerKey).
import type { z } from "zod";

import { touchApiKey, unsafeFindApiKeyByLookupId } from "../api-keys/keys";
import { roleAllowsScope, type ApiScope } from "../api-keys/scopes";
import { parseApiKey, secretMatches } from "../api-keys/secret";
import type { WorkspaceRef } from "../auth/membership";
import { isRole, type Role } from "../auth/permissions";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { isJsonRequest, readBody } from "../http";
import { withLogContext } from "../log";
import { hit, type RateLimitRule } from "../rate-limit";
import { parseInput } from "../validation";
import { requestHash, withIdempotency } from "./idempotency";
import { DEFAULT_MAX_BODY_BYTES, type Operation } from "./operation";
import { apiErrorResponse } from "./respond";

/** Requests per key per minute, counted in Postgres so every app server shares the count. */
export const API_RATE_LIMIT: RateLimitRule = { name: "api:key", limit: 600, windowSeconds: 60 };

export type ApiContext = {
  workspace: WorkspaceRef;
  apiKey: { id: string; scopes: ApiScope[] };
  /** The key's creator: who the audit log names for the key's writes. */
  actorId: string;
  role: Role;
};

type Input<O extends Operation> = {
  params: z.output<NonNullable<O["params"]>>;
  query: z.output<NonNullable<O["query"]>>;
  body: z.output<NonNullable<O["body"]>>;
};

const UNAUTHORIZED = "Send a valid API key: Authorization: Bearer mc_live_…";

async function authenticate(req: Request): Promise<ApiContext & { lastUsedAt: Date | null }> {
  const header = req.headers.get("authorization") ?? "";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const parts = m ? parseApiKey(m[1]!) : null;
  if (!parts) throw new AppError("UNAUTHORIZED", UNAUTHORIZED);
  const key = await unsafeFindApiKeyByLookupId(parts.lookupId);
  const now = Date.now();
  if (
    !key ||
    !secretMatches(parts.secret, key.secretHash) ||
    key.revokedAt ||
    (key.expiresAt && key.expiresAt.getTime() <= now) ||
    !key.createdById
  )
    throw new AppError("UNAUTHORIZED", UNAUTHORIZED);
  const member = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: key.workspaceId, userId: key.createdById } },
    select: { role: true },
  });
  if (!member || !isRole(member.role)) throw new AppError("UNAUTHORIZED", UNAUTHORIZED);
  return {
    workspace: key.workspace,
    apiKey: { id: key.id, scopes: key.scopes as ApiScope[] },
    actorId: key.createdById,
    role: member.role,
    lastUsedAt: key.lastUsedAt,
  };
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const k of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(k);
    out[k] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

function parseBody(req: Request, bytes: Uint8Array): unknown {
  if (!isJsonRequest(req)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON (Content-Type: application/json).");
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("BAD_REQUEST", "Send a JSON body.");
  }
}

type Handler<O extends Operation> = (input: Input<O>, ctx: ApiContext, req: Request) => Promise<Response>;
type Route<O extends Operation> = ((req: Request, routeCtx: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  operation: O;
};

/** A state-changing operation must say in its route file that it takes cross-site calls (lib/http.ts CROSS_SITE_EXEMPTIONS). */
export function withApiKey<O extends Operation>(op: O, handler: Handler<O>): Route<O>;
export function withApiKey<O extends Operation>(op: O, opts: { crossSite: "bearerKey" }, handler: Handler<O>): Route<O>;
export function withApiKey<O extends Operation>(op: O, a: Handler<O> | { crossSite: "bearerKey" }, b?: Handler<O>): Route<O> {
  const handler = typeof a === "function" ? a : b!;
  if (op.method !== "GET" && typeof a === "function")
    throw new Error(`${op.operationId}: a ${op.method} route declares { crossSite: "bearerKey" } in its own file`);
  const route = async (req: Request, routeCtx: { params: Promise<Record<string, string>> }): Promise<Response> => {
    let limitHeaders: Record<string, string> = {};
    const finish = (res: Response) => {
      for (const [k, v] of Object.entries(limitHeaders)) res.headers.set(k, v);
      return res;
    };
    try {
      // The body first, under its cap: an oversized upload is cut off at the cap before any lookup.
      const bytes = op.body
        ? await readBody(req, { maxBytes: op.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, crossSite: "bearerKey" })
        : new Uint8Array(0);
      const ctx = await authenticate(req);
      if (!env.RATE_LIMIT_DISABLED) {
        const r = await hit(API_RATE_LIMIT, ctx.apiKey.id);
        limitHeaders = {
          "X-RateLimit-Limit": String(API_RATE_LIMIT.limit),
          "X-RateLimit-Remaining": String(r.remaining),
          "X-RateLimit-Reset": String(Math.ceil(Date.now() / 1000) + r.retryAfterSeconds),
        };
        if (!r.ok)
          throw new AppError("RATE_LIMITED", `This key has made more than ${API_RATE_LIMIT.limit} requests this minute.`, {
            retryAfterSeconds: r.retryAfterSeconds,
          });
      }
      if (op.scope && !ctx.apiKey.scopes.includes(op.scope)) throw new AppError("FORBIDDEN", `This key lacks the scope ${op.scope}.`);
      if (op.scope && !roleAllowsScope(ctx.role, op.scope))
        throw new AppError("FORBIDDEN", `The role of this key's creator no longer allows ${op.scope}.`);

      const run = async () => {
        try {
          const url = new URL(req.url);
          const input = {
            params: op.params ? parseInput(op.params, await routeCtx.params) : {},
            query: op.query ? parseInput(op.query, queryObject(url)) : {},
            body: op.body ? parseInput(op.body, parseBody(req, bytes)) : undefined,
          } as Input<O>;
          const { lastUsedAt: _unused, ...handed } = ctx;
          return await withLogContext({ workspaceId: ctx.workspace.id, userId: ctx.actorId }, () => handler(input, handed, req));
        } catch (e) {
          return apiErrorResponse(e);
        }
      };
      const res =
        op.method === "POST"
          ? await withIdempotency(
              { workspaceId: ctx.workspace.id, apiKeyId: ctx.apiKey.id },
              req.headers.get("idempotency-key"),
              requestHash(req.method, req.url, bytes),
              run,
            )
          : await run();
      // "Last used" is the last request the key got an answer to (not a refusal for its input):
      // refused calls with a key write nothing at all.
      if (res.status < 400) await touchApiKey({ workspaceId: ctx.workspace.id, id: ctx.apiKey.id, lastUsedAt: ctx.lastUsedAt });
      return finish(res);
    } catch (e) {
      return finish(await apiErrorResponse(e));
    }
  };
  return Object.assign(route, { operation: op });
}
