// THE cross-tenant suite. Every route handler under app/api/w/** and every server action that takes
// a workspace is a row of CASES below. For each row, acting as the owner of workspace A:
//   - with B's slug                      → 404 / NOT_FOUND, and neither workspace changes;
//   - with A's slug but B's record ids   → NOT_FOUND, and neither workspace changes (rows that take ids);
//   - signed out                         → 401 / UNAUTHORIZED, and nothing changes;
//   - with A's slug and A's ids (control) → succeeds and leaks nothing of B — so the rows above fail
//     for the right reason, not because the call was broken.
// A meta-test lists the route files under app/api and the exported server actions ("use server"
// files) and fails when one is neither in the table nor listed, with its reason, in EXEMPT_ACTIONS /
// NON_WORKSPACE_ROUTES — so a new route or action can't be forgotten.
//
// Feature suites (tests/integration/cross-tenant-<feature>.integration.test.ts, with an optional
// cross-tenant-<feature>.covers.ts list) test their own routes and actions. The meta-test counts
// as covered every key they name as a string ("app/… METHOD" or "app/…#export", `${CONST}` parts
// resolved from string constants of the same file), and reads exemptions from lines such as
//   exempt: "app/(portal)/actions.ts#respondToInviteAction" — gated by the portal token
//   nonWorkspaceRoute: "app/api/outreach/opt-out/route.ts" — signed opt-out link, no session
// (A key named there must really be tested there: review those files like this one.)
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import ts from "typescript";
import { beforeEach, describe, expect, it } from "vitest";

import {
  changeRoleAction,
  inviteMemberAction,
  leaveWorkspaceAction,
  removeMemberAction,
  revokeInvitationAction,
} from "@/app/(app)/actions/members";
import { deleteWorkspaceAction, updateWorkspaceAction } from "@/app/(app)/actions/workspaces";
import { GET as getAuditLog } from "@/app/api/w/[workspaceSlug]/audit-log/route";
import { GET as getMembers } from "@/app/api/w/[workspaceSlug]/members/route";
import type { ActionResult } from "@/lib/auth/workspace-action";
import { db } from "@/lib/db";
import { hashToken, newToken } from "@/lib/tokens";

import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const ROOT = path.resolve(import.meta.dirname, "../..");
const uid = () => randomBytes(4).toString("hex");

// ---------- the world: two tenants with something in every table ----------

/** A workspace with an owner (who acts), a second owner (so the owner may leave), a member, a pending
 *  invitation and an audit entry: every kind of id a route or action can be handed. */
async function createTenant(label: string) {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ name: `Tenant ${label}`, owner });
  const coOwner = await addMember(workspace.id, "owner");
  const member = await addMember(workspace.id, "member");
  const invitation = await db.invitation.create({
    data: {
      workspaceId: workspace.id,
      email: `invitee-${label.toLowerCase()}-${uid()}@example.test`,
      role: "member",
      tokenHash: hashToken(newToken().token),
      invitedById: owner.id,
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    },
    select: { id: true, email: true },
  });
  const audit = await db.auditLog.create({
    data: {
      workspaceId: workspace.id,
      actorId: owner.id,
      action: "test.seeded",
      targetType: "workspace",
      targetId: workspace.id,
      metadata: { tenant: label },
    },
    select: { id: true, createdAt: true },
  });
  return { ...workspace, owner, coOwner, member, invitation, audit };
}
export type Tenant = Awaited<ReturnType<typeof createTenant>>;

/** Everything of a tenant a cross-tenant call could touch. Compared before and after. */
async function snapshot(t: Tenant) {
  const [workspace, memberships, invitations, auditLogs] = await Promise.all([
    db.workspace.findUnique({ where: { id: t.id }, select: { name: true, slug: true, plan: true, updatedAt: true } }),
    db.membership.findMany({
      where: { workspaceId: t.id },
      select: { userId: true, role: true, updatedAt: true },
      orderBy: { userId: "asc" },
    }),
    db.invitation.findMany({
      where: { workspaceId: t.id },
      select: { id: true, email: true, role: true, tokenHash: true, expiresAt: true, acceptedAt: true, revokedAt: true },
      orderBy: { id: "asc" },
    }),
    db.auditLog.count({ where: { workspaceId: t.id } }),
  ]);
  return { workspace, memberships, invitations, auditLogs };
}

