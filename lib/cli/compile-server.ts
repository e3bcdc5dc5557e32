// `npm run build`'s last step: the production server compiled to JavaScript, which `npm start`
// (lib/cli/start.mjs) runs with Node (lib/server-build/compile.ts). Reads the build folder from
// NEXT_DIST_DIR, as next.config.ts does (default `.next`); `tsx lib/cli/compile-server.ts <distDir>`
// names another.
import path from "node:path";

import { compileServer } from "../server-build/compile";

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
const r = await compileServer(distDir);
console.log(
  `[compile-server] ${path.relative(process.cwd(), r.entry)} and ${r.files - 1} chunks ` +
    `(${(r.bytes / 1024).toFixed(0)} KiB, ${r.externals.length} packages left to node_modules) in ${(r.ms / 1000).toFixed(1)} s`,
);
