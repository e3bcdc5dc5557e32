// Connection settings that bound every wait on the database (see lib/db/index.ts for why each one).
import type { PoolConfig } from "pg";

import { env } from "../env";

/** Extra time the client waits beyond the server's statement_timeout, so a live server reports first. */
const CLIENT_TIMEOUT_SLACK_MS = 1_000;

export type TimeBoxedConfig = Pick<
  PoolConfig,
  | "connectionTimeoutMillis"
  | "statement_timeout"
  | "idle_in_transaction_session_timeout"
  | "query_timeout"
  | "keepAlive"
  | "keepAliveInitialDelayMillis"
>;

/** node-pg settings for a pool or client; `queryTimeoutMs` is the per-statement budget. */
export function timeBoxedPoolConfig(queryTimeoutMs: number): TimeBoxedConfig {
  return {
    connectionTimeoutMillis: env.DB_CONNECT_TIMEOUT_MS,
    statement_timeout: queryTimeoutMs,
    idle_in_transaction_session_timeout: queryTimeoutMs,
    query_timeout: queryTimeoutMs + CLIENT_TIMEOUT_SLACK_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}
