// The meta-test of the cross-tenant harness: nothing that can cross tenants is forgotten. It reads
// every case file in cases/ and fails on
//   - a route file anywhere under app/ (method by method),
//   - an exported server action (any "use server" file under app/, lib/ or components/),
//   - a page under app/(app)/w/[workspaceSlug] or app/(portal)
// that is neither a case nor in exemptions.ts; on a case or exemption naming something that does not
// exist; on a key in both; on duplicate keys. It also checks that the shared world has a row in every
// workspace table for both tenants, so a new table can't hide behind empty snapshots.
import fs from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { createTenant } from "../../fixtures/tenant";
import { EXEMPT } from "./exemptions";
import { parseKey, snapshot, workspaceTables, type CrossTenantCase } from "./harness";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const CASES_DIR = path.join(import.meta.dirname, "cases");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const PAGE_ROOTS = ["app/(app)/w/[workspaceSlug]", "app/(portal)"];

/** Every file under `dir`, recursively, relative to the repository root. */
function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? filesUnder(rel) : [rel];
  });
}

/**
 * The names a module exports, read with the TypeScript parser rather than by importing it:
 * app/(app)/actions/account.ts imports next-auth, which doesn't load under vitest.
 */
function exportedNames(rel: string): string[] {
  const src = ts.createSourceFile(rel, fs.readFileSync(path.join(ROOT, rel), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const names: string[] = [];
  const bindingNames = (n: ts.BindingName): string[] =>
    ts.isIdentifier(n) ? [n.text] : n.elements.flatMap((e) => (ts.isBindingElement(e) ? bindingNames(e.name) : []));
  const modifiers = (n: ts.Node) => (ts.canHaveModifiers(n) ? (ts.getModifiers(n) ?? []) : []);
  const isExported = (n: ts.Node) => modifiers(n).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (n: ts.Node) => modifiers(n).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const st of src.statements) {
    if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && isExported(st))
      names.push(isDefault(st) ? "default" : (st.name?.text ?? "default"));
    else if (ts.isVariableStatement(st) && isExported(st))
      names.push(...st.declarationList.declarations.flatMap((d) => bindingNames(d.name)));
    else if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
      if (!st.exportClause || !ts.isNamedExports(st.exportClause))
        throw new Error(`${rel}: "export *" can't be checked; export names explicitly`);
      names.push(...st.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
    } else if (ts.isExportAssignment(st)) names.push("default");
  }
  return names;
}

/** True when the module starts with the "use server" directive (a file of server actions). */
function isUseServerFile(rel: string): boolean {
  const text = fs.readFileSync(path.join(ROOT, rel), "utf8");
  if (!text.includes("use server")) return false;
  const src = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  for (const st of src.statements) {
    if (!ts.isExpressionStatement(st) || !ts.isStringLiteral(st.expression)) return false;
    if (st.expression.text === "use server") return true;
  }
  return false;
}

/** What must be covered: "file METHOD" for routes, "file#export" for actions, "file" for pages. */
function surface() {
  const app = filesUnder("app");
  const routes = app
    .filter((f) => /\/route\.tsx?$/.test(f))
    .flatMap((f) => {
      const methods = exportedNames(f).filter((m) => HTTP_METHODS.includes(m));
      expect(methods.length, `${f} exports no HTTP method`).toBeGreaterThan(0);
      return methods.map((m) => ({ key: `${f} ${m}`, file: f }));
    });
  const actionFiles = [...app, ...filesUnder("lib"), ...filesUnder("components")].filter(
    (f) => /\.tsx?$/.test(f) && !f.includes("/generated/") && isUseServerFile(f),
  );
  // A "use server" file may only export async functions, so every export is an action.
  const actions = actionFiles.flatMap((f) => exportedNames(f).map((n) => ({ key: `${f}#${n}`, file: f })));
  const pages = PAGE_ROOTS.flatMap(filesUnder)
    .filter((f) => /\/page\.tsx?$/.test(f))
    .map((f) => ({ key: f, file: f }));
  return { routes, actions, pages, actionFiles };
}

