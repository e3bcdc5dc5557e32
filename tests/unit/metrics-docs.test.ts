import { readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { moduleFiles, parseTs as parse } from "../fixtures/assert-pure";

// Every metric states its formula and its edge cases where a reader looks first: its doc comment.
// (Purity itself is tests/unit/purity.test.ts.)
describe("lib/metrics documents itself", () => {
  const files = moduleFiles({ path: "lib/metrics" });

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
      "formatMinorUnits",
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
