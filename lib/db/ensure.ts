// Makes the database ready before the app serves: start or find the embedded server when
// DATABASE_URL is unset, create the app database and apply migrations. `fresh` tells the caller the
// embedded database was just created and `seedDemo` that the caller should seed the demo workspace
// (prisma/seed-demo.ts): lib/db imports no domain, so every entry point seeds after this.
import pg from "pg";

import { env } from "../env";
import { log as logger } from "../log";
import { embeddedUrl, ensureEmbeddedPostgres } from "./embedded";
import { migrate } from "./migrate";
import { EMBEDDED_DATABASE } from "./url";

export type EnsureResult = {
  url: string;
  embedded: boolean;
  owner: boolean;
  fresh: boolean;
  /** A new embedded database outside production, or DB_SEED_DEMO set. */
  seedDemo: boolean;
  stop: () => Promise<void>;
};

const globalForEnsure = globalThis as unknown as { __ensureDb?: Promise<EnsureResult> };

async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (e) {
      // Another process created it between our check and our CREATE.
      if ((e as { code?: string }).code !== "42P04") throw e;
      return false;
    }
    return true;
  } finally {
    await client.end();
  }
}

async function run(log: (m: string) => void): Promise<EnsureResult> {
  let url: string;
  let embedded = false;
  let owner = false;
  let fresh = false;
  let stop = async () => {};
  if (env.DATABASE_URL) {
    url = env.DATABASE_URL;
  } else {
    const res = await ensureEmbeddedPostgres({
      dataDir: env.DATA_DIR,
      sharedBuffers: env.EMBEDDED_PG_SHARED_BUFFERS,
      log: env.LOG_LEVEL === "debug" ? log : () => {},
    });
    embedded = true;
    owner = res.owner;
    stop = res.stop;
    fresh = await createDatabaseIfMissing(embeddedUrl(res.state, "postgres"), EMBEDDED_DATABASE);
    url = embeddedUrl(res.state, EMBEDDED_DATABASE);
    if (res.owner) log(`Embedded PostgreSQL started on port ${res.state.port} (data in ${env.DATA_DIR}/pg)`);
  }
  await migrate({ connectionString: url, log, queryTimeoutMs: env.DB_JOB_QUERY_TIMEOUT_MS });
  const seedDemo = (fresh && env.NODE_ENV !== "production") || env.DB_SEED_DEMO;
  return { url, embedded, owner, fresh, seedDemo, stop };
}

/** Idempotent per process: concurrent callers share one run. */
export function ensureDatabase(log: (m: string) => void = (m) => logger.info(m)): Promise<EnsureResult> {
  globalForEnsure.__ensureDb ??= run(log).catch((e) => {
    globalForEnsure.__ensureDb = undefined;
    throw e;
  });
  return globalForEnsure.__ensureDb;
}