async function loadCases(): Promise<{ file: string; cases: CrossTenantCase[] }[]> {
  const files = fs.readdirSync(CASES_DIR).filter((f) => f.endsWith(".ts"));
  return Promise.all(
    files.map(async (f) => ({
      file: f,
      cases: ((await import(/* @vite-ignore */ path.join(CASES_DIR, f))) as { cases: CrossTenantCase[] }).cases,
    })),
  );
}

describe("coverage of the cross-tenant cases", () => {
  it("every case file has a runner, and every runner calls runCrossTenantCases", async () => {
    for (const { file, cases } of await loadCases()) {
      expect(cases.length, `${file} exports \`cases\``).toBeGreaterThan(0);
      const runner = path.join(import.meta.dirname, file.replace(/\.ts$/, ".integration.test.ts"));
      expect(fs.existsSync(runner), `missing runner ${path.relative(ROOT, runner)}`).toBe(true);
      expect(fs.readFileSync(runner, "utf8")).toMatch(/runCrossTenantCases\(cases\)/);
    }
  });

  it("every case names a route method, server action or page that exists, with the right kind, once", async () => {
    const all = (await loadCases()).flatMap((f) => f.cases);
    const { routes, actions, pages } = surface();
    const known = new Map<string, string>([
      ...routes.map((r) => [r.key, "route"] as const),
      ...actions.map((a) => [a.key, "action"] as const),
      ...pages.map((p) => [p.key, "page"] as const),
    ]);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of all) {
      const { file, name } = parseKey(c.key);
      const bare = c.kind === "route" ? `${file} ${name}` : c.kind === "action" ? `${file}#${name}` : file;
      if (known.get(bare) !== c.kind) problems.push(`${c.key}: no such ${c.kind} (is the key spelled like the file and export?)`);
      if (seen.has(c.key)) problems.push(`${c.key}: duplicate (give a variant a " (suffix)")`);
      seen.add(c.key);
    }
    expect(problems).toEqual([]);
  });

  it("every route method, server action and page is a case or exempt with a reason — and not both, and no exemption is stale", async () => {
    const covered = new Set(
      (await loadCases()).flatMap((f) =>
        f.cases.map((c) => {
          const { file, name } = parseKey(c.key);
          return c.kind === "route" ? `${file} ${name}` : c.kind === "action" ? `${file}#${name}` : file;
        }),
      ),
    );
    const { routes, actions, pages, actionFiles } = surface();
    expect(actionFiles).toEqual(expect.arrayContaining(["app/(app)/actions/members.ts", "app/(portal)/actions.ts"]));
    expect(pages.length).toBeGreaterThan(20);
    const isExempt = (key: string, file: string) => key in EXEMPT || file in EXEMPT;
    const all = [...routes, ...actions, ...pages];
    const missing = all.filter((x) => !covered.has(x.key) && !isExempt(x.key, x.file)).map((x) => x.key);
    expect(missing, "add a case to tests/integration/cross-tenant/cases/<domain>.ts (or, with the reason, to exemptions.ts)").toEqual([]);
    const both = all.filter((x) => covered.has(x.key) && isExempt(x.key, x.file)).map((x) => x.key);
    expect(both, "a key is either a case or exempt, not both").toEqual([]);
    const existing = new Set(all.flatMap((x) => [x.key, x.file]));
    expect(
      Object.keys(EXEMPT).filter((k) => !existing.has(k)),
      "stale exemptions",
    ).toEqual([]);
  });

  it("the world has rows of both tenants in every workspace table (a new table needs a row in tests/fixtures/tenant.ts)", async () => {
    const [A, B] = [await createTenant("A"), await createTenant("B")];
    const tables = await workspaceTables();
    expect(tables).toEqual(expect.arrayContaining(["Membership", "Campaign", "OutreachMessage"]));
    for (const t of [A, B]) {
      const snap = await snapshot(t);
      const empty = tables.filter((name) => snap[name]!.length === 0);
      expect(empty, `tables with no row for tenant ${t.tag}`).toEqual([]);
    }
    // Two whole tenants are built in the test body (every area's rows): on a loaded 2-core machine
    // that alone can pass the default 30 s.
  }, 120_000);
});
