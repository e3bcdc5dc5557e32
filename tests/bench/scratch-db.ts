/**
 * The scratch database a benchmark builds its data in (bench:analytics, bench:discovery): a database
 * of its own on the configured server (the embedded one by default, under DATA_DIR), dropped and
 * created afresh, migrated, with one workspace; `DATABASE_URL` points at it before the bench imports
 * lib/db, and the requests get the longest budget lib/env accepts. `close()` ends the connections and
 * drops the database unless the bench was run with `--keep`.
 */
import pg from "pg";

import { embeddedUrl, ensureEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";

/** `--name value` from the command line, or the fallback. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** `--name 1000,20000`: the positive whole numbers of a comma-separated list. */
export function sizesArg(name: string, fallback: string): number[] {
  return arg(name, fallback)
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** Progress on stderr, so stdout stays one JSON line per result. */
export const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export type ScratchDb = {
  url: string;
  /** A connection of its own for building the data, with the build's statement budget. */
  client: pg.Client;
  close: () => Promise<void>;
};

/** The scratch database `database` with the workspace `workspaceId` (slug "bench") in it. */
export async function openScratchDb(opts: {
  database: string;
  workspaceId: string;
  buildTimeoutMs: number;
  /** Keep the database if it exists (a --keep run left it). */
  reuse?: boolean;
}): Promise<ScratchDb> {
  const adminUrl = process.env.DATABASE_URL
    ? withDb(process.env.DATABASE_URL, "postgres")
    : embeddedUrl((await ensureEmbeddedPostgres({ dataDir: process.env.DATA_DIR ?? ".data" })).state, "postgres");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [opts.database])).rowCount === 1;
  if (!opts.reuse || !exists) {
    await admin.query(`DROP DATABASE IF EXISTS ${opts.database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${opts.database}`);
  }
  const url = withDb(adminUrl, opts.database);
  await migrate({ connectionString: url, log: () => {} });
  process.env.DATABASE_URL = url;
  // The timed reads through lib/db get a request's budget, the most lib/env accepts (10 minutes).
  process.env.DB_QUERY_TIMEOUT_MS = "600000";

  const { timeBoxedPoolConfig } = await import("../../lib/db/pool-config");
  const client = new pg.Client({ connectionString: url, ...timeBoxedPoolConfig(opts.buildTimeoutMs) });
  await client.connect();
  await client.query(`INSERT INTO "Workspace" (id, slug, name, "updatedAt") VALUES ($1, 'bench', 'Bench', now()) ON CONFLICT DO NOTHING`, [
    opts.workspaceId,
  ]);

  return {
    url,
    client,
    close: async () => {
      await client.end();
      const { db } = await import("../../lib/db");
      await db.$disconnect();
      if (!process.argv.includes("--keep")) await admin.query(`DROP DATABASE IF EXISTS ${opts.database} WITH (FORCE)`);
      await admin.end();
    },
  };
}
