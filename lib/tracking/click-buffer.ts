// Clicks wait here and are written in batches, so the redirect never waits for the database
// (README "Tracking links"). One buffer per process (kept on globalThis: Next's bundled routes and
// the launcher share it). Guarantees:
//   - bounded: at most `maxBuffered` clicks wait; past that a click is dropped and counted
//     (`stats.dropped`, logged at most every 10 s) — memory never grows with an outage;
//   - no click written twice: ids are made before the write and the insert skips existing ids
//     (ON CONFLICT DO NOTHING on the primary key), so a batch retried after a timeout that in fact
//     committed adds nothing;
//   - a failed batch stays at the front of the queue and is retried with a growing pause (≤ 5 s);
//   - `close()` (SIGTERM in lib/cli/serve.ts) writes what is left before the process ends;
//   - a flood from one visitor: at most `hourlyCap` clicks per visitor, link and clock hour are kept
//     (`stats.capped` counts the rest).

export type ClickRow = {
  workspaceId: string;
  id: string;
  linkId: string;
  collaborationId: string;
  at: Date;
  country: string | null;
  device: string | null;
  browser: string | null;
  os: string | null;
  referrerDomain: string | null;
  isBot: boolean;
  visitorHash: string;
};
export type ClickWriter = (rows: ClickRow[]) => Promise<void>;
export type PushResult = "queued" | "capped" | "dropped";

export type ClickBufferOptions = {
  write: ClickWriter;
  flushMs: number;
  batchSize: number;
  maxBuffered: number;
  hourlyCap: number;
  onWarn?: (message: string, fields: Record<string, unknown>) => void;
  now?: () => number;
};

const HOUR = 3_600_000;
const MAX_VISITOR_KEYS = 200_000;

export class ClickBuffer {
  readonly stats = { queued: 0, written: 0, dropped: 0, capped: 0, failedFlushes: 0 };
  private queue: ClickRow[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private backoffMs = 0;
  private visitors = new Map<string, number>();
  private hour = -1;
  private lastWarn = 0;
  private closed = false;

  constructor(private opts: ClickBufferOptions) {}

  /** Clicks waiting to be written. */
  get pending(): number {
    return this.queue.length;
  }

  /** Points the buffer at another writer (tests: an unreachable database, then the real one). */
  setWriter(write: ClickWriter): void {
    this.opts.write = write;
  }

  /** Queues one click; never throws, never waits. */
  push(row: ClickRow): PushResult {
    const now = this.opts.now?.() ?? Date.now();
    const hour = Math.floor(now / HOUR);
    if (hour !== this.hour || this.visitors.size > MAX_VISITOR_KEYS) {
      this.visitors.clear();
      this.hour = hour;
    }
    const key = `${row.linkId}\n${row.visitorHash}`;
    const seen = this.visitors.get(key) ?? 0;
    if (seen >= this.opts.hourlyCap) {
      this.stats.capped++;
      return "capped";
    }
    this.visitors.set(key, seen + 1);
    if (this.queue.length >= this.opts.maxBuffered) {
      this.stats.dropped++;
      this.warn("click buffer full: click dropped", now);
      return "dropped";
    }
    this.queue.push(row);
    this.stats.queued++;
    if (this.queue.length >= this.opts.batchSize && this.backoffMs === 0) this.schedule(0);
    else this.schedule(this.opts.flushMs + this.backoffMs);
    return "queued";
  }

  /** Writes what is queued, batch by batch; stops at the first failure (the rows stay queued). */
  flush(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops the timer and writes what is left, retrying until `deadlineMs` has passed. Returns the clicks not written. */
  async close(deadlineMs = 10_000): Promise<number> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const end = Date.now() + deadlineMs;
    for (;;) {
      await this.flush();
      if (this.queue.length === 0 || Date.now() >= end) break;
      await new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, end - Date.now()))));
    }
    if (this.queue.length > 0) this.opts.onWarn?.("clicks not written at shutdown", { lost: this.queue.length });
    return this.queue.length;
  }

  private schedule(ms: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().then(() => {
        if (this.queue.length > 0) this.schedule(this.opts.flushMs + this.backoffMs);
      });
    }, ms);
    this.timer.unref?.();
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, this.opts.batchSize);
      try {
        await this.opts.write(batch);
      } catch (err) {
        this.stats.failedFlushes++;
        this.backoffMs = Math.min(5_000, Math.max(250, this.backoffMs * 2));
        this.warn("click batch not written; kept for a retry", this.opts.now?.() ?? Date.now(), err);
        return;
      }
      // Only this loop removes rows, and pushes only append: the batch is still the queue's head.
      this.queue.splice(0, batch.length);
      this.stats.written += batch.length;
      this.backoffMs = 0;
    }
  }

  private warn(message: string, now: number, err?: unknown): void {
    if (now - this.lastWarn < 10_000) return;
    this.lastWarn = now;
    this.opts.onWarn?.(message, { pending: this.queue.length, ...this.stats, err });
  }
}
