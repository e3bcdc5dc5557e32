import path from "node:path";

import { describe, expect, it } from "vitest";

import { PURE_MODULES } from "../../eslint.boundaries.mjs";
import { assertPure, importSpecifiers, impureUses, parseTs, pureViolations, ROOT } from "../fixtures/assert-pure";

// Every pure module of eslint.boundaries.mjs, resolved and scanned for the clock, randomness, the
// environment and I/O. A new pure module is one entry in PURE_MODULES.
describe("pure modules", () => {
  it.each(PURE_MODULES.map((m) => [m.path, m] as const))("%s is pure", (_, m) => assertPure(m));
});

describe("the purity check can fail", () => {
  const metrics = { path: "lib/metrics" };
  const probe = path.join(ROOT, "lib/metrics/probe.ts");

  it("sees every import form", () => {
    const text = `import a from "x";\nimport type { B } from './y';\nexport * from "./z";\nimport "side";\nconst c = await import("dyn");\nrequire('req');\ntype T = import("typ").T;\nimport { type D } from "w";\nexport type { E } from "v";`;
    expect(importSpecifiers(parseTs("probe.ts", text))).toEqual([
      { specifier: "x", typeOnly: false },
      { specifier: "./y", typeOnly: true },
      { specifier: "./z", typeOnly: false },
      { specifier: "side", typeOnly: false },
      { specifier: "dyn", typeOnly: false },
      { specifier: "req", typeOnly: false },
      { specifier: "typ", typeOnly: true },
      { specifier: "w", typeOnly: true },
      { specifier: "v", typeOnly: true },
    ]);
  });

  it("reports imports outside the module, by any path, and passes its own files", () => {
    const bad = [
      'import { z } from "zod";',
      'import fs from "node:fs";',
      'import { db } from "@/lib/db";',
      'import { x } from "../compliance/x";',
      'import { y } from "./../escape";',
      'export * from "next/server";',
      'import type { P } from "@prisma/client";',
      'const a = await import("pg");',
      'type T = import("react").ReactNode;',
      'import ok from "./fine";',
      'import alsoOk from "@/lib/metrics/tiers";',
    ].join("\n");
    expect(pureViolations(metrics, probe, bad).map((p) => p.replace(/^lib\/metrics\/probe\.ts: /, ""))).toEqual([
      'imports the package "zod"',
      'imports the package "node:fs"',
      'imports "@/lib/db" (outside lib/metrics and its allowed modules)',
      'imports "../compliance/x" (outside lib/metrics and its allowed modules)',
      'imports "./../escape" (outside lib/metrics and its allowed modules)',
      'imports the package "next/server"',
      'imports the package "@prisma/client"',
      'imports the package "pg"',
      'imports the package "react"',
    ]);
  });

  it("allows the module's packages and pure modules, and typeImports only as types", () => {
    const m = { path: "lib/vocabulary", imports: ["zod", "@/lib/metrics"], typeImports: ["@/lib/db/generated/enums"] };
    const file = path.join(ROOT, "lib/vocabulary/probe.ts");
    expect(
      pureViolations(
        m,
        file,
        'import { z } from "zod";\nimport { cpm } from "@/lib/metrics";\nimport type { Role } from "@/lib/db/generated/enums";',
      ),
    ).toEqual([]);
    expect(pureViolations(m, file, 'import { Role } from "@/lib/db/generated/enums";')).toEqual([
      'lib/vocabulary/probe.ts: imports "@/lib/db/generated/enums" (outside lib/vocabulary and its allowed modules)',
    ]);
  });

  it("limits a module with a file list to those files", () => {
    const m = { path: "lib/outreach", files: ["lint", "text"] };
    const file = path.join(ROOT, "lib/outreach/lint.ts");
    expect(pureViolations(m, file, 'import { words } from "./text";')).toEqual([]);
    expect(pureViolations(m, file, 'import { queueMessages } from "./queue";')).toHaveLength(1);
  });

  it("finds the clock, randomness and I/O globals, but not property names or deterministic dates", () => {
    const bad = parseTs(
      "bad.ts",
      'const now = Date.now(); const d = new Date(); const r = Math.random(); const e = process.env.X; fetch("u"); console.log(1);\n' +
        'const ok = { process: 1, date: 2 }; ok.process; interface I { crypto: string }; Date.parse("2025-01-01"); new Date(0); Date.UTC(2025, 0, 1);',
    );
    expect(impureUses(bad)).toEqual(["Date.now", "new Date()", "Math.random", "process", "fetch", "console"]);
  });
});
