import { readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ROOT } from "../fixtures/assert-pure";

// README "Layout": a file is named for what it does, never after its folder again
// (lib/influencers/influencers.ts says nothing the folder doesn't).

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return rel === "lib/db/generated" ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

/** "lib/influencers/influencers.ts", "components/campaign/campaigns.tsx": the name repeats the folder. */
function repeatsFolder(file: string): boolean {
  const name = path.basename(file).replace(/\.tsx?$/, "");
  const folder = path.basename(path.dirname(file));
  return [name, `${name}s`].includes(folder) || name === `${folder}s`;
}

describe("file names", () => {
  it("the check can fail", () => {
    expect(repeatsFolder("lib/influencers/influencers.ts")).toBe(true);
    expect(repeatsFolder("components/campaign/campaigns.tsx")).toBe(true);
    expect(repeatsFolder("lib/influencers/crud.ts")).toBe(false);
  });

  it("never repeat their folder", () => {
    const files = ["app", "components", "lib", "prisma", "tests"].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => repeatsFolder(f))).toEqual([]);
  });
});
