// The process's click buffer, writing to the app database. Kept on globalThis so that the launcher
// (lib/cli/serve.ts, which flushes it on SIGTERM) and Next's bundled copy of this module share one.
import { db } from "../db";
import { env } from "../env";
import { log } from "../log";
import { ClickBuffer, type ClickRow } from "./click-buffer";

const KEY = Symbol.for("microcampaigns.clickBuffer");
const store = globalThis as unknown as Record<symbol, ClickBuffer | undefined>;

/** Inserts a batch in one statement; ids already present are skipped. */
export async function writeClicks(rows: ClickRow[]): Promise<void> {
  await db.click.createMany({ data: rows, skipDuplicates: true });
}

export function clickBuffer(): ClickBuffer {
  store[KEY] ??= new ClickBuffer({
    write: writeClicks,
    flushMs: env.TRACKING_FLUSH_MS,
    batchSize: env.TRACKING_BATCH_SIZE,
    maxBuffered: env.TRACKING_BUFFER_MAX,
    hourlyCap: env.TRACKING_VISITOR_HOURLY_CAP,
    onWarn: (message, fields) => log.warn(message, fields),
  });
  return store[KEY];
}

/** For the launcher's shutdown: writes the waiting clicks if this process recorded any. */
export async function flushClicksOnShutdown(deadlineMs = 10_000): Promise<number> {
  const buffer = store[KEY];
  return buffer ? buffer.close(deadlineMs) : 0;
}
