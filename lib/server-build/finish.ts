// What `npm run build` does after `next build` (lib/cli/finish-build.ts), in one place so that
// `bench:pages`, which runs `next build` itself, finishes a build the same way: the static files'
// compressed copies (lib/static-assets/precompress.ts), then the compiled server (./compile.ts).
import path from "node:path";

import { precompressStatic, type PrecompressResult } from "../static-assets/precompress";
import { compileServer, type CompiledServer } from "./compile";

export async function finishBuild(distDir: string): Promise<{ statics: PrecompressResult; server: CompiledServer }> {
  const statics = await precompressStatic(path.join(distDir, "static"));
  const server = await compileServer(distDir);
  return { statics, server };
}
