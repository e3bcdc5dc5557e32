// Recording a metric snapshot of a post. Snapshots are immutable: one per post, source and capture
// time. Recording the same figures again is "unchanged" (so a re-import adds nothing); different
// figures for a time already recorded are refused rather than overwriting what someone entered.
// The plausibility rules are lib/metrics checkSnapshot's, the same for every way in.
import { applySnapshotToRollups, lockCollaborations } from "../analytics/rollup-write";
import { db } from "../db";
import type { MetricSource, Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { checkSnapshot, sameSnapshotCounts, SNAPSHOT_COUNT_FIELDS, STORY_NAVIGATION_FIELDS, type SnapshotCounts } from "../metrics";
import { summarizeFieldErrors } from "../validation";
import { emitEvent } from "../webhooks/events";
import { recordAudit } from "../workspaces/audit";
import { SNAPSHOT_FIGURES_SELECT } from "./records";
import type { SnapshotCountsInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** What a snapshot records: the checked input, plus the story navigation only a connector (or the demo seed) reports. */
export type RecordableCounts = SnapshotCountsInput & Pick<SnapshotCounts, (typeof STORY_NAVIGATION_FIELDS)[number]>;

export type SnapshotOutcome = { status: "created" | "unchanged"; id: string };

/** The columns of a snapshot's figures, from checked input. */
function countData(c: SnapshotCounts) {
  const data: Record<string, number | null> = {};
  for (const f of [...SNAPSHOT_COUNT_FIELDS, ...STORY_NAVIGATION_FIELDS]) data[f] = c[f] ?? null;
  return { ...data, avgWatchPct: c.avgWatchPct ?? null, frameViews: [...(c.frameViews ?? [])] };
}

/** Throws BAD_REQUEST with messages per field when the figures are not plausible. */
export function assertPlausible(counts: SnapshotCounts): void {
  const fieldErrors = checkSnapshot(counts);
  if (Object.keys(fieldErrors).length)
    throw new AppError("BAD_REQUEST", summarizeFieldErrors("Check the numbers", fieldErrors), { fieldErrors });
}

/**
 * Records one snapshot inside `tx` (the post must already be known to be the workspace's).
 * Returns "unchanged" when the same post, source and capture time already hold the same figures;
 * CONFLICT when they hold different ones.
 */
export async function recordSnapshot(
  tx: Tx,
  opts: {
    workspaceId: string;
    postId: string;
    source: MetricSource;
    capturedAt: Date;
    /** Story navigation only comes from a connector; the forms and imports don't carry it. */
    counts: RecordableCounts;
    evidenceFileId?: string | null;
    enteredById?: string | null;
  },
): Promise<SnapshotOutcome> {
  const { workspaceId, postId, source, capturedAt } = opts;
  assertPlausible(opts.counts);
  const key = { workspaceId_postId_source_capturedAt: { workspaceId, postId, source, capturedAt } };
  const existing = await tx.metricSnapshot.findUnique({
    where: key,
    select: { id: true, ...SNAPSHOT_FIGURES_SELECT },
  });
  if (existing) {
    if (sameSnapshotCounts(existing, opts.counts)) return { status: "unchanged", id: existing.id };
    throw new AppError(
      "CONFLICT",
      `Different numbers were already recorded for this post at ${capturedAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Recorded numbers are kept as they are; use another capture time.`,
    );
  }
  // The post's collaboration first, as every writer of its rollups locks it (applySnapshotToRollups,
  // an order, deleting its creator): inserting the snapshot takes a key-share lock on the post, and
  // taking the collaboration only after that could deadlock with a delete that holds it.
  const post = await tx.post.findFirst({ where: { workspaceId, id: postId }, select: { collaborationId: true } });
  if (post) await lockCollaborations(tx, workspaceId, [post.collaborationId]);
  const created = await tx.metricSnapshot.create({
    data: {
      workspaceId,
      postId,
      source,
      capturedAt,
      ...countData(opts.counts),
      evidenceFileId: opts.evidenceFileId ?? null,
      enteredById: opts.enteredById ?? null,
    },
    select: { id: true },
  });
  await applySnapshotToRollups(tx, { workspaceId, snapshotId: created.id });
  await emitEvent(tx, workspaceId, "metrics.updated", { postId, snapshotId: created.id, source, capturedAt: capturedAt.toISOString() });
  return { status: "created", id: created.id };
}

/** The marketer's (or a connector's) numbers for a post of the workspace. */
export async function addSnapshot(opts: {
  workspaceId: string;
  actorId: string | null;
  postId: string;
  source: MetricSource;
  capturedAt: Date;
  counts: RecordableCounts;
  evidenceFileId?: string | null;
}): Promise<SnapshotOutcome> {
  assertPlausible(opts.counts);
  return db.$transaction(async (tx) => {
    const post = await tx.post.findFirst({ where: { workspaceId: opts.workspaceId, id: opts.postId }, select: { id: true } });
    if (!post) throw new AppError("NOT_FOUND", "Post not found.");
    const res = await recordSnapshot(tx, { ...opts, enteredById: opts.actorId });
    if (res.status === "created")
      await recordAudit(tx, {
        workspaceId: opts.workspaceId,
        actorId: opts.actorId,
        action: "post.metrics",
        targetType: "post",
        targetId: opts.postId,
        metadata: {
          source: opts.source,
          capturedAt: opts.capturedAt.toISOString(),
          ...(opts.source === "portal" ? { actor: "influencer" } : {}),
        },
      });
    return res;
  });
}
