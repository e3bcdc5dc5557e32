import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { importSpecifiers } from "../fixtures/import-specifiers";

const METRICS_DIR = path.resolve(import.meta.dirname, "../../lib/metrics");

/** Every .ts file under lib/metrics, recursively. */
function metricFiles(dir = METRICS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return metricFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function parse(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** "./x" that stays inside lib/metrics. */
function isLocal(specifier: string): boolean {
  return specifier.startsWith("./") && !path.posix.normalize(specifier).startsWith("..");
}

const IMPURE_GLOBALS = new Set([
  "Date",
  "process",
  "fetch",
  "globalThis",
  "window",
  "document",
  "performance",
  "crypto",
  "setTimeout",
  "setInterval",
  "queueMicrotask",
  "console",
  "localStorage",
  "XMLHttpRequest",
]);

/** Uses of the clock, randomness, the environment, the network or I/O globals. */
function impureUses(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && IMPURE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node);
      if (!isMemberName) found.push(node.text);
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "Math" &&
      node.name.text === "random"
    ) {
      found.push("Math.random");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the checks themselves can fail", () => {
  it("finds every kind of non-local import in a bad file", () => {
    const bad = parse(
      "bad.ts",
      [
        'import { z } from "zod";',
        'import fs from "node:fs";',
        'import { db } from "@/lib/db";',
        'import { x } from "../compliance/x";',
        'import { y } from "./../escape";',
        'export * from "next/server";',
        'import type { P } from "@prisma/client";',
        'const a = await import("pg");',
        'const b = require("fs");',
        'type T = import("react").ReactNode;',
        'import ok from "./fine";',
      ].join("\n"),
    );
    const specifiers = importSpecifiers(bad);
    expect(specifiers).toHaveLength(11);
    expect(specifiers.filter((s) => !isLocal(s))).toEqual([
      "zod",
      "node:fs",
      "@/lib/db",
      "../compliance/x",
      "./../escape",
      "next/server",
      "@prisma/client",
      "pg",
      "fs",
      "react",
    ]);
  });

  it("finds the clock, randomness and I/O globals in a bad file but not property names", () => {
    const bad = parse(
      "bad.ts",
      'const now = Date.now(); const r = Math.random(); const e = process.env.X; fetch("u"); console.log(1);\n' +
        "const ok = { process: 1, date: 2 }; ok.process; interface I { crypto: string }",
    );
    expect(impureUses(bad)).toEqual(["Date", "Math.random", "process", "fetch", "console"]);
  });
});

describe("lib/metrics is pure", () => {
  const files = metricFiles();

  it("has its files where expected", () => {
    const names = files.map((f) => path.relative(METRICS_DIR, f));
    expect(names).toContain("index.ts");
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((f) => [path.relative(METRICS_DIR, f), f]))("%s imports only ./ files inside lib/metrics", (_, file) => {
    const source = parse(file, readFileSync(file, "utf8"));
    const outside = importSpecifiers(source).filter((s) => !isLocal(s));
    expect(outside).toEqual([]);
  });

  it.each(files.map((f) => [path.relative(METRICS_DIR, f), f]))("%s uses no clock, randomness, env, network or console", (_, file) => {
    const source = parse(file, readFileSync(file, "utf8"));
    expect(impureUses(source)).toEqual([]);
  });

  it("documents every export with a doc comment", () => {
    const undocumented: string[] = [];
    for (const file of files) {
      if (file.endsWith("index.ts")) continue;
      const source = parse(file, readFileSync(file, "utf8"));
      const seen = new Set<string>();
      for (const statement of source.statements) {
        const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (!exported) continue;
        const name = ts.isVariableStatement(statement)
          ? statement.declarationList.declarations.map((d) => d.name.getText(source)).join(",")
          : ((statement as ts.DeclarationStatement).name?.getText(source) ?? "<anonymous>");
        if (seen.has(name)) continue; // later overload signatures share the first one's comment
        seen.add(name);
        const docs = ts.getJSDocCommentsAndTags(statement);
        const leading = ts.getLeadingCommentRanges(source.text, statement.getFullStart()) ?? [];
        const hasDoc = docs.length > 0 || leading.some((c) => source.text.startsWith("/**", c.pos));
        // Plain input interfaces are documented by their fields and their function.
        if (!hasDoc && !(ts.isInterfaceDeclaration(statement) && name.endsWith("Input"))) {
          undocumented.push(`${path.basename(file)}: ${name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it("states the formula and the null case in every metric function's doc comment", () => {
    const metricFunctions = new Set([
      "classifyTier",
      "engagementRate",
      "engagementRateByReach",
      "engagementRateByImpressions",
      "rateErr",
      "storyCompletionRate",
      "rateStoryCompletion",
      "ctr",
      "compareCtr",
      "cpm",
      "cpe",
      "cpc",
      "cpa",
      "roi",
      "roas",
      "emv",
      "aggregateMetrics",
      "formatPercent",
      "formatMoney",
      "formatCount",
    ]);
    const missing: string[] = [];
    for (const file of files) {
      const source = parse(file, readFileSync(file, "utf8"));
      for (const statement of source.statements) {
        if (!ts.isFunctionDeclaration(statement) || !statement.name || !metricFunctions.has(statement.name.text)) continue;
        const doc = ts
          .getJSDocCommentsAndTags(statement)
          .map((d) => d.getText(source))
          .join("\n");
        if (doc === "") continue; // an overload after the documented one
        metricFunctions.delete(statement.name.text);
        if (!/Formula|Formats?|Examples?/.test(doc) || !/null/.test(doc) || !/\bAt (0|\[\]|zero)|At \w+ 0\b/.test(doc)) {
          missing.push(statement.name.text);
        }
      }
    }
    expect(missing).toEqual([]);
    expect([...metricFunctions]).toEqual([]);
  });
});
