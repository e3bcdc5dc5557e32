// `npm run import:metrics -- --workspace <slug> --campaign <id> <file.csv> [--mapping mapping.json]`
// Imports post metrics for one campaign with the same service as the app (lib/posts/import.ts)
// against the configured database (the embedded one by default, sharing a running instance). Progress
// goes to stderr; the last line on stdout is one JSON object: {"created","unchanged","errors"}.
import fs from "node:fs";

import { ensureDatabase } from "../db/ensure";
import type { MetricColumnMapping } from "../posts/import-rows";

const USAGE = "Usage: npm run import:metrics -- --workspace <slug> --campaign <id> <file.csv> [--mapping mapping.json]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  const opts: Record<"workspace" | "campaign" | "mapping", string | undefined> = {
    workspace: undefined,
    campaign: undefined,
    mapping: undefined,
  };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--(workspace|campaign|mapping)(?:=(.*))?$/.exec(a);
    if (m) opts[m[1] as keyof typeof opts] = m[2] ?? argv[++i];
    else if (a === "--help" || a === "-h") fail(USAGE);
    else if (a.startsWith("--")) fail(`Unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (!opts.workspace || !opts.campaign || files.length !== 1) fail(USAGE);
  return { workspace: opts.workspace, campaign: opts.campaign, mappingFile: opts.mapping, file: files[0]! };
}

const args = parseArgs(process.argv.slice(2));
if (!fs.existsSync(args.file)) fail(`File not found: ${args.file}`);
const bytes = fs.readFileSync(args.file);
if (bytes.byteLength > 100 * 1024 * 1024) fail("The file is larger than 100 MB; split it into smaller files.");
const text = new TextDecoder("utf-8").decode(bytes);
const { metricImportSchema } = await import("../posts/import-schema");
let mapping: MetricColumnMapping | undefined;
if (args.mappingFile) {
  const parsed = metricImportSchema.shape.mapping.safeParse(JSON.parse(fs.readFileSync(args.mappingFile, "utf8")));
  if (!parsed.success || !parsed.data)
    fail(`${args.mappingFile}: expected {"<header>": "<field>" | null, …} with fields from lib/posts/import-rows.ts`);
  mapping = parsed.data;
}

const dbLog = (m: string) => void process.stderr.write(`[db] ${m}\n`);
if ((await ensureDatabase(dbLog)).seedDemo) await (await import("../../prisma/seed-demo")).seedDemo({ log: dbLog });
const { db, disconnectDb } = await import("../db");
const { importPostMetrics } = await import("../posts/import");
const { toAppError } = await import("../errors");
const ws = await db.workspace.findUnique({ where: { slug: args.workspace }, select: { id: true } });
if (!ws) fail(`No workspace with the slug "${args.workspace}".`);

const started = Date.now();
try {
  const summary = await importPostMetrics({
    workspaceId: ws.id,
    campaignId: args.campaign,
    actorId: null,
    text,
    mapping,
    onProgress: (done, total, s) =>
      process.stderr.write(
        `[import] ${done}/${total} rows: ${s.created} created, ${s.unchanged} unchanged, ${s.errors.length} not imported\n`,
      ),
  });
  process.stderr.write(`[import] done in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  process.stdout.write(`${JSON.stringify({ created: summary.created, unchanged: summary.unchanged, errors: summary.errors })}\n`);
} catch (e) {
  const app = toAppError(e);
  await disconnectDb();
  if (app) fail(app.message);
  throw e;
}
await disconnectDb();
process.exit(0);
