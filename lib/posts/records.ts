// Posts (live deliverables) and the reads of their metric snapshots: a collaboration's posts with
// their latest numbers and history, the latest snapshot of many posts in one query, a post's curve.
// Every query carries the workspace; a post, collaboration or deliverable from elsewhere is NOT_FOUND.
import { db } from "../db";
import { Prisma, type MetricSource, type SocialPlatform } from "../db/generated/client";
import { AppError } from "../errors";
import { reportedImpressions } from "../metrics/snapshot";
import { afterKeyset, type Keyset } from "../pagination";
import { emitEvent } from "../webhooks/events";
import { recordAudit } from "../workspaces/audit";
import type { CreatePostInput, PortalPostInput } from "./schemas";
import { normalisePostUrl } from "./url";

/** A snapshot's figures: every count, the average watch %, the story frame views and navigation. */
export const SNAPSHOT_FIGURES_SELECT = {
  views: true,
  reach: true,
  impressions: true,
  likes: true,
  comments: true,
  saves: true,
  shares: true,
  replies: true,
  clicks: true,
  avgWatchPct: true,
  frameViews: true,
  tapsForward: true,
  tapsBack: true,
  tapExits: true,
  swipesForward: true,
} as const;

export const SNAPSHOT_SELECT = {
  id: true,
  postId: true,
  capturedAt: true,
  source: true,
  ...SNAPSHOT_FIGURES_SELECT,
  evidenceFileId: true,
  createdAt: true,
} as const;

export type SnapshotRow = Prisma.MetricSnapshotGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

export type PostWithHistory = {
  id: string;
  collaborationId: string;
  deliverableId: string | null;
  url: string;
  platform: SocialPlatform;
  format: string;
  postedAt: Date | null;
  createdAt: Date;
  /** Oldest first; the last one is the post's current value. */
  history: SnapshotRow[];
  latest: SnapshotRow | null;
};

/** Order of snapshots: by capture time, then by when they were recorded (ties between sources). */
const byCapture = (a: SnapshotRow, b: SnapshotRow) =>
  a.capturedAt.getTime() - b.capturedAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/** Creates a post on a collaboration of the workspace. The URL is normalised and unique per workspace. */
export async function createPost(opts: {
  workspaceId: string;
  collaborationId: string;
  actorId: string | null;
  input: Omit<CreatePostInput, "collaborationId"> | PortalPostInput;
  actor?: "user" | "influencer";
}): Promise<{ id: string; url: string }> {
  const { workspaceId, collaborationId, input } = opts;
  const url = normalisePostUrl(input.url);
  if (!url.ok) throw new AppError("BAD_REQUEST", url.error, { fieldErrors: { url: [url.error] } });
  return db.$transaction(async (tx) => {
    const collab = await tx.collaboration.findFirst({ where: { workspaceId, id: collaborationId }, select: { id: true } });
    if (!collab) throw new AppError("NOT_FOUND", "Collaboration not found.");
    if (input.deliverableId) {
      const d = await tx.deliverable.findFirst({ where: { workspaceId, collaborationId, id: input.deliverableId }, select: { id: true } });
      if (!d) throw new AppError("NOT_FOUND", "Deliverable not found.");
    }
    const existing = await tx.post.findUnique({
      where: { workspaceId_url: { workspaceId, url: url.url } },
      select: { collaborationId: true },
    });
    if (existing) {
      const message =
        existing.collaborationId === collaborationId
          ? "This post is already listed here."
          : "This post is already recorded for another collaboration.";
      throw new AppError("CONFLICT", message, { fieldErrors: { url: [message] } });
    }
    const post = await tx.post.create({
      data: {
        workspaceId,
        collaborationId,
        deliverableId: input.deliverableId,
        url: url.url,
        platform: input.platform,
        format: input.format,
        postedAt: input.postedAt,
        createdById: opts.actorId,
      },
      select: { id: true, url: true },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "post.create",
      targetType: "post",
      targetId: post.id,
      metadata: { url: post.url, collaborationId, ...(opts.actor === "influencer" ? { actor: "influencer" } : {}) },
    });
    await emitEvent(tx, workspaceId, "post.live", {
      postId: post.id,
      collaborationId,
      deliverableId: input.deliverableId ?? null,
      url: post.url,
      platform: input.platform,
    });
    return post;
  });
}

/** A collaboration's posts (in the order added) with every snapshot, oldest first. Two queries. */
/** Oldest first; `page` (the public API's keyset) reads `take` posts after `after`. */
export async function listCollaborationPosts(
  workspaceId: string,
  collaborationId: string,
  page?: { after: Keyset | null; take: number },
): Promise<PostWithHistory[]> {
  const posts = await db.post.findMany({
    where: { workspaceId, collaborationId, ...afterKeyset("createdAt", page?.after ?? null, "asc") },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...(page ? { take: page.take } : {}),
    select: {
      id: true,
      collaborationId: true,
      deliverableId: true,
      url: true,
      platform: true,
      format: true,
      postedAt: true,
      createdAt: true,
    },
  });
  if (posts.length === 0) return [];
  const snaps = await db.metricSnapshot.findMany({
    where: { workspaceId, postId: { in: posts.map((p) => p.id) } },
    select: SNAPSHOT_SELECT,
  });
  return posts.map((p) => {
    const history = snaps.filter((s) => s.postId === p.id).sort(byCapture);
    return { ...p, history, latest: history.at(-1) ?? null };
  });
}

