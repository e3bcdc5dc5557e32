// The metric connectors on real Postgres with recorded platform responses (never the network):
// sealed tokens, the refresh job writing api snapshots through the snapshot service, idempotence,
// the schedule, an expired token (account flagged, admins told once, no snapshot), a rate limit
// (account paused with a backoff, job rescheduled), a post-level error, and tenancy.
import { afterAll, describe, expect, it } from "vitest";

import { loadCampaignResults } from "@/lib/analytics/campaign";
import { connectConnector, disconnectConnector, listConnectorAccounts, replaceConnectorToken } from "@/lib/connectors/accounts";
import {
  CONNECTOR_REFRESH_QUEUE,
  connectorSweepJob,
  refreshWorkspaceMetrics,
  requestPostRefresh,
  runConnectorRefresh,
} from "@/lib/connectors/refresh";
import { connectConnectorSchema } from "@/lib/connectors/schemas";
import { db } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { stopJobs } from "@/lib/jobs";
import { createPost } from "@/lib/posts/records";
import { secretBox } from "@/lib/security/secret-box";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { recordedFetch, type RecordedRoute } from "../fixtures/connectors/recorded-fetch";
import { createUser, createWorkspaceWith } from "../fixtures/factories";

const IG_TOKEN = "EAAGtestLongLivedToken0123456789";
const YT_KEY = "AIzaSyTestKey0123456789abcdefghij";
const HOUR = 3_600_000;

const FEED: RecordedRoute[] = [
  { match: /\/media\?.*after=QVFIUjNwQ2/, fixture: "instagram/media-page-2.json" },
  { match: /\/17841400000000001\/media\?/, fixture: "instagram/media-page-1.json" },
  { match: /\/17900000000000001\/insights\?/, fixture: "instagram/insights-feed.json" },
  { match: /\/youtube\/v3\/videos\?/, fixture: "youtube/videos-statistics.json" },
];

async function world(label: string) {
  const owner = await createUser({ name: `Owner ${label}` });
  const { workspace } = await createWorkspaceWith({ name: `Brand ${label}`, owner });
  const collab = await createInvitedCollaboration(workspace.id, owner.id);
  return { owner, workspace, w: workspace.id, ...collab };
}

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return toAppError(e);
  }
  throw new Error("expected a failure");
}

async function post(
  t: Awaited<ReturnType<typeof world>>,
  url: string,
  platform: "instagram" | "youtube" | "tiktok",
  postedAt: Date | null,
) {
  return createPost({
    workspaceId: t.w,
    collaborationId: t.collaborationId,
    actorId: t.owner.id,
    input: { url, platform, format: platform === "youtube" ? "video" : "post", postedAt, deliverableId: null },
  });
}

async function connectInstagram(t: Awaited<ReturnType<typeof world>>, token = IG_TOKEN) {
  return connectConnector({
    workspaceId: t.w,
    actorId: t.owner.id,
    input: connectConnectorSchema.parse({
      platform: "instagram",
      authKind: "facebook_login",
      externalId: "17841400000000001",
      name: "@creator.handle",
      token,
    }),
  });
}

const apiSnapshots = (w: string, postId: string) =>
  db.metricSnapshot.findMany({ where: { workspaceId: w, postId, source: "api" }, orderBy: { capturedAt: "asc" } });

afterAll(async () => {
  await stopJobs();
});

