// The process's click buffer, writing to the app database. Kept on globalThis so that the launcher
// (lib/cli/serve.ts, which flushes it on SIGTERM) and Next's bundled copy of this module share one.
import { db } from "../db";
import { env } from "../env";
import { log } from "../log";
import { ClickBuffer, type ClickRow } from "./click-buffer";

const KEY = Symbol.for("microcampaigns.clickBuffer");
const store = globalThis as unknown as Record<symbol, ClickBuffer | undefined>;

/**
 * Inserts a batch in one statement with one array parameter per column (unnest), so building it costs
 * the same for 1 row or 500; ids already present are skipped (ON CONFLICT DO NOTHING), and so are
 * clicks of a link deleted since (another server may still have had its code cached): without that
 * one such row would fail the whole batch at its foreign key, again at every retry.
 */
export async function writeClicks(rows: ClickRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof ClickRow>(k: K) => rows.map((r) => r[k]);
  await db.$executeRawUnsafe(
    `INSERT INTO "Click" ("workspaceId", "id", "linkId", "collaborationId", "at", "country", "device", "browser", "os", "referrerDomain", "isBot", "visitorHash")
     SELECT u.* FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamp(3)[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::boolean[], $12::text[])
       AS u(w, id, link, collab, at, country, device, browser, os, ref, bot, visitor)
     WHERE EXISTS (SELECT 1 FROM "TrackingLink" l WHERE l."workspaceId" = u.w AND l.id = u.link)
     ON CONFLICT DO NOTHING`,
    col("workspaceId"),
    col("id"),
    col("linkId"),
    col("collaborationId"),
    col("at"),
    col("country"),
    col("device"),
    col("browser"),
    col("os"),
    col("referrerDomain"),
    col("isBot"),
    col("visitorHash"),
  );
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
