import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

// STYLE.md habit 9: pure modules are pure. lib/vetting and lib/influencers/import import only
// their siblings and a short allow-list of other pure code; no clock, randomness, env or I/O.
const ALLOWED: Record<string, readonly string[]> = {
  "lib/vetting": ["@/lib/metrics", "@/lib/influencers/import/platforms"],
  "lib/influencers/import": ["papaparse", "@/lib/csv"],
};
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|[\s;(])import\s*\(\s*["']([^"']+)["']|(?:^|[\s;])import\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']/g;

const specifiers = (source: string): string[] => [...source.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? "");

describe.each(Object.keys(ALLOWED))("%s purity", (relative) => {
  const dir = path.resolve(import.meta.dirname, "../..", relative);
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

  it.each(files)("%s imports only siblings and allowed pure modules", (file) => {
    for (const spec of specifiers(readFileSync(path.join(dir, file), "utf8"))) {
      if (ALLOWED[relative]?.includes(spec)) continue;
      expect(spec, `${file} imports ${spec}`).toMatch(/^\.\//);
      expect(path.dirname(path.resolve(dir, spec)), `${file} imports ${spec}`).toBe(dir);
    }
  });

  it.each(files)("%s uses no clock, randomness, environment or I/O", (file) => {
    const source = readFileSync(path.join(dir, file), "utf8");
    expect(source).not.toMatch(/\bDate\.now\b|\bnew Date\b|\bMath\.random\b|\bprocess\.|\bfetch\s*\(|\bperformance\.now\b|\bsetTimeout\b/);
  });
});
