// `npm run build`'s last step, after `next build` (lib/server-build/finish.ts): the compressed copies
// of the build's static files, which `npm start` serves as they are (lib/static-assets), and the
// production server compiled to JavaScript, which `npm start` (lib/cli/start.mjs) runs with Node.
// Reads the build folder from NEXT_DIST_DIR, as next.config.ts does (default `.next`);
// `tsx lib/cli/finish-build.ts <distDir>` names another.
import path from "node:path";

import { finishBuild } from "../server-build/finish";

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
const { statics: s, server } = await finishBuild(distDir);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `[precompress] ${s.files} files in ${distDir}/static (${kib(s.bytes)} → Brotli ${kib(s.brBytes)}, gzip ${kib(s.gzipBytes)}), ` +
    `${s.unchanged} already current, in ${(s.ms / 1000).toFixed(1)} s`,
);
console.log(
  `[compile-server] ${path.relative(process.cwd(), server.entry)} and ${server.files - 1} chunks ` +
    `(${kib(server.bytes)}, ${server.externals.length} packages left to node_modules) in ${(server.ms / 1000).toFixed(1)} s`,
);
