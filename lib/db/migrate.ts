// Applies prisma/migrations the way `prisma migrate deploy` does, so either tool can take over:
// the same `_prisma_migrations` table and rows (checksum = sha256 hex of migration.sql), the same
// advisory lock key, and the same refusal to continue past a failed migration.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import pg from "pg";

// Prisma's advisory lock key for migrations (schema-engine: 72707369).
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type LocalMigration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export function readMigrations(dir = path.resolve(/*turbopackIgnore: true*/ "prisma/migrations")): LocalMigration[] {
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, d, "migration.sql")))
    .sort()
    .map((name) => {
      const buf = fs.readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, name, "migration.sql"));
      return { name, sql: buf.toString("utf8"), checksum: createHash("sha256").update(buf).digest("hex") };
    });
}

/**
 * Idempotent SQL applied after the migrations on every run (prisma/post-migrate/*.sql): objects
 * that need an extension, such as trigram indexes. They live outside prisma/migrations because the
 * offline migration checker replays migrations on a shadow database without extensions; Prisma
 * neither creates nor drops them (`prisma migrate deploy` users run these files once by hand).
 */
async function applyPostMigrate(client: pg.Client, dir: string) {
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return;
  for (const f of fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((n) => n.endsWith(".sql"))
    .sort()) {
    try {
      await client.query(fs.readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, f), "utf8"));
    } catch (e) {
      throw new MigrationError(`post-migrate/${f} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

export type MigrateResult = { applied: string[]; alreadyApplied: number; warnings: string[] };

/** Applies every pending migration under an advisory lock. Throws MigrationError with a clear message. */
export async function migrate(opts: {
  connectionString: string;
  migrationsDir?: string;
  postMigrateDir?: string;
  log?: (msg: string) => void;
  /** Per statement, client side (a frozen server can't time itself out); default 30 minutes. */
  queryTimeoutMs?: number;
}): Promise<MigrateResult> {
  const log = opts.log ?? (() => {});
  const local = readMigrations(opts.migrationsDir);
  // Migrations and post-migrate index builds may run long (no server statement_timeout), but a dead
  // or frozen server must not hang start-up forever.
  const client = new pg.Client({
    connectionString: opts.connectionString,
    connectionTimeoutMillis: 10_000,
    query_timeout: opts.queryTimeoutMs ?? 30 * 60_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  await client.connect();
  const warnings: string[] = [];
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      logs: string | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at`);

    const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed.length > 0) {
      const f = failed[0]!;
      throw new MigrationError(
        `Migration "${f.migration_name}" failed earlier and was not rolled back, so no further migrations are applied.\n` +
          `Fix the database by hand, then mark it with \`npx prisma migrate resolve --rolled-back ${f.migration_name}\` ` +
          `(or --applied). Its log:\n${f.logs ?? "(none)"}`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r]));
    for (const r of done.values()) {
      const l = local.find((m) => m.name === r.migration_name);
      if (!l) warnings.push(`Migration ${r.migration_name} is recorded in the database but missing from prisma/migrations.`);
      else if (l.checksum !== r.checksum) warnings.push(`Migration ${r.migration_name} was modified after it was applied.`);
    }
    for (const m of local) {
      if (done.has(m.name)) continue;
      const id = randomUUID();
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, m.checksum, m.name],
      );
      try {
        await client.query(m.sql);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
        throw new MigrationError(`Migration "${m.name}" failed: ${message}`);
      }
      await client.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
        [id],
      );
      applied.push(m.name);
      log(`Applied migration ${m.name}`);
    }
    // By default the folder beside prisma/migrations: prisma/post-migrate.
    await applyPostMigrate(
      client,
      opts.postMigrateDir ??
        path.join(
          /*turbopackIgnore: true*/ path.dirname(path.resolve(/*turbopackIgnore: true*/ opts.migrationsDir ?? "prisma/migrations")),
          "post-migrate",
        ),
    );
    for (const w of warnings) log(`Warning: ${w}`);
    return { applied, alreadyApplied: done.size, warnings };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
}
