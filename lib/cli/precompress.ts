// `npm run build`'s last step: the compressed copies of the build's static files, which `npm start`
// serves as they are (lib/static-assets). Reads the build folder from NEXT_DIST_DIR, as next.config.ts
// does (default `.next`); `tsx lib/cli/precompress.ts <distDir>` names another.
import path from "node:path";

import { precompressStatic } from "../static-assets/precompress";

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
const r = await precompressStatic(path.join(distDir, "static"));
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `[precompress] ${r.files} files in ${distDir}/static (${kib(r.bytes)} → Brotli ${kib(r.brBytes)}, gzip ${kib(r.gzipBytes)}), ` +
    `${r.unchanged} already current, in ${(r.ms / 1000).toFixed(1)} s`,
);
