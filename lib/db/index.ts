// The Prisma client singletons. Created on first use so that the database URL can come from an
// embedded server started moments earlier. Every pool is bounded and time-boxed, so a database that
// is down or frozen (a stopped process, a dead network path) answers with an error the boundary turns
// into a 503 instead of hanging a request:
// - connecting waits at most DB_CONNECT_TIMEOUT_MS;
// - the server cancels a statement after DB_QUERY_TIMEOUT_MS (statement_timeout), and abandons a
//   transaction left idle as long;
// - the client gives up on an answer shortly after (node-pg query_timeout), because a frozen server
//   can't enforce its own timeout; the connection is then discarded;
// - TCP keepalive notices a peer that vanished without closing the connection.
// `db` serves requests; `jobDb` has the longer DB_JOB_QUERY_TIMEOUT_MS budget for background work
// that legitimately runs long statements (roster imports). Migrations and the search benchmark use
// the same long budget on their own connections (lib/db/migrate.ts, tests/bench/discovery.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import pg, { type PoolClient } from "pg";

import { env } from "../env";
import { log } from "../log";
import { PrismaClient } from "./generated/client";
import { timeBoxedPoolConfig } from "./pool-config";
import { resolveDatabaseUrl } from "./url";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { __db?: PrismaClient; __dbUrl?: string; __jobDb?: PrismaClient; __jobDbUrl?: string };

/**
 * After a client-side query timeout the connection still waits for the abandoned answer: inside a
 * transaction Prisma would hand it back to the pool as healthy (only failed pool.query calls discard
 * their connection), and the next query would queue behind the dead one. End it instead.
 */
function endOnReadTimeout(client: PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const check = (e: unknown) => {
    if (e instanceof Error && e.message === "Query read timeout") void client.end().catch(() => {});
  };
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const cb = args.at(-1);
    if (typeof cb === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => {
        if (err) check(err);
        (cb as (err: unknown, res: unknown) => void)(err, res);
      };
      return original(...args);
    }
    const result = original(...args);
    if (result instanceof Promise) result.catch(check);
    return result;
  };
}

export function createDb(connectionString: string, opts: { queryTimeoutMs?: number; max?: number } = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? env.DB_POOL_MAX,
    idleTimeoutMillis: 30_000,
    ...timeBoxedPoolConfig(opts.queryTimeoutMs ?? env.DB_QUERY_TIMEOUT_MS),
    // Planner: every row an index walk visits costs a buffer access even when the table is cached.
    // With the default assumption (a cache bigger than the table makes re-visits free) Postgres
    // prices "walk 15,000 rows in follower order to find 50 matches" below "find the 3,000 matches
    // by the GIN index and sort them" — 25 ms against 8 ms at a million profiles (bench:discovery).
    options: "-c effective_cache_size=64MB",
  });
  pool.on("connect", endOnReadTimeout);
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    onPoolError: (err) => log.warn("idle database connection lost", { err }),
  });
  // "minimal": an error's message names what failed, without Prisma's pretty-printed call and its
  // arguments (which could hold a password hash or a token) — messages end up in log lines.
  return new PrismaClient({ adapter, errorFormat: "minimal" });
}

function client(): PrismaClient {
  const url = resolveDatabaseUrl();
  if (!globalForDb.__db || globalForDb.__dbUrl !== url) {
    void globalForDb.__db?.$disconnect();
    globalForDb.__db = createDb(url);
    globalForDb.__dbUrl = url;
  }
  return globalForDb.__db;
}

function jobClient(): PrismaClient {
  const url = resolveDatabaseUrl();
  if (!globalForDb.__jobDb || globalForDb.__jobDbUrl !== url) {
    void globalForDb.__jobDb?.$disconnect();
    globalForDb.__jobDb = createDb(url, { queryTimeoutMs: env.DB_JOB_QUERY_TIMEOUT_MS, max: 3 });
    globalForDb.__jobDbUrl = url;
  }
  return globalForDb.__jobDb;
}

function lazy(get: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, prop) {
      const c = get();
      const value = Reflect.get(c, prop, c) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(c) : value;
    },
  });
}

/** The application's Prisma client (requests: DB_QUERY_TIMEOUT_MS per statement). */
export const db: PrismaClient = lazy(client);

/** For background jobs with long statements (DB_JOB_QUERY_TIMEOUT_MS per statement; a small pool). */
export const jobDb: PrismaClient = lazy(jobClient);

/** Closes both pools (tests, scripts). */
export async function disconnectDb(): Promise<void> {
  await Promise.all([globalForDb.__db?.$disconnect(), globalForDb.__jobDb?.$disconnect()]);
}

export { Prisma } from "./generated/client";
export { timeBoxedPoolConfig } from "./pool-config";
