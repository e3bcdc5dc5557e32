// Runs `prisma generate`. Generation never uses Prisma's native schema engine, but the CLI wants a
// path to one; on machines that cannot download it we point it at any existing file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
if (!fs.existsSync("prisma/schema.prisma")) process.exit(0);
const r = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