/** Strings that must never show up in a response about another tenant. */
function secretsOf(t: Tenant): string[] {
  return [
    t.id,
    t.slug,
    t.name,
    t.owner.id,
    t.owner.email,
    t.coOwner.email,
    t.member.id,
    t.member.email,
    t.invitation.id,
    t.invitation.email,
    t.audit.id,
  ];
}

// ---------- one shape for routes and actions ----------

type Outcome = { ok: boolean; status: number; code: string; body: unknown };

async function fromResponse(res: Response): Promise<Outcome> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* CSV or empty */
  }
  const code = (body as { error?: { code?: string } } | null)?.error?.code ?? (res.ok ? "OK" : `HTTP_${res.status}`);
  return { ok: res.ok, status: res.status, code, body };
}

function fromAction(r: ActionResult<unknown>): Outcome {
  return r.ok ? { ok: true, status: 200, code: "OK", body: r.data } : { ok: false, status: 0, code: r.error.code, body: r.error };
}

type RouteHandler = (req: Request, ctx: { params: Promise<{ workspaceSlug: string }> }) => Promise<Response>;

function callRoute(handler: RouteHandler, slug: string, pathAndQuery: string, init?: RequestInit): Promise<Outcome> {
  const req = new Request(`http://test/api/w/${slug}${pathAndQuery}`, init);
  return handler(req, { params: Promise.resolve({ workspaceSlug: slug }) }).then(fromResponse);
}

export type CrossTenantCase = {
  /** What it covers: "<route file> <METHOD>" or "<actions file>#<export>". The meta-test matches on this. */
  covers: string;
  /**
   * When the input carries ids of workspace-owned records, what "A's slug with B's ids" must give:
   * NOT_FOUND for ids that name a record to act on; OK_WITHOUT_LEAK for ids that only position a read
   * (a keyset cursor), which may answer with A's own rows but never B's. false: no ids in the input.
   */
  foreignIds: false | "NOT_FOUND" | "OK_WITHOUT_LEAK";
  /** Calls it on `slug` with record ids taken from `ids` (the tenant whose ids to send). */
  call: (slug: string, ids: Tenant) => Promise<Outcome>;
};

const ROUTES_W = "app/api/w/[workspaceSlug]";
const ACTIONS = "app/(app)/actions";

// ==================================================================================================
// Add new routes/actions here. One row per exported HTTP method of a route under app/api/w/** and per
// exported server action that takes a workspace slug. `call(slug, ids)` must succeed for the owner
// of `slug` when `ids` is that same workspace (the control), so pass real ids from `ids`.
// ==================================================================================================
export const CASES: CrossTenantCase[] = [
  {
    covers: `${ROUTES_W}/members/route.ts GET`,
    foreignIds: false,
    call: (slug) => callRoute(getMembers as RouteHandler, slug, "/members"),
  },
  {
    covers: `${ROUTES_W}/audit-log/route.ts GET`,
    // The keyset cursor carries an audit-log id: another tenant's id must not page into its log.
    foreignIds: "OK_WITHOUT_LEAK",
    call: (slug, ids) =>
      callRoute(
        getAuditLog as RouteHandler,
        slug,
        `/audit-log?before=${encodeURIComponent(`${new Date(Date.now() + 60_000).toISOString()},${ids.audit.id}`)}`,
      ),
  },
  {
    covers: `${ROUTES_W}/audit-log/route.ts GET (csv)`,
    foreignIds: false,
    call: (slug) => callRoute(getAuditLog as RouteHandler, slug, "/audit-log?format=csv"),
  },
  {
    covers: `${ACTIONS}/members.ts#inviteMemberAction`,
    foreignIds: false,
    call: async (slug) => fromAction(await inviteMemberAction(slug, { email: `new-${uid()}@example.test`, role: "member" })),
  },
  {
    covers: `${ACTIONS}/members.ts#revokeInvitationAction`,
    foreignIds: "NOT_FOUND",
    call: async (slug, ids) => fromAction(await revokeInvitationAction(slug, { invitationId: ids.invitation.id })),
  },
  {
    covers: `${ACTIONS}/members.ts#changeRoleAction`,
    foreignIds: "NOT_FOUND",
    call: async (slug, ids) => fromAction(await changeRoleAction(slug, { userId: ids.member.id, role: "admin" })),
  },
  {
    covers: `${ACTIONS}/members.ts#removeMemberAction`,
    foreignIds: "NOT_FOUND",
    call: async (slug, ids) => fromAction(await removeMemberAction(slug, { userId: ids.member.id })),
  },
  {
    covers: `${ACTIONS}/members.ts#leaveWorkspaceAction`,
    foreignIds: false,
    call: async (slug) => fromAction(await leaveWorkspaceAction(slug, {})),
  },
  {
    covers: `${ACTIONS}/workspaces.ts#updateWorkspaceAction`,
    foreignIds: false,
    call: async (slug) => fromAction(await updateWorkspaceAction(slug, { name: "Renamed by a test", slug: `renamed-${uid()}` })),
  },
  {
    covers: `${ACTIONS}/workspaces.ts#deleteWorkspaceAction`,
    foreignIds: false,
    // Typing the slug is the confirmation: the attacker knows B's slug, so the gate is all that stops it.
    call: async (slug) => fromAction(await deleteWorkspaceAction(slug, { confirm: slug })),
  },
];

