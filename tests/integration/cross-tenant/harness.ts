// THE cross-tenant harness. Every route handler, workspace server action and workspace page is one
// row of data in tests/integration/cross-tenant/cases/<domain>.ts; the runner
// <domain>.integration.test.ts calls `runCrossTenantCases(cases)`. The row's key names the file and
// export the harness imports and calls, so a key can't say one thing and test another:
//   route("app/api/w/[workspaceSlug]/imports/[importId]/route.ts GET", (t) => ({ params: { importId: t.importId } })),
//   action("app/(app)/actions/lists.ts#renameListAction", (t) => ({ listId: t.listId, name: "Renamed" })),
//   page("app/(app)/w/[workspaceSlug]/campaigns/[campaignId]/page.tsx", (t) => ({ params: { campaignId: t.campaignId } })),
// The function gets the tenant whose ids to send (`ids`) and the acting tenant (`own`). Variants of
// one export take a suffix: "…#addInfluencersAction (list)".
//
// Two tenants, A and B, each with a row in every workspace table (tests/fixtures/tenant.ts), are built
// once per file. Acting as A's owner, every row gets:
//   - B's slug (with B's ids)       → 404 / NOT_FOUND, no leak of B, whole-tenant snapshots of A AND B unchanged;
//   - A's slug with B's ids         → 404 / NOT_FOUND (or, `needsIds: "OK_WITHOUT_LEAK"`, a read that
//                                     answers A's rows only), no leak, both unchanged. Runs whenever the
//                                     input carries any of B's ids — detected, not declared;
//   - signed out                    → 401 / UNAUTHORIZED (pages: redirect to /sign-in), no leak, both unchanged;
//   - a slug nobody owns            → 404 / NOT_FOUND, the same answer as B's slug;
//   - control: a fresh tenant's own slug and ids → ok / 2xx / renders, and no secret of B in the
//     answer (pages: the element tree, async server components rendered, client props serialised).
//     A fresh tenant per control, so a control that deletes or renames can't disturb another row.
// A snapshot is every row of every table with a workspaceId column (found in information_schema, so
// a new table is covered without touching this file), the workspace row and its members' users.
// coverage.integration.test.ts fails on any route, action or page that has no row here and no
// reason in exemptions.ts.
import { isValidElement, type ReactElement } from "react";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { createApiKey, createApiKeySchema, revokeApiKey } from "@/lib/api-keys/keys";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import type { ActionResult } from "@/lib/auth/workspace-action";
import { db } from "@/lib/db";

import { createTenant, tenantIds, tenantSecrets, type Tenant } from "../../fixtures/tenant";
import { actAs } from "../session-double";

export type { Tenant };

/** Builds the input from the tenant whose ids to send (`ids`) and the tenant acting (`own`). */
type From<T> = (ids: Tenant, own: Tenant) => T;
/** What "A's slug with B's ids" must give. NOT_FOUND (the default) for ids that name a record to act
 *  on or show; OK_WITHOUT_LEAK for ids that only filter or position a read (a list filter, a cursor). */
export type ForeignIds = "NOT_FOUND" | "OK_WITHOUT_LEAK";
type Common = { key: string; needsIds?: ForeignIds };

export type RouteRequest = {
  /** Values for the route's dynamic segments other than workspaceSlug. */
  params?: Record<string, string>;
  /** "?a=b" appended to the URL. */
  query?: string;
  init?: RequestInit;
};
/** `auth: "apiKey"`: a public-API route (app/api/v1), called with a tenant's API key instead of a session (runApiKeyCase). */
export type RouteCase = Common & { kind: "route"; request: From<RouteRequest>; auth?: "apiKey" };
export type ActionCase = Common & { kind: "action"; input: From<unknown> };
export type PageCase = Common & {
  kind: "page";
  props: From<{ params?: Record<string, string>; searchParams?: Record<string, string> }>;
};
export type CrossTenantCase = RouteCase | ActionCase | PageCase;

