// `npm run build` compiles the production server (lib/cli/serve.ts and the modules it imports) to
// plain JavaScript in the build folder, and `npm start` runs that with Node (lib/cli/start.mjs)
// instead of through tsx. Under tsx every module Node loads (Next's server, React, Prisma: hundreds
// of files) passes through tsx's loader hooks, and the server answered its first request after 4.0–5.4 s
// against 2.2–2.8 s compiled (README "Production deployment", "Compiled server").
//
// esbuild bundles our TypeScript only: every package stays an import of node_modules, as under tsx.
// Code splitting keeps serve.ts's dynamic imports lazy (the demo seeding, for one, loads only when
// the embedded database is in use), so the compiled server loads what the tsx one loaded, in the
// same order.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { build, type Plugin } from "esbuild";

/** The folder under the build folder, and the entry file in it: lib/cli/start.mjs runs this path. */
export const SERVER_DIR = "custom-server";
export const SERVER_ENTRY = "serve.mjs";

const ROOT = process.cwd();

export type CompiledServer = { entry: string; files: number; bytes: number; externals: string[]; ms: number };

/**
 * Next's package has no "exports" map, so Node's ESM loader finds `next/server` only as
 * `next/server.js` (tsx and Next's bundler add the extension on their own).
 */
const nextSubpaths: Plugin = {
  name: "next-subpaths",
  setup(b) {
    b.onResolve({ filter: /^next\/[\w-]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }));
  },
};

/**
 * Compiles lib/cli/serve.ts into `<distDir>/custom-server/`, replacing what an earlier build left.
 * Throws when a package the output imports does not resolve under plain Node (checked here, at build
 * time, rather than by the first `npm start`).
 */
export async function compileServer(distDir: string): Promise<CompiledServer> {
  const t0 = Date.now();
  const outdir = path.resolve(ROOT, distDir, SERVER_DIR);
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, "lib/cli/serve.ts")],
    outdir,
    entryNames: "[name]",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    packages: "external",
    plugins: [nextSubpaths],
    tsconfig: path.join(ROOT, "tsconfig.json"),
    metafile: true,
    logLevel: "warning",
  });
  const outputs = Object.entries(result.metafile.outputs);
  const externals = [...new Set(outputs.flatMap(([, o]) => o.imports.filter((i) => i.external).map((i) => i.path)))].sort();
  const unresolved = unresolvedUnderNode(outdir, externals);
  if (unresolved.length) throw new Error(`the compiled server imports what Node cannot resolve from ${outdir}: ${unresolved.join(", ")}`);
  return {
    entry: path.join(outdir, SERVER_ENTRY),
    files: outputs.length,
    bytes: outputs.reduce((n, [, o]) => n + o.bytes, 0),
    externals,
    ms: Date.now() - t0,
  };
}

/**
 * The specifiers that plain Node (no tsx, no bundler) fails to resolve from the output folder, as the
 * compiled server will import them. A child process, because this one may run under tsx, whose
 * resolver adds the extensions Node's does not.
 */
export function unresolvedUnderNode(outdir: string, specifiers: string[]): string[] {
  const bare = specifiers.filter((s) => !s.startsWith("node:") && !s.startsWith("."));
  // Run in the output folder, so that import.meta.resolve resolves from there.
  const script =
    `import fs from "node:fs"; import { fileURLToPath } from "node:url"; const bad = [];` +
    `for (const s of ${JSON.stringify(bare)}) {` +
    // import.meta.resolve maps a package's subpath to a URL without checking that the file exists.
    `  try { const u = import.meta.resolve(s); if (u.startsWith("file:") && !fs.statSync(fileURLToPath(u)).isFile()) bad.push(s); }` +
    `  catch { bad.push(s); } }` +
    `process.stdout.write(JSON.stringify(bad));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: outdir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`checking the compiled server's imports failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}
