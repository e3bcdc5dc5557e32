// The refresh job: fetches the numbers of a workspace's live posts from its connected accounts and
// writes them as snapshots with source "api" through the snapshot service (same checks, same
// dedupe; figures equal to the post's latest api snapshot add nothing). Posts are due by
// lib/connectors/schedule.ts. A rate limit or an unreachable API pauses that account with a backoff
// and reschedules the job; an expired token marks the account needs_reauth, tells the admins once,
// and stops its fetches until a new token is pasted. Tokens are opened only for the call, and never
// logged (errors keep the platform's code and message, never the URL, which carries the token).
import { db } from "../db";
import { Prisma } from "../db/generated/client";
import { env } from "../env";
import { AppError } from "../errors";
import { enqueue } from "../jobs";
import { log } from "../log";
import { sameSnapshotCounts, SNAPSHOT_COUNT_FIELDS, type SnapshotCounts } from "../metrics";
import { notifyBrand } from "../notifications/notify";
import { SNAPSHOT_FIGURES_SELECT } from "../posts/records";
import { recordSnapshot } from "../posts/snapshots";
import { secretBox } from "../security/secret-box";
import { hasLiveConnector } from "./accounts";
import { CONNECTOR_LABELS, CONNECTORS, isConnectorPlatform, type ConnectorPlatform } from "./registry";
import { isFetchDue, rateLimitBackoffMs, STOP_AFTER_MS } from "./schedule";
import type { ConnectorError, ConnectorResult, FetchLike, StoryNavigation } from "./types";

export const CONNECTOR_SWEEP_QUEUE = "metric-connectors-sweep";
/** Every 30 minutes the sweep looks for due posts; the schedule decides which (3-hourly, then daily). */
export const CONNECTOR_SWEEP_CRON = "7,37 * * * *";
export const CONNECTOR_REFRESH_QUEUE = "metric-connectors-refresh";
/** Posts fetched per run at most; the rest are still due at the next sweep. */
export const MAX_POSTS_PER_RUN = 200;

export type RefreshOutcome = {
  created: number;
  unchanged: number;
  failed: number;
  /** Posts left for later: every account that could read them is paused. */
  deferred: number;
  /** When a paused account may be called again (the job is rescheduled then); null when none is paused. */
  retryAt: Date | null;
};

type Account = {
  id: string;
  platform: ConnectorPlatform;
  authKind: string;
  externalId: string;
  name: string;
  failures: number;
  retryAfter: Date | null;
  tokenSealed: string;
};

const minute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000);

/**
 * A full snapshot input from a connector's figures (what it did not report stays null). A story's
 * navigation is stored on the snapshot with the counts it came with.
 */
function snapshotInput(c: SnapshotCounts, nav?: StoryNavigation) {
  const out: Record<string, number | null> = {};
  for (const f of SNAPSHOT_COUNT_FIELDS) out[f] = c[f] ?? null;
  return {
    ...(out as Record<(typeof SNAPSHOT_COUNT_FIELDS)[number], number | null>),
    avgWatchPct: c.avgWatchPct ?? null,
    frameViews: [...(c.frameViews ?? [])],
    tapsForward: nav?.tapForward ?? null,
    tapsBack: nav?.tapBack ?? null,
    tapExits: nav?.tapExit ?? null,
    swipesForward: nav?.swipeForward ?? null,
  };
}

/**
 * Fetches the due posts of a workspace (or the one post asked for, due or not) and records their
 * numbers. `http` is the fetch to call: the global one in the job, a recorded-response fake in tests.
 */