describe("connector accounts", () => {
  it("seals the token bound to the row, never lists it, and forgets it on disconnect", async () => {
    const A = await world("seal");
    const { id } = await connectInstagram(A);
    const row = await db.connectorAccount.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id } } });
    expect(row.tokenSealed).not.toContain(IG_TOKEN);
    expect(secretBox().open(row.tokenSealed!, id)).toBe(IG_TOKEN);
    expect(() => secretBox().open(row.tokenSealed!, "another-row")).toThrow();
    expect(row).toMatchObject({ platform: "instagram", name: "creator.handle", status: "connected" });
    const listed = await listConnectorAccounts(A.w);
    expect(JSON.stringify(listed)).not.toContain(row.tokenSealed!);
    expect(listed[0]).not.toHaveProperty("tokenSealed");

    expect((await errorOf(connectInstagram(A)))?.code).toBe("CONFLICT");
    await disconnectConnector({ workspaceId: A.w, actorId: A.owner.id, accountId: id });
    const gone = await db.connectorAccount.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id } } });
    expect(gone).toMatchObject({ status: "disconnected", tokenSealed: null });
    expect((await errorOf(disconnectConnector({ workspaceId: A.w, actorId: A.owner.id, accountId: id })))?.code).toBe("NOT_FOUND");
    const audit = await db.auditLog.findMany({ where: { workspaceId: A.w, targetId: id }, select: { action: true, metadata: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["connectors.account_connected", "connectors.account_disconnected"]);
    expect(JSON.stringify(audit)).not.toContain(IG_TOKEN);
  });

  it("refuses a token with spaces or too short, and an Instagram id that is a handle", () => {
    const base = { platform: "instagram", authKind: "facebook_login", externalId: "17841400000000001", name: "x", token: IG_TOKEN };
    expect(connectConnectorSchema.safeParse({ ...base, token: "short" }).success).toBe(false);
    expect(connectConnectorSchema.safeParse({ ...base, token: `${IG_TOKEN} more` }).success).toBe(false);
    expect(connectConnectorSchema.safeParse({ ...base, externalId: "@creator" }).success).toBe(false);
    expect(connectConnectorSchema.safeParse({ platform: "tiktok", name: "x", token: IG_TOKEN }).success).toBe(false);
  });
});