/** Exported server actions that take no workspace, and why. Listed so the meta-test can tell "exempt" from "forgotten". */
export const EXEMPT_ACTIONS: Record<string, string> = {
  [`${ACTIONS}/workspaces.ts#createWorkspaceAction`]:
    "creates a new workspace for the caller; there is no existing tenant to cross (workspaces.integration.test.ts)",
  [`${ACTIONS}/members.ts#acceptInvitationAction`]:
    "scoped by the invitation token (the credential) and the invited email, not by a slug or id (workspaces.integration.test.ts)",
  [`${ACTIONS}/account.ts#signOutEverywhereAction`]: "acts only on the signed-in user's own account (accounts.integration.test.ts)",
  [`${ACTIONS}/account.ts#changePasswordAction`]: "acts only on the signed-in user's own account (accounts.integration.test.ts)",
  [`${ACTIONS}/account.ts#signOutAction`]: "Auth.js sign-out of the caller's own session; needs Next's request context (e2e)",
  // The influencer portal has no session and no slug: each action takes the invite token and acts on
  // that one collaboration only. portal.integration.test.ts proves a token never reaches another
  // collaboration, in the same workspace or another.
  ...Object.fromEntries(
    ["respondToInviteAction", "askQuestionAction", "acknowledgeBriefAction", "saveDraftAction", "submitLiveUrlAction"].map((name) => [
      `app/(portal)/actions.ts#${name}`,
      "gated by the portal token, not a workspace (portal.integration.test.ts)",
    ]),
  ),
};

/** Route files outside app/api/w that take no workspace, and why. A workspace-scoped route placed
 *  anywhere else under app/api (say app/api/v1/campaigns) must get rows in CASES instead. */
export const NON_WORKSPACE_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js handlers; no workspace",
  "app/api/auth/sign-in/route.ts": "signs in a user; no workspace (e2e: needs Next's request context)",
  "app/api/auth/sign-up/route.ts": "creates a user; no workspace (e2e: needs Next's request context)",
  "app/api/auth/password-reset/route.ts": "by email, no workspace (accounts.integration.test.ts)",
  "app/api/auth/password-reset/confirm/route.ts": "by reset token, no workspace (accounts.integration.test.ts)",
  "app/api/health/route.ts": "liveness; no workspace (health.integration.test.ts)",
  "app/api/v1/compliance/check/route.ts": "stateless caption check for a signed-in user (withUser); reads and writes no workspace data",
  "app/api/outreach/opt-out/route.ts":
    "public one-click unsubscribe: the HMAC-signed token names the workspace and email, no session (cross-tenant-outreach: a token for A never opts out of B)",
};

// ---------- the suite ----------

let A: Tenant;
let B: Tenant;

beforeEach(async () => {
  A = await createTenant("A");
  B = await createTenant("B");
  actAs(A.owner);
});

function expectNoLeak(outcome: Outcome, other: Tenant) {
  const text = typeof outcome.body === "string" ? outcome.body : JSON.stringify(outcome.body ?? null);
  for (const s of secretsOf(other)) expect(text, `response mentions ${s} of the other tenant`).not.toContain(s);
}

