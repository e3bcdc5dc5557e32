// Per test file: a fresh database cloned from the migrated template, and a controllable session
// (the one thing we stand in for: who is signed in). Prisma and Postgres are real.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, inject, vi } from "vitest";

import { testSession } from "./session-double";

const adminUrl = inject("adminUrl");
const templateDb = inject("templateDb");
const dbName = `mc_test_${randomBytes(6).toString("hex")}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}" TEMPLATE "${templateDb}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
process.env.DATABASE_URL = url.toString();
process.env.RATE_LIMIT_DISABLED ??= "true";
// Local state (uploaded files under lib/storage, the dev auth secret) goes to a fresh directory per file.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mc-test-data-"));
process.env.DATA_DIR = dataDir;

// The real session check (JWT → UserSession row → user) is tested in tests/integration/security/,
// which undoes this mock with vi.unmock.
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => testSession.current,
  getCurrentSession: async () => (testSession.current ? { user: testSession.current, sessionId: testSession.sessionId } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  const a = new pg.Client({ connectionString: adminUrl });
  await a.connect();
  await a.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await a.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
