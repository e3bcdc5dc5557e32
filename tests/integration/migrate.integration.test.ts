// The migration runner (lib/db/migrate.ts) on scratch databases created here and dropped after:
// the same bookkeeping as `prisma migrate deploy`, idempotence, the advisory lock, and the refusal to
// go on past a failed migration.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";

import { migrate, MigrationError } from "@/lib/db/migrate";

const adminUrl = inject("adminUrl");
const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const created: string[] = [];
const tempDirs: string[] = [];

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A new empty database (named mc_test_… so a killed run's leftovers are swept by global-setup). */
async function scratchDb(): Promise<string> {
  const name = `mc_test_migrate_${randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<R>(sql)).rows;
  } finally {
    await c.end();
  }
}

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  logs: string | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};
const rowsOf = (url: string) => query<MigrationRow>(url, `SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);

/** The migrations on disk, read independently of the runner: folder name and sha256 of migration.sql. */
function onDisk(dir = MIGRATIONS_DIR) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => ({
      name: d.name,
      checksum: createHash("sha256")
        .update(fs.readFileSync(path.join(dir, d.name, "migration.sql")))
        .digest("hex"),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function tempMigrations(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mc-migrations-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

afterAll(async () => {
  await admin(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("migrate", () => {
  it("applies every migration, records it like Prisma does, and a second run applies nothing", async () => {
    const url = await scratchDb();
    const expected = onDisk();
    expect(expected.length).toBeGreaterThan(0);

    const first = await migrate({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    expect(first).toEqual({ applied: expected.map((m) => m.name), alreadyApplied: 0, warnings: [] });

    const rows = await rowsOf(url);
    expect(rows.map((r) => r.migration_name)).toEqual(expected.map((m) => m.name));
    for (const [i, r] of rows.entries()) {
      expect(r.checksum).toBe(expected[i]!.checksum);
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).toBeInstanceOf(Date);
      expect(r.rolled_back_at).toBeNull();
      expect(r.applied_steps_count).toBe(1);
      expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    // The schema is really there.
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Workspace", "Membership", "Invitation", "AuditLog"]));

    const second = await migrate({ connectionString: url, migrationsDir: MIGRATIONS_DIR });
    expect(second).toEqual({ applied: [], alreadyApplied: expected.length, warnings: [] });
    expect(await rowsOf(url)).toEqual(rows);
  });

  it("two concurrent runs apply each migration exactly once (advisory lock)", async () => {
    const url = await scratchDb();
    const expected = onDisk().map((m) => m.name);
    const results = await Promise.all([
      migrate({ connectionString: url, migrationsDir: MIGRATIONS_DIR }),
      migrate({ connectionString: url, migrationsDir: MIGRATIONS_DIR }),
      migrate({ connectionString: url, migrationsDir: MIGRATIONS_DIR }),
    ]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(expected);
    const rows = await rowsOf(url);
    expect(rows.map((r) => r.migration_name)).toEqual(expected);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("warns about a migration that was edited after it was applied", async () => {
    const url = await scratchDb();
    const dir = tempMigrations({ "20000101000000_one": `CREATE TABLE "one" (id int);` });
    await migrate({ connectionString: url, migrationsDir: dir });
    fs.appendFileSync(path.join(dir, "20000101000000_one", "migration.sql"), "\n-- edited\n");
    const res = await migrate({ connectionString: url, migrationsDir: dir });
    expect(res.applied).toEqual([]);
    expect(res.warnings).toEqual([expect.stringMatching(/20000101000000_one was modified/)]);
  });

  it("a failing migration: MigrationError, its row kept with the log and no finished_at; the next run refuses and points at `prisma migrate resolve`", async () => {
    const url = await scratchDb();
    const dir = tempMigrations({
      "20000101000000_ok": `CREATE TABLE "ok_table" (id int PRIMARY KEY);`,
      "20000102000000_broken": `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";`,
      "20000103000000_after": `CREATE TABLE "after_table" (id int);`,
    });

    const err = await migrate({ connectionString: url, migrationsDir: dir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as Error).message).toContain("20000102000000_broken");
    expect((err as Error).message).toContain("no_such_table");

    const rows = await rowsOf(url);
    expect(rows.map((r) => r.migration_name)).toEqual(["20000101000000_ok", "20000102000000_broken"]);
    const broken = rows[1]!;
    expect(broken.finished_at).toBeNull();
    expect(broken.rolled_back_at).toBeNull();
    expect(broken.applied_steps_count).toBe(0);
    expect(broken.logs).toContain("no_such_table");
    expect(rows[0]!.finished_at).toBeInstanceOf(Date);

    const again = await migrate({ connectionString: url, migrationsDir: dir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(again).toBeInstanceOf(MigrationError);
    expect((again as Error).message).toContain("prisma migrate resolve");
    expect((again as Error).message).toContain("20000102000000_broken");
    expect((again as Error).message).toContain("no_such_table");
    // Nothing after the failed one was attempted.
    expect((await rowsOf(url)).map((r) => r.migration_name)).toEqual(["20000101000000_ok", "20000102000000_broken"]);
    const after = await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'after_table'`);
    expect(after).toHaveLength(0);
  });

  it("after `migrate resolve --rolled-back` (rolled_back_at set) and a fix, the run continues", async () => {
    const url = await scratchDb();
    const dir = tempMigrations({ "20000101000000_broken": `SELECT * FROM "no_such_table";` });
    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toBeInstanceOf(MigrationError);
    await query(url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '20000101000000_broken'`);
    fs.writeFileSync(path.join(dir, "20000101000000_broken", "migration.sql"), `CREATE TABLE "fixed" (id int);`);
    const res = await migrate({ connectionString: url, migrationsDir: dir });
    expect(res.applied).toEqual(["20000101000000_broken"]);
  });
});
