import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { parseTs, ROOT } from "../fixtures/assert-pure";

// What the browser downloads: every module a "use client" file reaches through static imports goes
// into the page's JavaScript (a server action's file is only a reference, a dynamic import() its own
// chunk loaded later, an `import type` nothing). A server library reached that way either breaks the
// build or ships dead weight to every phone — zod alone is about 30 KiB gzipped, and a constant next
// to a schema is enough to pull it in. The fix is a small file of its own for what the browser needs.

/** Packages that never belong in a browser bundle. */
const SERVER_ONLY = [
  "zod",
  "pino",
  "pg",
  "pg-boss",
  "@prisma/client",
  "@prisma/adapter-pg",
  "next-auth",
  "nodemailer",
  "sharp",
  "@aws-sdk/client-s3",
];
/** Our modules that never belong there either: the database, the logger, the environment. */
const SERVER_MODULES = ["lib/db", "lib/log", "lib/env"];

/**
 * Client files that still reach zod through a barrel, each with the module that brings it. Remove a
 * line when its file is fixed (the test fails while a listed file no longer reaches zod, so the list
 * only shrinks); never add one. Empty since the brief builder and the outreach components import
 * the zod-free files (lib/briefs/score.ts, lib/briefs/disclosure.ts, lib/outreach/lint.ts) directly.
 */
const KNOWN: Record<string, string> = {};

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const packageName = (s: string) =>
  s
    .split("/")
    .slice(0, s.startsWith("@") ? 2 : 1)
    .join("/");
const rel = (p: string) => path.relative(ROOT, p);

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const ext of EXTENSIONS) if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  throw new Error(`${rel(from)}: cannot resolve "${specifier}"`);
}

type Parsed = { directive: "use client" | "use server" | null; imports: string[] };
const parsed = new Map<string, Parsed>();

/** The file's directive and its static, non-type-only import and re-export specifiers. */
function parse(file: string): Parsed {
  const cached = parsed.get(file);
  if (cached) return cached;
  const source = parseTs(file, readFileSync(file, "utf8"));
  const first = source.statements[0];
  const directive = first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : null;
  const imports: string[] = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      const clause = s.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && !!named?.length && named.every((e) => e.isTypeOnly)));
      if (!typeOnly) imports.push(s.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) && !s.isTypeOnly) {
      imports.push(s.moduleSpecifier.text);
    }
  }
  const result: Parsed = { directive: directive === "use client" || directive === "use server" ? directive : null, imports };
  parsed.set(file, result);
  return result;
}

/** For one client file: each server-only package or module it reaches, with the file that imports it. */
function serverReach(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const { directive, imports } = parse(file);
    if (directive === "use server" && file !== entry) continue;
    for (const specifier of imports) {
      if (specifier.startsWith("node:") || SERVER_ONLY.includes(packageName(specifier))) {
        if (!found.has(packageName(specifier))) found.set(packageName(specifier), rel(file));
        continue;
      }
      const target = resolve(file, specifier);
      if (!target) continue;
      const serverModule = SERVER_MODULES.find(
        (m) =>
          rel(target)
            .replace(/\.tsx?$/, "")
            .replace(/\/index$/, "") === m,
      );
      if (serverModule) {
        if (!found.has(serverModule)) found.set(serverModule, rel(file));
        continue;
      }
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const clientFiles = ["app", "components"]
  .flatMap((d) => sourceFiles(path.join(ROOT, d)))
  .filter((f) => parse(f).directive === "use client");

describe("client components reach no server-only code", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(50);
    expect(clientFiles.map(rel)).toContain("components/portal/ad-code-form.tsx");
  });

  it("no client component reaches a server-only package or module, apart from the known zod barrels", () => {
    const problems: string[] = [];
    const known: Record<string, string> = {};
    for (const file of clientFiles) {
      for (const [what, via] of serverReach(file)) {
        if (what === "zod" && KNOWN[rel(file)]) known[rel(file)] = via;
        else problems.push(`${rel(file)} reaches ${what} (imported by ${via})`);
      }
    }
    expect(problems).toEqual([]);
    expect(known).toEqual(KNOWN);
  });

  it("the walk sees through barrels and stops at server actions and type-only imports", () => {
    // A barrel that re-exports a schema brings zod along…
    expect(serverReach(path.join(ROOT, "lib/briefs/index.ts")).get("zod")).toBe("lib/briefs/schema.ts");
    expect(serverReach(path.join(ROOT, "lib/outreach/index.ts")).get("zod")).toBe("lib/outreach/lint-schema.ts");
    // …while the same labels from their own file do not (the portal's ad-code form).
    expect(serverReach(path.join(ROOT, "components/portal/ad-code-form.tsx")).size).toBe(0);
    // The server action file a client form calls is a reference, not a download.
    expect(serverReach(path.join(ROOT, "app/(portal)/rights/actions.ts")).has("zod")).toBe(true);
  });
});
