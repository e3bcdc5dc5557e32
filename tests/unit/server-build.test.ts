import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { compileServer, SERVER_DIR, SERVER_ENTRY, unresolvedUnderNode, type CompiledServer } from "@/lib/server-build/compile";

// README "Production deployment", "Compiled server": `npm run build` compiles lib/cli/serve.ts to
// JavaScript in the build folder and `npm start` (lib/cli/start.mjs) runs it with plain Node.

const ROOT = process.cwd();
let dist: string;
let compiled: CompiledServer;

/** `npm start` as package.json runs it, with the build folder and environment given. */
function npmStart(distDir: string, env: Record<string, string>) {
  return spawnSync(process.execPath, ["lib/cli/start.mjs"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", NEXT_DIST_DIR: distDir, ...env },
  });
}

beforeAll(async () => {
  // Inside the project, as a build folder is: the output imports packages from its node_modules.
  fs.mkdirSync(path.join(ROOT, ".data"), { recursive: true });
  dist = fs.mkdtempSync(path.join(ROOT, ".data", "server-build-"));
  compiled = await compileServer(dist);
}, 60_000);

afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("compileServer", () => {
  it("writes the entry where lib/cli/start.mjs looks for it", () => {
    expect(compiled.entry).toBe(path.join(dist, SERVER_DIR, SERVER_ENTRY));
    expect(fs.statSync(compiled.entry).isFile()).toBe(true);
    expect(compiled.files).toBeGreaterThan(1);
  });

  it("leaves every package to node_modules and compiles every module of ours", () => {
    const outputs = fs.readdirSync(path.join(dist, SERVER_DIR), { recursive: true, encoding: "utf8" });
    const code = outputs
      .filter((f) => f.endsWith(".mjs"))
      .map((f) => fs.readFileSync(path.join(dist, SERVER_DIR, f), "utf8"))
      .join("\n");
    const specifiers = [...code.matchAll(/(?:^import .* from |\bimport\()"([^"]+)"/gm)].map((m) => m[1]!);
    // No TypeScript source, no `@/` alias, no relative path out of the output folder.
    expect(specifiers.filter((s) => /\.tsx?$|^@\/|^\.\.\//.test(s))).toEqual([]);
    // Packages are imported, not copied in: Next is the one the build was made with.
    expect(compiled.externals).toEqual(expect.arrayContaining(["next", "next/server.js", "pg", "zod"]));
    expect(compiled.externals).not.toContain("next/server");
    expect(code).not.toMatch(/^\/\/ node_modules\//m);
  });

  it("keeps the server's dynamic imports lazy: the demo seeding is a chunk loaded on demand", () => {
    const entry = fs.readFileSync(compiled.entry, "utf8");
    expect(entry).toMatch(/import\("\.\/chunks\/seed-demo-[\w-]+\.mjs"\)/);
    expect(entry).not.toMatch(/^import .*seed-demo/m);
  });

  it("compiles again over an earlier output without leaving its chunks behind", async () => {
    const stale = path.join(dist, SERVER_DIR, "chunks", "stale-chunk.mjs");
    fs.writeFileSync(stale, "throw new Error('stale');\n");
    compiled = await compileServer(dist);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(compiled.entry)).toBe(true);
  }, 60_000);
});

describe("unresolvedUnderNode", () => {
  it("names the imports plain Node cannot load, including a package subpath with no file", () => {
    const from = path.join(dist, SERVER_DIR);
    expect(unresolvedUnderNode(from, ["next", "next/server.js", "zod", "node:fs", "fs"])).toEqual([]);
    // tsx and bundlers would add the extension; Node's ESM loader does not.
    expect(unresolvedUnderNode(from, ["next/server", "no-such-package-here", "zod"])).toEqual(["next/server", "no-such-package-here"]);
  });
});

describe("npm start (lib/cli/start.mjs)", () => {
  it("runs the compiled server under plain Node: it loads and validates the environment", () => {
    const r = npmStart(dist, { PORT: "not-a-port" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("Invalid environment configuration");
    expect(r.stderr).toMatch(/PORT: /);
    expect(r.stderr).not.toContain("No compiled server");
  });

  it("without a compiled server, exits 1 and says to run `npm run build`", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "server-build-none-"));
    try {
      const r = npmStart(empty, {});
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`No compiled server at ${path.relative(ROOT, path.join(empty, SERVER_DIR, SERVER_ENTRY))}`);
      expect(r.stderr).toContain("npm run build");
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