export async function refreshWorkspaceMetrics(opts: {
  workspaceId: string;
  postId?: string;
  now?: Date;
  http: FetchLike;
}): Promise<RefreshOutcome> {
  const { workspaceId, http } = opts;
  const now = opts.now ?? new Date();
  const outcome: RefreshOutcome = { created: 0, unchanged: 0, failed: 0, deferred: 0, retryAt: null };
  const rows = await db.connectorAccount.findMany({
    where: { workspaceId, status: "connected", tokenSealed: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, platform: true, authKind: true, externalId: true, name: true, failures: true, retryAfter: true, tokenSealed: true },
  });
  const accounts = rows.filter((a): a is Account => isConnectorPlatform(a.platform) && a.tokenSealed !== null);
  if (accounts.length === 0) return outcome;

  const paused = new Set<string>();
  const pause = (a: Account, until: Date) => {
    paused.add(a.id);
    if (!outcome.retryAt || until < outcome.retryAt) outcome.retryAt = until;
  };
  for (const a of accounts) if (a.retryAfter && a.retryAfter > now) pause(a, a.retryAfter);

  const posts = await db.post.findMany({
    where: {
      workspaceId,
      platform: { in: [...new Set(accounts.map((a) => a.platform))] },
      ...(opts.postId ? { id: opts.postId } : { postedAt: { gte: new Date(now.getTime() - STOP_AFTER_MS), lte: now } }),
    },
    orderBy: [{ postedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      url: true,
      format: true,
      platform: true,
      postedAt: true,
      connectorSync: { select: { accountId: true, mediaId: true, mediaType: true, lastAttemptAt: true } },
    },
  });
  const due = opts.postId ? posts : posts.filter((p) => isFetchDue(p.postedAt, p.connectorSync?.lastAttemptAt ?? null, now));

  const box = secretBox();
  let slug: string | null = null;
  for (const post of due.slice(0, MAX_POSTS_PER_RUN)) {
    const sync = post.connectorSync;
    // The account that found the post before goes first; the others may hold it (another creator's account).
    const candidates = accounts
      .filter((a) => a.platform === post.platform && !paused.has(a.id))
      .sort((a, b) => Number(b.id === sync?.accountId) - Number(a.id === sync?.accountId));
    let postError: { accountId: string; error: ConnectorError } | null = null;
    let done = false;
    for (const account of candidates) {
      if (paused.has(account.id)) continue;
      const cached = sync?.accountId === account.id;
      const res: ConnectorResult = await CONNECTORS[account.platform].fetchPostMetrics({
        post: {
          url: post.url,
          format: post.format,
          postedAt: post.postedAt,
          mediaId: cached ? sync.mediaId : null,
          mediaType: cached ? sync.mediaType : null,
        },
        credentials: { authKind: account.authKind, externalId: account.externalId, token: box.open(account.tokenSealed, account.id) },
        http,
        graphVersion: env.INSTAGRAM_GRAPH_VERSION,
      });
      if (res.ok) {
        await writeResult({ workspaceId, postId: post.id, account, res, now, outcome });
        done = true;
        break;
      }
      const e = res.error;
      log.warn("metric connector fetch failed", {
        platform: account.platform,
        accountId: account.id,
        postId: post.id,
        kind: e.kind,
        detail: e.detail,
      });
      if (e.kind === "token_expired") {
        slug ??= (await db.workspace.findUnique({ where: { id: workspaceId }, select: { slug: true } }))?.slug ?? "";
        await markNeedsReauth({ workspaceId, slug, account, error: e });
        paused.add(account.id);
      } else if (e.kind === "rate_limited" || e.kind === "network") {
        const failures = account.failures + 1;
        const until = new Date(now.getTime() + rateLimitBackoffMs(failures, e.retryAfterSeconds));
        await db.connectorAccount.update({
          where: { workspaceId_id: { workspaceId, id: account.id } },
          data: { failures, retryAfter: until, lastError: e.message },
        });
        account.failures = failures;
        pause(account, until);
      } else {
        postError = { accountId: account.id, error: e };
        // Not among this account's media: another account of the platform may hold it.
        if (e.kind !== "media_not_found") break;
      }
    }
    if (done) continue;
    if (postError) {
      outcome.failed++;
      await db.connectorPostSync.upsert({
        where: { workspaceId_postId: { workspaceId, postId: post.id } },
        create: { workspaceId, postId: post.id, accountId: postError.accountId, lastAttemptAt: now, lastError: postError.error.message },
        update: { accountId: postError.accountId, lastAttemptAt: now, lastError: postError.error.message },
      });
    } else outcome.deferred++;
  }
  return outcome;
}

async function writeResult(opts: {
  workspaceId: string;
  postId: string;
  account: Account;
  res: ConnectorResult & { ok: true };
  now: Date;
  outcome: RefreshOutcome;
}) {
  const { workspaceId, postId, account, res, now, outcome } = opts;
  let lastError: string | null = null;
  try {
    const status = await db.$transaction(async (tx) => {
      const latest = await tx.metricSnapshot.findFirst({
        where: { workspaceId, postId, source: "api" },
        orderBy: [{ capturedAt: "desc" }, { id: "desc" }],
        select: SNAPSHOT_FIGURES_SELECT,
      });
      const counts = snapshotInput(res.counts, res.navigation);
      if (latest && sameSnapshotCounts(latest, counts)) return "unchanged" as const;
      return (await recordSnapshot(tx, { workspaceId, postId, source: "api", capturedAt: minute(now), counts })).status;
    });
    outcome[status]++;
  } catch (e) {
    if (!(e instanceof AppError) || (e.code !== "BAD_REQUEST" && e.code !== "CONFLICT")) throw e;
    // BAD_REQUEST: the platform's figures fail the plausibility checks (or it reported none yet).
    // CONFLICT: other figures were recorded this very minute; the next fetch records these.
    if (e.code === "BAD_REQUEST") {
      outcome.failed++;
      lastError = `${CONNECTOR_LABELS[account.platform]} sent numbers that were not recorded: ${e.message}`;
    } else outcome.unchanged++;
  }
  const navigation = res.navigation ? (res.navigation as Prisma.InputJsonValue) : Prisma.DbNull;
  const sync = {
    accountId: account.id,
    mediaId: res.mediaId,
    mediaType: res.mediaType,
    lastAttemptAt: now,
    lastFetchedAt: now,
    lastError,
    navigation,
  };
  await db.connectorPostSync.upsert({
    where: { workspaceId_postId: { workspaceId, postId } },
    create: { workspaceId, postId, ...sync },
    update: sync,
  });
  await db.connectorAccount.update({
    where: { workspaceId_id: { workspaceId, id: account.id } },
    data: { lastSyncedAt: now, failures: 0, retryAfter: null, lastError: null },
  });
  account.failures = 0;
}

/** connected → needs_reauth, once: only the call that makes the change tells the admins. */
async function markNeedsReauth(opts: { workspaceId: string; slug: string; account: Account; error: ConnectorError }) {
  const { workspaceId, account, error } = opts;
  const changed = await db.connectorAccount.updateMany({
    where: { workspaceId, id: account.id, status: "connected" },
    data: { status: "needs_reauth", lastError: error.message, retryAfter: null },
  });
  if (changed.count !== 1) return;
  const label = CONNECTOR_LABELS[account.platform];
  await notifyBrand({
    workspaceId,
    kind: "connector.needs_reauth",
    title: `${label} connection "${account.name}" needs a new token`,
    body: `${error.message} Until then its posts' numbers are not fetched.`,
    link: `/w/${opts.slug}/settings/connectors`,
  });
}

type RefreshJob = { workspaceId: string; postId?: string };

function parseJob(data: unknown): RefreshJob | null {
  const d = data as { workspaceId?: unknown; postId?: unknown } | null;
  if (typeof d?.workspaceId !== "string") return null;
  return { workspaceId: d.workspaceId, ...(typeof d.postId === "string" ? { postId: d.postId } : {}) };
}

/** One run of the refresh queue; a paused account reschedules it for when the pause ends. */
export async function runConnectorRefresh(data: unknown, deps: { http: FetchLike; now?: Date }): Promise<RefreshOutcome | null> {
  const job = parseJob(data);
  if (!job || env.CONNECTORS_DISABLED) return null;
  const outcome = await refreshWorkspaceMetrics({ ...job, http: deps.http, now: deps.now });
  if (outcome.retryAt && outcome.deferred > 0) {
    await enqueue(CONNECTOR_REFRESH_QUEUE, job, {
      startAfter: outcome.retryAt,
      singletonKey: `retry:${job.workspaceId}:${job.postId ?? "due"}`,
      retryLimit: 0,
    });
  }
  log.info("metric connectors refreshed", { ...outcome, retryAt: outcome.retryAt?.toISOString() ?? null });
  return outcome;
}

export async function connectorRefreshJob(data: unknown): Promise<void> {
  await runConnectorRefresh(data, { http: fetch });
}

/** The sweep: a refresh run for every workspace with a live, unpaused account (across workspaces by design). */
export async function connectorSweepJob(): Promise<void> {
  if (env.CONNECTORS_DISABLED) return;
  const now = new Date();
  const rows = await db.connectorAccount.findMany({
    where: { status: "connected", tokenSealed: { not: null }, OR: [{ retryAfter: null }, { retryAfter: { lte: now } }] },
    distinct: ["workspaceId"],
    select: { workspaceId: true },
  });
  for (const r of rows)
    await enqueue(CONNECTOR_REFRESH_QUEUE, { workspaceId: r.workspaceId }, { singletonKey: `sweep:${r.workspaceId}`, retryLimit: 1 });
}

/** "Refresh now" on a post: queues a run for it alone (due or not). */
export async function requestPostRefresh(opts: { workspaceId: string; postId: string }): Promise<{ queued: boolean }> {
  const { workspaceId, postId } = opts;
  const post = await db.post.findFirst({ where: { workspaceId, id: postId }, select: { id: true, platform: true } });
  if (!post) throw new AppError("NOT_FOUND", "Post not found.");
  if (!isConnectorPlatform(post.platform))
    throw new AppError("BAD_REQUEST", "Numbers are fetched automatically for Instagram and YouTube posts only.");
  const label = CONNECTOR_LABELS[post.platform];
  if (env.CONNECTORS_DISABLED) throw new AppError("BAD_REQUEST", "Metric connectors are switched off on this installation.");
  if (!(await hasLiveConnector(workspaceId, post.platform)))
    throw new AppError("BAD_REQUEST", `Connect ${label} in Settings → Connectors to fetch this post's numbers.`);
  const id = await enqueue(
    CONNECTOR_REFRESH_QUEUE,
    { workspaceId, postId },
    { singletonKey: `now:${workspaceId}:${postId}`, retryLimit: 0 },
  );
  return { queued: id !== null };
}

/** What the connectors last did for a post (for the post's card); null when they never tried. */
export async function postConnectorStatus(workspaceId: string, postId: string) {
  return db.connectorPostSync.findUnique({
    where: { workspaceId_postId: { workspaceId, postId } },
    select: { lastFetchedAt: true, lastAttemptAt: true, lastError: true, navigation: true },
  });
}
