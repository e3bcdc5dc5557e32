import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

// STYLE.md habit 9: lib/compliance is pure. Every module imports only relative specifiers that
// stay inside lib/compliance; schema.ts may also import zod. No clock, randomness, env or I/O.
const DIR = path.resolve(import.meta.dirname, "../../lib/compliance");

/** Every .ts file under lib/compliance, recursively. */
function files(dir = DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every module specifier: static/dynamic imports, re-exports, require(), import types. */
function importSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      found.push(ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : "<computed>");
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      found.push(ts.isStringLiteral(expr) ? expr.text : "<computed>");
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    ) {
      const arg = node.arguments[0];
      found.push(arg && ts.isStringLiteralLike(arg) ? arg.text : "<computed>");
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      found.push(ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal) ? arg.literal.text : "<computed>");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = files();
const rel = (f: string) => path.relative(DIR, f);

describe("lib/compliance purity", () => {
  it("has the one-job modules", () => {
    for (const f of [
      "index.ts",
      "check-disclosure.ts",
      "terms.ts",
      "upfront.ts",
      "hashtags.ts",
      "claims.ts",
      "video.ts",
      "transcript.ts",
      "fix.ts",
      "schema.ts",
    ]) {
      expect(all.map(rel)).toContain(f);
    }
  });

  it.each(all.map(rel))("%s imports only relative modules inside lib/compliance", (file) => {
    const full = path.join(DIR, file);
    for (const spec of importSpecifiers(full, readFileSync(full, "utf8"))) {
      if (file === "schema.ts" && spec === "zod") continue;
      expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
      const target = path.resolve(path.dirname(full), spec);
      expect(target === DIR || target.startsWith(DIR + path.sep), `${file} imports ${spec} (outside lib/compliance)`).toBe(true);
    }
  });

  it.each(all.map(rel))("%s uses no clock, randomness, environment or I/O", (file) => {
    const source = readFileSync(path.join(DIR, file), "utf8");
    expect(source).not.toMatch(
      /\bDate\.now\b|\bnew Date\b|\bMath\.random\b|\bprocess\.|\bfetch\s*\(|\bperformance\.now\b|\bsetTimeout\b|\bcrypto\./,
    );
  });

  it("the specifier scanner sees every import form", () => {
    const text = `import a from "x";\nimport type { B } from './y';\nexport * from "./z";\nimport "side";\nconst c = await import("dyn");\nrequire('req');\ntype T = import("typ").T;`;
    expect(importSpecifiers("probe.ts", text)).toEqual(["x", "./y", "./z", "side", "dyn", "req", "typ"]);
  });
});
