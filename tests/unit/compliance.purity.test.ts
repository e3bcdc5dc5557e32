import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { importSpecifiers as importSpecifiersOf, parseTs } from "../fixtures/import-specifiers";

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

function importSpecifiers(fileName: string, text: string): string[] {
  return importSpecifiersOf(parseTs(fileName, text));
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
