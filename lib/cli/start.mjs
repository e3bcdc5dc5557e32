// `npm start`: the production server, as `npm run build` compiled it (lib/server-build/compile.ts
// writes `<build folder>/custom-server/serve.mjs`), run by Node without tsx (README "Production
// deployment", "Compiled server"). The build folder is NEXT_DIST_DIR's, as in next.config.ts
// (default `.next`). Plain JavaScript: this file runs before anything is compiled.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const entry = path.resolve(distDir, "custom-server", "serve.mjs");
if (!fs.existsSync(entry)) {
  console.error(
    `No compiled server at ${path.relative(process.cwd(), entry)}: run \`npm run build\` first ` +
      "(a build made with `next build` alone has none).",
  );
  process.exit(1);
}
// lib/cli/serve.ts reads its mode from its first argument: `start` serves the production build.
process.argv.splice(2, process.argv.length - 2, "start");
await import(pathToFileURL(entry).href);