type LatestRaw = Omit<SnapshotRow, "source"> & { source: MetricSource };

/**
 * The latest snapshot of each post (by capturedAt, ties by when recorded), in one query: Postgres
 * DISTINCT ON over the (workspaceId, postId, capturedAt DESC) index. Posts without snapshots are absent.
 */
export async function latestSnapshots(workspaceId: string, postIds: readonly string[]): Promise<Map<string, SnapshotRow>> {
  if (postIds.length === 0) return new Map();
  const rows = await db.$queryRaw<LatestRaw[]>`
    SELECT DISTINCT ON ("postId")
      "id", "postId", "capturedAt", "source", "views", "reach", "impressions", "likes", "comments", "saves", "shares",
      "replies", "clicks", "avgWatchPct", "frameViews", "tapsForward", "tapsBack", "tapExits", "swipesForward", "evidenceFileId", "createdAt"
    FROM "MetricSnapshot"
    WHERE "workspaceId" = ${workspaceId} AND "postId" IN (${Prisma.join(postIds)})
    ORDER BY "postId", "capturedAt" DESC, "createdAt" DESC, "id" DESC`;
  return new Map(rows.map((r) => [r.postId, r]));
}

/** A post's snapshots over time, oldest first, or NOT_FOUND for a post outside the workspace. */
/**
 * A post's snapshots, oldest capture first. `page` (the public API's keyset) reads `take` snapshots
 * after `after` in (capturedAt, id) order — a stable order: equal capture times tie-break by id.
 */
export async function postCurve(
  workspaceId: string,
  postId: string,
  page?: { after: Keyset | null; take: number },
): Promise<SnapshotRow[]> {
  const post = await db.post.findFirst({ where: { workspaceId, id: postId }, select: { id: true } });
  if (!post) throw new AppError("NOT_FOUND", "Post not found.");
  const rows = await db.metricSnapshot.findMany({
    where: { workspaceId, postId, ...afterKeyset("capturedAt", page?.after ?? null, "asc") },
    orderBy: page ? [{ capturedAt: "asc" }, { id: "asc" }] : [{ capturedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    ...(page ? { take: page.take } : {}),
    select: SNAPSHOT_SELECT,
  });
  return rows;
}

export type CollaborationMetrics = {
  status: string;
  posts: PostWithHistory[];
  /** For the "which deliverable" picker: the brief's deliverables in order, with their live links. */
  deliverables: { id: string; label: string; platform: SocialPlatform | null; liveUrl: string | null }[];
};

/** The "Posts & metrics" section of a collaboration (the marketer's page and the portal), or NOT_FOUND. */
export async function loadCollaborationMetrics(workspaceId: string, collaborationId: string): Promise<CollaborationMetrics> {
  const [collab, posts] = await Promise.all([
    db.collaboration.findFirst({
      where: { workspaceId, id: collaborationId },
      select: { status: true, deliverables: { orderBy: { position: "asc" }, select: { id: true, platform: true, liveUrl: true } } },
    }),
    listCollaborationPosts(workspaceId, collaborationId),
  ]);
  if (!collab) throw new AppError("NOT_FOUND", "Collaboration not found.");
  return {
    status: collab.status,
    posts,
    deliverables: collab.deliverables.map((d, i) => ({
      id: d.id,
      label: `Deliverable ${i + 1}`,
      platform: d.platform,
      liveUrl: d.liveUrl,
    })),
  };
}

export type CampaignPostRow = {
  id: string;
  collaborationId: string;
  influencerName: string;
  url: string;
  platform: SocialPlatform;
  format: string;
  latest: SnapshotRow | null;
};

/** A campaign's posts with their latest snapshot: two queries whatever the number of posts. */
export async function listCampaignPosts(workspaceId: string, campaignId: string): Promise<CampaignPostRow[]> {
  const posts = await db.post.findMany({
    where: { workspaceId, collaboration: { campaignId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      collaborationId: true,
      url: true,
      platform: true,
      format: true,
      collaboration: { select: { influencer: { select: { displayName: true } } } },
    },
  });
  const latest = await latestSnapshots(
    workspaceId,
    posts.map((p) => p.id),
  );
  return posts.map(({ collaboration, ...p }) => ({
    ...p,
    influencerName: collaboration.influencer.displayName,
    latest: latest.get(p.id) ?? null,
  }));
}

/** The campaign's reported impressions (latest snapshot per post), or null when no post reported them. */
export async function campaignImpressions(workspaceId: string, campaignId: string): Promise<number | null> {
  const posts = await listCampaignPosts(workspaceId, campaignId);
  return reportedImpressions(posts.map((p) => p.latest?.impressions));
}