describe.each(CASES)("$covers", (c) => {
  it("control: works for the owner of A with A's own ids, and leaks nothing of B", async () => {
    const out = await c.call(A.slug, A);
    expect(out.code, JSON.stringify(out.body)).toBe("OK");
    expect(out.ok).toBe(true);
    expectNoLeak(out, B);
  });

  it("B's slug → 404 NOT_FOUND; A and B unchanged", async () => {
    const [beforeA, beforeB] = await Promise.all([snapshot(A), snapshot(B)]);
    const out = await c.call(B.slug, B);
    expect(out.code).toBe("NOT_FOUND");
    if (out.status) expect(out.status).toBe(404);
    expectNoLeak(out, B);
    expect(await snapshot(B)).toEqual(beforeB);
    expect(await snapshot(A)).toEqual(beforeA);
  });

  if (c.foreignIds)
    it(`A's slug with B's ids → ${c.foreignIds}; A and B unchanged`, async () => {
      const [beforeA, beforeB] = await Promise.all([snapshot(A), snapshot(B)]);
      const out = await c.call(A.slug, B);
      if (c.foreignIds === "OK_WITHOUT_LEAK") {
        expect(out.code).toBe("OK");
      } else {
        expect(out.code).toBe("NOT_FOUND");
        if (out.status) expect(out.status).toBe(404);
      }
      expectNoLeak(out, B);
      expect(await snapshot(B)).toEqual(beforeB);
      expect(await snapshot(A)).toEqual(beforeA);
    });

  it("signed out → 401 UNAUTHORIZED; nothing changes", async () => {
    actAs(null);
    const [beforeA, beforeB] = await Promise.all([snapshot(A), snapshot(B)]);
    const out = await c.call(A.slug, A);
    expect(out.code).toBe("UNAUTHORIZED");
    if (out.status) expect(out.status).toBe(401);
    expectNoLeak(out, A);
    expect(await snapshot(A)).toEqual(beforeA);
    expect(await snapshot(B)).toEqual(beforeB);
  });

  it("a slug that belongs to nobody → NOT_FOUND, same answer as another tenant's slug", async () => {
    const out = await c.call(`no-such-${uid()}`, A);
    expect(out.code).toBe("NOT_FOUND");
  });
});

// ---------- the meta-test: nothing under app/api/w or in app/(app)/actions is forgotten ----------

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * The names a module exports, read from its source with the TypeScript parser. Not by importing it:
 * app/(app)/actions/account.ts imports next-auth, which doesn't load under vitest (it imports
 * "next/server" without an extension), and the meta-test should not depend on that.
 */
function exportedNames(file: string): string[] {
  const src = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names: string[] = [];
  const bindingNames = (n: ts.BindingName): string[] =>
    ts.isIdentifier(n) ? [n.text] : n.elements.flatMap((e) => (ts.isBindingElement(e) ? bindingNames(e.name) : []));
  const isExported = (n: ts.Node) =>
    ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const st of src.statements) {
    if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && isExported(st) && st.name) names.push(st.name.text);
    else if (ts.isVariableStatement(st) && isExported(st))
      names.push(...st.declarationList.declarations.flatMap((d) => bindingNames(d.name)));
    else if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
      if (!st.exportClause || !ts.isNamedExports(st.exportClause))
        throw new Error(`${file}: "export *" can't be checked; export names explicitly`);
      names.push(...st.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
    } else if (ts.isExportAssignment(st)) names.push("default");
  }
  return names;
}

/** True when the module starts with the "use server" directive (a file of server actions). */
function isUseServerFile(file: string): boolean {
  const text = fs.readFileSync(file, "utf8");
  if (!text.includes("use server")) return false;
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  for (const st of src.statements) {
    if (!ts.isExpressionStatement(st) || !ts.isStringLiteral(st.expression)) return false;
    if (st.expression.text === "use server") return true;
  }
  return false;
}

