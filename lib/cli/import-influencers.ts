// `npm run import:influencers -- --workspace <slug> <file.csv> [--mapping mapping.json] [--platform instagram]`
// Imports a roster CSV with the same service as the app (lib/influencers/import-roster.ts) against
// the configured database (the embedded one by default, sharing a running instance). Progress goes
// to stderr; the last line on stdout is one JSON object: {"created","updated","unchanged","errors"}.
import fs from "node:fs";

import { ensureDatabase } from "../db/ensure";
import { autoMapHeaders, CsvFormatError, parseCsv, parsePlatform, type ColumnMapping } from "../influencers/import";
import { PLATFORMS } from "../vocabulary";

const USAGE =
  "Usage: npm run import:influencers -- --workspace <slug> <file.csv> [--mapping mapping.json] [--platform <platform of handles that name none>]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  let workspace: string | undefined;
  let mappingFile: string | undefined;
  let platform: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--workspace") workspace = argv[++i];
    else if (a.startsWith("--workspace=")) workspace = a.slice(12);
    else if (a === "--mapping") mappingFile = argv[++i];
    else if (a.startsWith("--mapping=")) mappingFile = a.slice(10);
    else if (a === "--platform") platform = argv[++i];
    else if (a.startsWith("--platform=")) platform = a.slice(11);
    else if (a === "--help" || a === "-h") fail(USAGE);
    else if (a.startsWith("--")) fail(`Unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (!workspace || files.length !== 1) fail(USAGE);
  return { workspace, file: files[0]!, mappingFile, platform };
}

const args = parseArgs(process.argv.slice(2));
if (!fs.existsSync(args.file)) fail(`File not found: ${args.file}`);
const defaultPlatform = args.platform === undefined ? null : parsePlatform(args.platform);
if (args.platform !== undefined && !defaultPlatform) fail(`Unknown platform "${args.platform}" (use one of ${PLATFORMS.join(", ")})`);
const { MAX_UPLOAD_BYTES } = await import("../influencers/import-jobs/upload");
const { mappingSchema } = await import("../influencers/import-jobs/mappings");
const bytes = fs.readFileSync(args.file);
if (bytes.byteLength > MAX_UPLOAD_BYTES * 5) fail("The file is larger than 100 MB; split it into smaller files.");
const text = new TextDecoder("utf-8").decode(bytes);

let headers: string[];
try {
  headers = parseCsv(text).headers;
} catch (e) {
  fail(e instanceof CsvFormatError ? e.userMessage : String(e));
}
let mapping: ColumnMapping = autoMapHeaders(headers);
if (args.mappingFile) {
  const parsed = mappingSchema.safeParse(JSON.parse(fs.readFileSync(args.mappingFile, "utf8")));
  if (!parsed.success)
    fail(`${args.mappingFile}: expected {"<header>": "<field>" | null, …} with fields from lib/influencers/import/fields.ts`);
  mapping = parsed.data;
}

const dbLog = (m: string) => void process.stderr.write(`[db] ${m}\n`);
if ((await ensureDatabase(dbLog)).seedDemo) await (await import("../../prisma/seed-demo")).seedDemo({ log: dbLog });
const { db, jobDb, disconnectDb } = await import("../db");
const { importRoster } = await import("../influencers/import-roster");
const ws = await db.workspace.findUnique({ where: { slug: args.workspace }, select: { id: true } });
if (!ws) fail(`No workspace with the slug "${args.workspace}".`);

const started = Date.now();
const summary = await importRoster({
  workspaceId: ws.id,
  text,
  mapping,
  defaultPlatform,
  chunkSize: 1_000,
  client: jobDb,
  onProgress: (c, total) => {
    const pct = total ? Math.round((c.processed / total) * 100) : 100;
    process.stderr.write(
      `[import] ${c.processed}/${total} rows (${pct}%): ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged\n`,
    );
  },
});
process.stderr.write(`[import] done in ${((Date.now() - started) / 1000).toFixed(1)}s, ${summary.errors.length} rows not imported\n`);
process.stdout.write(
  `${JSON.stringify({ created: summary.created, updated: summary.updated, unchanged: summary.unchanged, errors: summary.errors })}\n`,
);
await disconnectDb();
process.exit(0);