/** A route handler: "<route file> <METHOD>", e.g. "app/api/w/[workspaceSlug]/members/route.ts GET". */
export function route(key: string, request: From<RouteRequest> = () => ({}), opts: { needsIds?: ForeignIds } = {}): RouteCase {
  return { kind: "route", key, request, ...opts };
}
/** A public-API route: "<route file> <METHOD>", called with `Authorization: Bearer <the acting tenant's key>`. */
export function apiRoute(key: string, request: From<RouteRequest> = () => ({}), opts: { needsIds?: ForeignIds } = {}): RouteCase {
  return { kind: "route", key, request, auth: "apiKey", ...opts };
}
/** A workspace server action called as `fn(slug, input)`: "<actions file>#<export>". */
export function action(key: string, input: From<unknown> = () => ({}), opts: { needsIds?: ForeignIds } = {}): ActionCase {
  return { kind: "action", key, input, ...opts };
}
/** A page's default export called with `{ params, searchParams }`: "<page file>". */
export function page(key: string, props: PageCase["props"] = () => ({}), opts: { needsIds?: ForeignIds } = {}): PageCase {
  return { kind: "page", key, props, ...opts };
}

/** The file and export a key names ("… (variant)" suffix dropped). */
export function parseKey(key: string): { file: string; name: string } {
  const bare = key.replace(/ \([^)]*\)$/, "");
  const hash = bare.indexOf("#");
  if (hash >= 0) return { file: bare.slice(0, hash), name: bare.slice(hash + 1) };
  const m = /^(\S+\/route\.tsx?) ([A-Z]+)$/.exec(bare);
  if (m) return { file: m[1]!, name: m[2]! };
  return { file: bare, name: "default" };
}

// ---------- one outcome for routes, actions and pages ----------

export type Outcome = { ok: boolean; status: number; code: string; text: string; location?: string };

async function fromResponse(res: Response): Promise<Outcome> {
  const text = await res.text();
  let code = res.ok ? "OK" : `HTTP_${res.status}`;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } } | null)?.error?.code ?? code;
  } catch {
    /* CSV, HTML or empty */
  }
  return { ok: res.ok, status: res.status, code, text };
}

/** Next's notFound() / redirect() are thrown errors with a digest; anything else is a real failure. */
function fromControlFlow(e: unknown): Outcome {
  const digest = (e as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") throw e;
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { ok: false, status: 404, code: "NOT_FOUND", text: "" };
  if (digest.startsWith("NEXT_REDIRECT;")) {
    const [, , location, status] = digest.split(";");
    return { ok: false, status: Number(status), code: "REDIRECT", text: "", location };
  }
  throw e;
}

const modules = new Map<string, Promise<Record<string, unknown>>>();
async function loadExport(key: string): Promise<(...args: never[]) => Promise<unknown>> {
  const { file, name } = parseKey(key);
  if (!modules.has(file)) modules.set(file, import(/* @vite-ignore */ `@/${file}`) as Promise<Record<string, unknown>>);
  const fn = (await modules.get(file)!)[name];
  if (typeof fn !== "function") throw new Error(`${key}: ${file} exports no function ${name}`);
  return fn as (...args: never[]) => Promise<unknown>;
}

/** The URL a route file answers: groups dropped, [segments] filled in. */
function routeUrl(file: string, slug: string, req: RouteRequest): string {
  const p = file
    .replace(/^app/, "")
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\/route\.tsx?$/, "")
    .replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, seg: string) => (seg === "workspaceSlug" ? slug : (req.params?.[seg] ?? `[${seg}]`)));
  return `http://test${p}${req.query ?? ""}`;
}

/** Renders a page's element tree enough to inspect it: async (server) components are awaited, every
 *  other element is kept with its props — what a client component receives is what the browser gets. */