/** Every file under `dir`, recursively (Node 20 has no fs.globSync). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Feature suites (cross-tenant-*.integration.test.ts) and their key lists (cross-tenant-*.covers.ts). */
function featureSuiteSources(): string[] {
  const dir = path.join(ROOT, "tests/integration");
  return fs
    .readdirSync(dir)
    .filter((f) => /^cross-tenant-.+\.(integration\.test|covers)\.ts$/.test(f))
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      // Resolve `${NAME}` from plain string constants of the same file (const A_X = "app/…").
      const consts = new Map([...text.matchAll(/const (\w+) = ["'`]([^"'`$]+)["'`]/g)].map((m) => [m[1]!, m[2]!]));
      return text.replace(/\$\{(\w+)\}/g, (whole, name: string) => consts.get(name) ?? whole);
    });
}

/** Keys the feature suites mark with `exempt: "…"` or `nonWorkspaceRoute: "…"`. */
function declaredInFeatureSuites(label: "exempt" | "nonWorkspaceRoute"): string[] {
  const re = new RegExp(`${label}:\\s*["'\`]([^"'\`]+)["'\`]`, "g");
  return featureSuiteSources().flatMap((src) => [...src.matchAll(re)].map((m) => m[1]!));
}

/** Every route/action key ("app/… METHOD", "app/…#export") a feature suite names, outside exempt lines. */
function coveredByFeatureSuites(): string[] {
  const key = /["'`](app\/[^"'`\s]+?\.tsx?(?:#\w+| (?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)))(?: \([^"'`]*\))?["'`]/g;
  return featureSuiteSources().flatMap((src) =>
    src
      .split("\n")
      .filter((line) => !/\b(exempt|nonWorkspaceRoute):/.test(line))
      .flatMap((line) => [...line.matchAll(key)].map((m) => m[1]!)),
  );
}

describe("coverage of the cross-tenant table", () => {
  // A row's `covers` minus any "(variant)" suffix, plus what the feature suites declare.
  const covered = new Set([...CASES.map((c) => c.covers.replace(/ \(.*\)$/, "")), ...coveredByFeatureSuites()]);
  const exempt = new Set([...Object.keys(EXEMPT_ACTIONS), ...declaredInFeatureSuites("exempt")]);
  const nonWorkspace = new Set([...Object.keys(NON_WORKSPACE_ROUTES), ...declaredInFeatureSuites("nonWorkspaceRoute")]);

  it("every HTTP method exported by a route under app/api/w/** has a row", () => {
    const routeFiles = filesUnder(path.join(ROOT, "app/api/w")).filter((f) => /\/route\.(ts|tsx|js)$/.test(f));
    expect(routeFiles.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const file of routeFiles) {
      const rel = path.relative(ROOT, file);
      const methods = exportedNames(file).filter((m) => HTTP_METHODS.includes(m));
      expect(methods.length, `${rel} exports no HTTP method`).toBeGreaterThan(0);
      for (const m of methods) if (!covered.has(`${rel} ${m}`)) missing.push(`${rel} ${m}`);
    }
    expect(missing, "add these to CASES in tests/integration/cross-tenant.integration.test.ts").toEqual([]);
  });

  it("every route under app/api outside app/api/w is listed as taking no workspace, and no entry is stale", () => {
    const routeFiles = filesUnder(path.join(ROOT, "app/api"))
      .filter((f) => /\/route\.(ts|tsx|js)$/.test(f))
      .map((f) => path.relative(ROOT, f))
      .filter((rel) => !rel.startsWith("app/api/w/"));
    const missing = routeFiles.filter((rel) => !nonWorkspace.has(rel));
    expect(
      missing,
      "a workspace-scoped route belongs under app/api/w (with rows in CASES); otherwise add it to NON_WORKSPACE_ROUTES",
    ).toEqual([]);
    expect(
      [...nonWorkspace].filter((rel) => !routeFiles.includes(rel)),
      "stale NON_WORKSPACE_ROUTES entries",
    ).toEqual([]);
  });

  it("every exported server action is in the table or explicitly exempt, and no row is stale", () => {
    // Every file-level "use server" module under app/, lib/ and components/ (not only app/(app)/actions),
    // so an action file created elsewhere is caught too.
    const actionFiles = ["app", "lib", "components"]
      .flatMap((d) => filesUnder(path.join(ROOT, d)))
      .filter((f) => /\.tsx?$/.test(f) && !f.includes(`${path.sep}generated${path.sep}`) && isUseServerFile(f))
      .map((f) => path.relative(ROOT, f));
    expect(actionFiles).toEqual(expect.arrayContaining([`${ACTIONS}/members.ts`, `${ACTIONS}/workspaces.ts`]));
    const exported = new Set<string>();
    // A "use server" file may only export async functions, so every export is an action.
    for (const rel of actionFiles) for (const name of exportedNames(path.join(ROOT, rel))) exported.add(`${rel}#${name}`);
    const missing = [...exported].filter((k) => !covered.has(k) && !exempt.has(k));
    expect(missing, "add these to CASES (or, if they take no workspace, to EXEMPT_ACTIONS with the reason)").toEqual([]);

    const actionRows = [...covered].filter((k) => k.includes("#"));
    const stale = [...actionRows, ...exempt].filter((k) => !exported.has(k));
    expect(stale, "rows for actions that no longer exist").toEqual([]);
    const both = actionRows.filter((k) => exempt.has(k));
    expect(both, "an action is either tested or exempt, not both").toEqual([]);
  });

  it("no stale route rows", () => {
    for (const c of CASES.filter((x) => x.covers.startsWith("app/api/"))) {
      const file = c.covers.split(" ")[0]!;
      expect(fs.existsSync(path.join(ROOT, file)), `${c.covers} points to a missing file`).toBe(true);
    }
  });
});
