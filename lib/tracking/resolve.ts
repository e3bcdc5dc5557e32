// code → what the redirect needs, from the global TrackingCode table (one primary-key lookup),
// cached in memory for TRACKING_CACHE_TTL_MS (default 5 s). Staleness bound: a pause, expiry or
// destination change made through another server is seen here at most TTL after it was written
// (this server's own changes drop the cached entry at once). Unknown codes are cached too, so a
// scanner trying codes costs one lookup per code per TTL; concurrent misses share one query.
import { db } from "../db";
import { env } from "../env";

export type CodeEntry = {
  workspaceId: string;
  linkId: string;
  collaborationId: string;
  location: string;
  paused: boolean;
  expiresAt: Date | null;
  fallbackUrl: string | null;
};
type Lookup = (code: string) => Promise<CodeEntry | null>;

const MAX_ENTRIES = 10_000;

export const lookupCode: Lookup = (code) =>
  db.trackingCode.findUnique({
    where: { code },
    select: { workspaceId: true, linkId: true, collaborationId: true, location: true, paused: true, expiresAt: true, fallbackUrl: true },
  });

export function createCodeResolver(opts: { ttlMs: number; lookup?: Lookup }) {
  const lookup = opts.lookup ?? lookupCode;
  const cache = new Map<string, { entry: CodeEntry | null; until: number }>();
  const inflight = new Map<string, Promise<CodeEntry | null>>();
  return {
    async resolve(code: string, now = Date.now()): Promise<CodeEntry | null> {
      const hit = cache.get(code);
      if (hit && hit.until > now) return hit.entry;
      let p = inflight.get(code);
      if (!p) {
        p = lookup(code).finally(() => inflight.delete(code));
        inflight.set(code, p);
      }
      const entry = await p;
      if (opts.ttlMs > 0) {
        cache.delete(code);
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
        cache.set(code, { entry, until: now + opts.ttlMs });
      }
      return entry;
    },
    forget(code: string): void {
      cache.delete(code);
    },
  };
}

const KEY = Symbol.for("microcampaigns.codeResolver");
const store = globalThis as unknown as Record<symbol, ReturnType<typeof createCodeResolver> | undefined>;

/** This process's resolver. */
export function codeResolver() {
  store[KEY] ??= createCodeResolver({ ttlMs: env.TRACKING_CACHE_TTL_MS });
  return store[KEY];
}