describe("refresh job", () => {
  it("writes api snapshots for due posts; the same numbers again change nothing; new numbers add one", async () => {
    const A = await world("refresh");
    await connectInstagram(A);
    await connectConnector({
      workspaceId: A.w,
      actorId: A.owner.id,
      input: connectConnectorSchema.parse({ platform: "youtube", authKind: "api_key", name: "YouTube key", token: YT_KEY }),
    });
    const postedAt = new Date("2026-11-10T08:00:00Z");
    const ig = await post(A, "https://instagram.com/p/CFeedPost01", "instagram", postedAt);
    const yt = await post(A, "https://youtu.be/dQw4w9WgXcQ", "youtube", postedAt);
    const unposted = await post(A, "https://instagram.com/p/NotLiveYet1", "instagram", null);

    const now = new Date(postedAt.getTime() + 2 * HOUR);
    const http = recordedFetch(FEED);
    const first = await refreshWorkspaceMetrics({ workspaceId: A.w, now, http });
    expect(first).toEqual({ created: 2, unchanged: 0, failed: 0, deferred: 0, retryAt: null });
    const [igSnap] = await apiSnapshots(A.w, ig.id);
    expect(igSnap).toMatchObject({
      views: 5230,
      reach: 3100,
      likes: 214,
      comments: 18,
      shares: 9,
      saves: 31,
      impressions: null,
      enteredById: null,
    });
    expect(await apiSnapshots(A.w, yt.id)).toMatchObject([{ views: 125403, likes: 6120, comments: 388 }]);
    expect(await apiSnapshots(A.w, unposted.id)).toEqual([]);
    const sync = await db.connectorPostSync.findUniqueOrThrow({ where: { workspaceId_postId: { workspaceId: A.w, postId: ig.id } } });
    expect(sync).toMatchObject({ mediaId: "17900000000000001", mediaType: "FEED", lastError: null, lastFetchedAt: now });
    // The token went to the platform, and nowhere into what is stored or logged.
    expect(http.calls.some((c) => c.url.includes(`access_token=${IG_TOKEN}`))).toBe(true);
    expect(JSON.stringify(await db.connectorPostSync.findMany({ where: { workspaceId: A.w } }))).not.toContain(IG_TOKEN);

    // Same run time again: nothing is due, nothing is called.
    const idle = recordedFetch(FEED);
    expect(await refreshWorkspaceMetrics({ workspaceId: A.w, now, http: idle })).toMatchObject({ created: 0, unchanged: 0 });
    expect(idle.calls).toEqual([]);

    // Three hours on: due again; the same numbers add nothing; the cached media id skips the media list.
    const later = recordedFetch(FEED);
    const second = await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(now.getTime() + 3 * HOUR), http: later });
    expect(second).toMatchObject({ created: 0, unchanged: 2, failed: 0 });
    expect(later.calls.filter((c) => c.url.includes("/media?"))).toEqual([]);
    expect(await apiSnapshots(A.w, ig.id)).toHaveLength(1);

    // "Refresh now" on one post, due or not, with new numbers: one more snapshot, the curve grows.
    const reel = recordedFetch([{ match: /\/17900000000000001\/insights\?/, fixture: "instagram/insights-reel.json" }]);
    const forced = await refreshWorkspaceMetrics({
      workspaceId: A.w,
      postId: ig.id,
      now: new Date(now.getTime() + 3 * HOUR + 60_000),
      http: reel,
    });
    expect(forced).toMatchObject({ created: 1 });
    expect((await apiSnapshots(A.w, ig.id)).map((s) => s.views)).toEqual([5230, 48210]);
    const account = await db.connectorAccount.findFirstOrThrow({ where: { workspaceId: A.w, platform: "instagram" } });
    expect(account).toMatchObject({ status: "connected", failures: 0, lastError: null });
    expect(account.lastSyncedAt).not.toBeNull();
  });

  it("stops after day 60: an old post is not fetched", async () => {
    const A = await world("old");
    await connectInstagram(A);
    const postedAt = new Date("2026-08-01T08:00:00Z");
    await post(A, "https://instagram.com/p/CFeedPost01", "instagram", postedAt);
    const http = recordedFetch(FEED);
    await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(postedAt.getTime() + 61 * 24 * HOUR), http });
    expect(http.calls).toEqual([]);
  });

  it("an expired token: account needs_reauth, admins told once, no snapshot, no more calls", async () => {
    const A = await world("expired");
    const { id } = await connectInstagram(A);
    const postedAt = new Date("2026-11-10T08:00:00Z");
    const ig = await post(A, "https://instagram.com/p/CFeedPost01", "instagram", postedAt);
    const expired = () => recordedFetch([{ match: /./, status: 400, fixture: "instagram/error-token-expired.json" }]);
    const now = new Date(postedAt.getTime() + HOUR);
    const res = await refreshWorkspaceMetrics({ workspaceId: A.w, now, http: expired() });
    expect(res).toMatchObject({ created: 0, failed: 0, deferred: 1, retryAt: null });
    const account = await db.connectorAccount.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id } } });
    expect(account.status).toBe("needs_reauth");
    expect(account.lastError).toMatch(/expired or was revoked/);
    expect(await apiSnapshots(A.w, ig.id)).toEqual([]);
    const notices = await db.notification.findMany({ where: { workspaceId: A.w, kind: "connector.needs_reauth" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ userId: A.owner.id, link: `/w/${A.workspace.slug}/settings/connectors` });

    const again = expired();
    await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(now.getTime() + 3 * HOUR), http: again });
    expect(again.calls).toEqual([]);
    expect(await db.notification.count({ where: { workspaceId: A.w, kind: "connector.needs_reauth" } })).toBe(1);

    // A new token: connected again, and the post is fetched.
    await replaceConnectorToken({
      workspaceId: A.w,
      actorId: A.owner.id,
      input: { accountId: id, token: "EAAGanotherFreshToken98765", expiresAt: null },
    });
    const fresh = recordedFetch(FEED);
    expect(await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(now.getTime() + 4 * HOUR), http: fresh })).toMatchObject({
      created: 1,
    });
    expect(fresh.calls.every((c) => c.url.includes("access_token=EAAGanotherFreshToken98765"))).toBe(true);
  });

  it("a rate limit pauses the account with a backoff and reschedules the job; after the pause it fetches", async () => {
    const A = await world("rate");
    const { id } = await connectInstagram(A);
    const postedAt = new Date("2026-11-10T08:00:00Z");
    const ig = await post(A, "https://instagram.com/p/CFeedPost01", "instagram", postedAt);
    const now = new Date(postedAt.getTime() + HOUR);
    const limited = recordedFetch([{ match: /./, status: 403, fixture: "instagram/error-rate-limit.json" }]);
    const res = await runConnectorRefresh({ workspaceId: A.w }, { http: limited, now });
    expect(res).toMatchObject({ created: 0, deferred: 1 });
    const account = await db.connectorAccount.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id } } });
    expect(account).toMatchObject({ status: "connected", failures: 1 });
    expect(account.retryAfter?.getTime()).toBe(now.getTime() + 15 * 60_000);
    expect(account.lastError).toMatch(/rate limit/);
    expect(res?.retryAt).toEqual(account.retryAfter);
    expect(await apiSnapshots(A.w, ig.id)).toEqual([]);
    // Rescheduled: a queued run of the refresh queue for this workspace, starting when the pause ends.
    const jobs = await db.$queryRaw<{ data: { workspaceId: string }; start_after: Date }[]>`
      SELECT data, start_after FROM pgboss.job WHERE name = ${CONNECTOR_REFRESH_QUEUE} AND state = 'created'`;
    expect(jobs.filter((j) => j.data.workspaceId === A.w).map((j) => j.start_after.getTime())).toEqual([account.retryAfter!.getTime()]);

    // While paused: no calls. A second limit doubles the wait.
    const paused = recordedFetch(FEED);
    await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(now.getTime() + 5 * 60_000), http: paused });
    expect(paused.calls).toEqual([]);
    const after = new Date(now.getTime() + 16 * 60_000);
    await refreshWorkspaceMetrics({ workspaceId: A.w, now: after, http: limited });
    const twice = await db.connectorAccount.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id } } });
    expect(twice.retryAfter?.getTime()).toBe(after.getTime() + 30 * 60_000);

    const ok = recordedFetch(FEED);
    expect(await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(after.getTime() + 31 * 60_000), http: ok })).toMatchObject({
      created: 1,
    });
    expect(await db.connectorAccount.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id } } })).toMatchObject({
      failures: 0,
      retryAfter: null,
      lastError: null,
    });
  });

  it("a metric the media doesn't support is the post's error, not the account's; it is tried again at the next slot", async () => {
    const A = await world("unsupported");
    const { id } = await connectInstagram(A);
    const postedAt = new Date("2026-11-10T08:00:00Z");
    const ig = await post(A, "https://instagram.com/p/CFeedPost01", "instagram", postedAt);
    const http = recordedFetch([
      ...FEED.slice(0, 2),
      { match: /\/insights\?/, status: 400, fixture: "instagram/error-metric-unsupported.json" },
    ]);
    const now = new Date(postedAt.getTime() + HOUR);
    expect(await refreshWorkspaceMetrics({ workspaceId: A.w, now, http })).toMatchObject({ failed: 1, deferred: 0 });
    const sync = await db.connectorPostSync.findUniqueOrThrow({ where: { workspaceId_postId: { workspaceId: A.w, postId: ig.id } } });
    expect(sync).toMatchObject({ accountId: id, lastAttemptAt: now, lastFetchedAt: null });
    expect(sync.lastError).toMatch(/does not report these metrics/);
    expect(await db.connectorAccount.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.w, id } } })).toMatchObject({
      status: "connected",
      lastError: null,
    });
    const soon = recordedFetch(FEED);
    await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(now.getTime() + HOUR), http: soon });
    expect(soon.calls).toEqual([]);
  });

  it("a story records its counts and keeps the navigation breakdown", async () => {
    const A = await world("story");
    await connectInstagram(A);
    const postedAt = new Date("2026-11-21T07:00:00Z");
    const s = await createPost({
      workspaceId: A.w,
      collaborationId: A.collaborationId,
      actorId: A.owner.id,
      input: {
        url: "https://instagram.com/stories/creator.handle/3512345678901234567",
        platform: "instagram",
        format: "story",
        postedAt,
        deliverableId: null,
      },
    });
    const http = recordedFetch([
      { match: /\/stories\?/, fixture: "instagram/stories.json" },
      { match: /breakdown=story_navigation_action_type/, fixture: "instagram/navigation-story.json" },
      { match: /\/18000000000000042\/insights\?/, fixture: "instagram/insights-story.json" },
    ]);
    expect(await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(postedAt.getTime() + 2 * HOUR), http })).toMatchObject({
      created: 1,
    });
    expect(await apiSnapshots(A.w, s.id)).toMatchObject([{ views: 1480, reach: 1320, replies: 12, shares: 4, likes: null }]);
    const sync = await db.connectorPostSync.findUniqueOrThrow({ where: { workspaceId_postId: { workspaceId: A.w, postId: s.id } } });
    expect(sync.navigation).toEqual({ tapForward: 1102, tapBack: 41, tapExit: 160, swipeForward: 58 });
    // The navigation is stored on the snapshot with the counts it came with, and the Results read it.
    expect(await apiSnapshots(A.w, s.id)).toMatchObject([{ tapsForward: 1102, tapsBack: 41, tapExits: 160, swipesForward: 58 }]);
    const { campaignId } = await db.collaboration.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: A.w, id: A.collaborationId } },
      select: { campaignId: true },
    });
    const results = await loadCampaignResults({ workspaceId: A.w, campaignId, timeZone: "UTC" });
    expect(results.stories).toMatchObject([
      { postId: s.id, frames: [], navigation: { tapsForward: 1102, tapsBack: 41, tapExits: 160, swipesForward: 58 } },
    ]);
    // A later fetch whose only change is the navigation is a new snapshot, not "unchanged".
    const later = recordedFetch([
      { match: /\/stories\?/, fixture: "instagram/stories.json" },
      { match: /breakdown=story_navigation_action_type/, fixture: "instagram/navigation-story-later.json" },
      { match: /\/18000000000000042\/insights\?/, fixture: "instagram/insights-story.json" },
    ]);
    expect(
      await refreshWorkspaceMetrics({ workspaceId: A.w, postId: s.id, now: new Date(postedAt.getTime() + 6 * HOUR), http: later }),
    ).toMatchObject({ created: 1 });
    expect((await apiSnapshots(A.w, s.id)).map((x) => x.tapExits)).toEqual([160, 171]);
  });

  it("tenancy: a workspace's run uses only its own accounts; Refresh now refuses another workspace's post", async () => {
    const A = await world("tenant-a");
    const B = await world("tenant-b");
    await connectInstagram(B);
    const postedAt = new Date("2026-11-10T08:00:00Z");
    const aPost = await post(A, "https://instagram.com/p/CFeedPost01", "instagram", postedAt);
    const http = recordedFetch(FEED);
    expect(await refreshWorkspaceMetrics({ workspaceId: A.w, now: new Date(postedAt.getTime() + HOUR), http })).toMatchObject({
      created: 0,
    });
    expect(http.calls).toEqual([]);
    expect((await errorOf(requestPostRefresh({ workspaceId: B.w, postId: aPost.id })))?.code).toBe("NOT_FOUND");
    // A has no account: Refresh now says what to do.
    const noAccount = await errorOf(requestPostRefresh({ workspaceId: A.w, postId: aPost.id }));
    expect(noAccount?.message).toMatch(/Connect Instagram in Settings → Connectors/);
    const tiktok = await post(A, "https://tiktok.com/@x/video/1234567890", "tiktok", postedAt);
    expect((await errorOf(requestPostRefresh({ workspaceId: A.w, postId: tiktok.id })))?.code).toBe("BAD_REQUEST");
  });

  it("the sweep queues one run per workspace with a live, unpaused account, and none for the others", async () => {
    const live = await world("sweep-live");
    const paused = await world("sweep-paused");
    const gone = await world("sweep-gone");
    await connectInstagram(live);
    const p = await connectInstagram(paused);
    await db.connectorAccount.update({
      where: { workspaceId_id: { workspaceId: paused.w, id: p.id } },
      data: { retryAfter: new Date(Date.now() + HOUR) },
    });
    const g = await connectInstagram(gone);
    await disconnectConnector({ workspaceId: gone.w, actorId: gone.owner.id, accountId: g.id });
    await connectorSweepJob();
    const queued = await db.$queryRaw<{ data: { workspaceId: string } }[]>`
      SELECT data FROM pgboss.job WHERE name = ${CONNECTOR_REFRESH_QUEUE} AND state = 'created'`;
    const ids = queued.map((j) => j.data.workspaceId);
    expect(ids.filter((id) => id === live.w)).toHaveLength(1);
    expect(ids).not.toContain(paused.w);
    expect(ids).not.toContain(gone.w);
  });
});