async function renderTree(node: unknown, seen = new WeakSet<object>()): Promise<unknown> {
  if (node === null || node === undefined || typeof node === "boolean") return null;
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (typeof node === "function" || typeof node === "symbol") return null;
  if (node instanceof Date) return node.toISOString();
  if (node instanceof Promise) return renderTree(await node, seen);
  if (typeof node !== "object" || seen.has(node)) return null;
  seen.add(node);
  if (Array.isArray(node)) return Promise.all(node.map((n) => renderTree(n, seen)));
  if (isValidElement(node)) {
    const el = node as ReactElement<Record<string, unknown>>;
    if (typeof el.type === "function" && el.type.constructor.name === "AsyncFunction")
      return renderTree(await (el.type as (p: unknown) => Promise<unknown>)(el.props), seen);
    const type = typeof el.type === "string" ? el.type : ((el.type as { name?: string })?.name ?? "component");
    return { type, props: await renderTree({ ...el.props }, seen) };
  }
  if (node instanceof Map || node instanceof Set) return renderTree([...node], seen);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = await renderTree(v, seen);
  return out;
}

/** Calls the case on `slug` with `ids`' record ids, acting tenant `own`. */
export async function callCase(c: CrossTenantCase, slug: string, ids: Tenant, own: Tenant, bearer?: string | null): Promise<Outcome> {
  const fn = await loadExport(c.key);
  if (c.kind === "route") {
    const req = c.request(ids, own);
    if (bearer) {
      const headers = new Headers(req.init?.headers);
      headers.set("authorization", `Bearer ${bearer}`);
      req.init = { ...req.init, headers };
    }
    const handler = fn as unknown as (r: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
    const res = await handler(new Request(routeUrl(parseKey(c.key).file, slug, req), req.init), {
      params: Promise.resolve({ workspaceSlug: slug, ...req.params }),
    });
    return fromResponse(res);
  }
  if (c.kind === "action") {
    try {
      const r = (await (fn as unknown as (s: string, i: unknown) => Promise<ActionResult<unknown>>)(
        slug,
        c.input(ids, own),
      )) as ActionResult<unknown>;
      return r.ok
        ? { ok: true, status: 200, code: "OK", text: JSON.stringify(r.data ?? null) }
        : { ok: false, status: 0, code: r.error.code, text: JSON.stringify(r.error) };
    } catch (e) {
      return fromControlFlow(e);
    }
  }
  const props = c.props(ids, own);
  try {
    const element = await (fn as unknown as (p: unknown) => Promise<unknown>)({
      params: Promise.resolve({ workspaceSlug: slug, ...props.params }),
      searchParams: Promise.resolve({ ...props.searchParams }),
    });
    return { ok: true, status: 200, code: "OK", text: JSON.stringify(await renderTree(element)) };
  } catch (e) {
    return fromControlFlow(e);
  }
}

/** The case's input as text, to see whether it carries any of `t`'s ids. */
function describeInput(c: CrossTenantCase, ids: Tenant, own: Tenant): string {
  const value = c.kind === "route" ? c.request(ids, own) : c.kind === "action" ? c.input(ids, own) : c.props(ids, own);
  return JSON.stringify(value, (_, v: unknown) => {
    if (v instanceof FormData) return [...v.entries()].map(([k, x]) => [k, typeof x === "string" ? x : "(file)"]);
    if (v instanceof Blob) return "(blob)";
    return v;
  });
}

// ---------- snapshots and leaks ----------

let tenantTables: Promise<string[]> | undefined;
/** Every table of the app's schema with a workspaceId column. */
export function workspaceTables(): Promise<string[]> {
  tenantTables ??= db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'workspaceId' ORDER BY table_name`.then((rows) =>
    rows.map((r) => r.table_name),
  );
  return tenantTables;
}

async function rows(sql: string, param: string): Promise<string[]> {
  const r = await db.$queryRawUnsafe<{ r: string }[]>(sql, param);
  return r.map((x) => x.r);
}

/** Every row the tenant owns, table by table, plus its workspace row and its members' user rows. */
export async function snapshot(t: { id: string }): Promise<Record<string, string[]>> {
  const tables = await workspaceTables();
  const entries = await Promise.all([
    ...tables.map(
      async (name) =>
        [name, await rows(`SELECT row_to_json(x)::text AS r FROM "${name}" x WHERE "workspaceId" = $1 ORDER BY 1`, t.id)] as const,
    ),
    (async () => ["Workspace", await rows(`SELECT row_to_json(x)::text AS r FROM "Workspace" x WHERE id = $1`, t.id)] as const)(),
    (async () =>
      [
        "User (members)",
        await rows(
          `SELECT row_to_json(u)::text AS r FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."workspaceId" = $1 ORDER BY 1`,
          t.id,
        ),
      ] as const)(),
  ]);
  return Object.fromEntries(entries);
}

/** The tables whose rows differ between two snapshots. */
function changedTables(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** Rows outside any tenant that a refused call must not write either (queued email). */
async function globalSnapshot() {
  return { outboxEmails: await db.outboxEmail.count() };
}

/** No secret of `other` in the answer, except what the caller sent itself (a page may echo a filter). */
function expectNoLeak(out: Outcome, other: Tenant, what: string, sent = "") {
  for (const s of tenantSecrets(other)) if (!sent.includes(s)) expect(out.text, `${what}: the answer mentions ${s}`).not.toContain(s);
}

function expectRefused(c: CrossTenantCase, out: Outcome, expected: "NOT_FOUND" | "UNAUTHORIZED") {
  const detail = `${out.code} ${out.status} ${out.text.slice(0, 300)}`;
  if (c.kind === "page") {
    if (expected === "NOT_FOUND") expect({ code: out.code, status: out.status }, detail).toEqual({ code: "NOT_FOUND", status: 404 });
    else {
      expect(out.code, detail).toBe("REDIRECT");
      expect(out.location, detail).toMatch(/^\/sign-in(\?|$)/);
    }
    return;
  }
  expect(out.code, detail).toBe(expected);
  expect(out.ok).toBe(false);
  if (c.kind === "route") expect(out.status, detail).toBe(expected === "NOT_FOUND" ? 404 : 401);
}

function expectSucceeded(c: CrossTenantCase, out: Outcome) {
  expect(out.code, `${out.status} ${out.text.slice(0, 500)}`).toBe("OK");
  expect(out.ok).toBe(true);
  if (c.kind === "route") expect(out.status).toBeLessThan(300);
}

// ---------- the runner ----------

/** Registers the cross-tenant tests of `cases` in the calling test file. */
export function runCrossTenantCases(cases: CrossTenantCase[]): void {
  let A: Tenant;
  let B: Tenant;

  beforeAll(async () => {
    A = await createTenant("A");
    B = await createTenant("B");
  });
  beforeEach(() => actAs(A.owner));

  /** Runs `call`, asserting that neither tenant (nor the global outbox) changed. */
  async function unchanged(call: () => Promise<Outcome>): Promise<Outcome> {
    const before = await Promise.all([snapshot(A), snapshot(B), globalSnapshot()]);
    const out = await call();
    const after = await Promise.all([snapshot(A), snapshot(B), globalSnapshot()]);
    expect(changedTables(before[0], after[0]), "tables of tenant A that changed").toEqual([]);
    expect(changedTables(before[1], after[1]), "tables of tenant B that changed").toEqual([]);
    expect(after[2], "global rows changed").toEqual(before[2]);
    return out;
  }

  // A loop, not describe.each: its "$key" titles are quoted and cut at 40 characters.
  for (const c of cases) {
    if (c.kind === "route" && c.auth === "apiKey") {
      describeApiKeyCase(c, () => ({ A, B }), unchanged);
      continue;
    }
    describe(c.key, () => {
      it("control: the owner of a tenant with its own slug and ids succeeds, and nothing of B leaks", async () => {
        const C = await createTenant("C");
        actAs(C.owner);
        const out = await callCase(c, C.slug, C, C);
        expectSucceeded(c, out);
        expectNoLeak(out, B, "control");
      });

      it("B's slug → 404 NOT_FOUND; no leak; A and B unchanged", async () => {
        const out = await unchanged(() => callCase(c, B.slug, B, A));
        expectRefused(c, out, "NOT_FOUND");
        expectNoLeak(out, B, "B's slug");
      });

      it("A's slug with B's ids → NOT_FOUND (or, a read filtered by ids, OK with A's rows only); no leak; A and B unchanged", async (ctx) => {
        // Skipped when the input carries none of B's ids.
        const sent = describeInput(c, B, A);
        const takesIds = tenantIds(B).some((id) => sent.includes(id));
        if (!takesIds) {
          expect(c.needsIds, "needsIds is set but the input carries none of B's ids").toBeUndefined();
          ctx.skip();
        }
        const out = await unchanged(() => callCase(c, A.slug, B, A));
        if (c.needsIds === "OK_WITHOUT_LEAK") expectSucceeded(c, out);
        else expectRefused(c, out, "NOT_FOUND");
        expectNoLeak(out, B, "A's slug with B's ids", sent);
      });

      it("signed out → 401 UNAUTHORIZED (pages: redirect to sign-in); no leak; A and B unchanged", async () => {
        actAs(null);
        const out = await unchanged(() => callCase(c, A.slug, A, A));
        expectRefused(c, out, "UNAUTHORIZED");
        expectNoLeak(out, A, "signed out");
        expectNoLeak(out, B, "signed out");
      });

      it("a slug nobody owns → 404 NOT_FOUND, like B's slug", async () => {
        const out = await unchanged(() => callCase(c, `no-such-${A.tag}`, A, A));
        expectRefused(c, out, "NOT_FOUND");
      });
    });
  }
}

/**
 * A public-API route: no slug, the key names the workspace. As A's key:
 *   - control: a fresh tenant's key with its own ids → 2xx, nothing of B;
 *   - B's ids → 404 (or OK_WITHOUT_LEAK for filters), no leak, A and B unchanged (when the input carries B's ids);
 *   - A's own ids → nothing of B in the answer, B unchanged;
 *   - no key, a key nobody issued, A's revoked key → 401, no leak, A and B unchanged.
 */
function describeApiKeyCase(
  c: RouteCase,
  tenants: () => { A: Tenant; B: Tenant },
  unchanged: (call: () => Promise<Outcome>) => Promise<Outcome>,
) {
  describe(c.key, () => {
    it("control: a fresh tenant's key with its own ids succeeds, and nothing of B leaks", async () => {
      const { B } = tenants();
      const C = await createTenant("C");
      const out = await callCase(c, C.slug, C, C, C.apiKey);
      expectSucceeded(c, out);
      expectNoLeak(out, B, "control");
    });

    it("A's key with B's ids → NOT_FOUND (or, a read filtered by ids, OK with A's rows only); no leak; A and B unchanged", async (ctx) => {
      const { A, B } = tenants();
      const sent = describeInput(c, B, A);
      if (!tenantIds(B).some((id) => sent.includes(id))) {
        expect(c.needsIds, "needsIds is set but the input carries none of B's ids").toBeUndefined();
        ctx.skip();
      }
      const out = await unchanged(() => callCase(c, A.slug, B, A, A.apiKey));
      if (c.needsIds === "OK_WITHOUT_LEAK") expectSucceeded(c, out);
      else expectRefused(c, out, "NOT_FOUND");
      expectNoLeak(out, B, "A's key with B's ids", sent);
    });

    it("A's key with A's ids → nothing of B in the answer; B unchanged", async () => {
      const { A, B } = tenants();
      const before = await snapshot(B);
      const out = await callCase(c, A.slug, A, A, A.apiKey);
      expect(changedTables(before, await snapshot(B)), "tables of tenant B that changed").toEqual([]);
      expectNoLeak(out, B, "A's key");
    });

    it("no key, a key nobody issued, A's revoked key → 401 UNAUTHORIZED; no leak; A and B unchanged", async () => {
      const { A, B } = tenants();
      const revoked = await createApiKey({
        workspaceId: A.id,
        actorId: A.owner.id,
        actorRole: "owner",
        input: createApiKeySchema.parse({ name: "Revoked", scopes: API_SCOPES }),
      });
      await revokeApiKey({ workspaceId: A.id, actorId: A.owner.id, apiKeyId: revoked.id });
      const forged = `mc_live_${"0".repeat(16)}_${"A".repeat(43)}`;
      for (const bearer of [null, forged, revoked.key]) {
        const out = await unchanged(() => callCase(c, A.slug, A, A, bearer));
        expectRefused(c, out, "UNAUTHORIZED");
        expectNoLeak(out, A, "refused key");
        expectNoLeak(out, B, "refused key");
      }
    });
  });
}
