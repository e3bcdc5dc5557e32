// CSV import of post metrics for one campaign (the app's upload form and `npm run import:metrics`).
// Each row finds its post by URL among the campaign's posts, or by platform + handle (the creator's
// only post on that platform in this campaign). A URL the campaign doesn't know yet, with a platform
// and handle that name one of its creators, adds the post. Each good row records a snapshot with
// source "csv"; the same snapshot again is "unchanged", so re-importing a file adds nothing. Bad rows
// are reported by spreadsheet line and the rest are imported.
import { lockCollaborations, lockPresummedRows } from "../analytics/rollup-write";
import { db } from "../db";
import { AppError, toAppError } from "../errors";
import { CsvFormatError } from "../influencers/import";
import { emitEvent } from "../webhooks/events";
import { recordAudit } from "../workspaces/audit";
import { readMetricCsv, type MetricColumnMapping, type MetricRow } from "./import-rows";
import { recordSnapshot } from "./snapshots";

export type MetricImportSummary = { created: number; unchanged: number; errors: { row: number; message: string }[] };

type PostRef = { id: string; collaborationId: string; platform: string };

const CHUNK = 200;

export async function importPostMetrics(opts: {
  workspaceId: string;
  campaignId: string;
  actorId: string | null;
  text: string;
  mapping?: MetricColumnMapping;
  onProgress?: (done: number, total: number, summary: MetricImportSummary) => void;
}): Promise<MetricImportSummary> {
  const { workspaceId, campaignId } = opts;
  const campaign = await db.campaign.findFirst({ where: { workspaceId, id: campaignId }, select: { id: true } });
  if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found.");
  let file: ReturnType<typeof readMetricCsv>;
  try {
    file = readMetricCsv(opts.text, opts.mapping);
  } catch (e) {
    if (e instanceof CsvFormatError) throw new AppError("BAD_REQUEST", e.userMessage);
    throw e;
  }
  if (file.problems.length) throw new AppError("BAD_REQUEST", file.problems.join(" "));

  const collabs = await db.collaboration.findMany({
    where: { workspaceId, campaignId },
    select: {
      id: true,
      influencer: { select: { accounts: { select: { platform: true, handle: true } } } },
      posts: { select: { id: true, url: true, platform: true, collaborationId: true } },
    },
  });
  const byHandle = new Map<string, string>();
  const byUrl = new Map<string, PostRef>();
  for (const c of collabs) {
    for (const a of c.influencer.accounts) byHandle.set(`${a.platform}:${a.handle.toLowerCase()}`, c.id);
    for (const p of c.posts) byUrl.set(p.url, p);
  }
  const postsOf = (collaborationId: string, platform: string) =>
    [...byUrl.values()].filter((p) => p.collaborationId === collaborationId && p.platform === platform);

  const summary: MetricImportSummary = { created: 0, unchanged: 0, errors: [] };
  for (const r of file.results) if (!r.ok) summary.errors.push({ row: r.line, message: r.message });
  const rows = file.results.flatMap((r) => (r.ok ? [r.row] : []));
  const total = file.results.length;

  /** The row's post, a post to create, or why neither. */
  async function resolve(row: MetricRow): Promise<{ post: PostRef } | { create: { collaborationId: string } } | { error: string }> {
    const collaborationId = row.platform && row.handle ? byHandle.get(`${row.platform}:${row.handle}`) : undefined;
    const who = row.platform && row.handle ? `@${row.handle} on ${row.platform}` : null;
    if (row.url) {
      const known = byUrl.get(row.url);
      if (known) return { post: known };
      const elsewhere = await db.post.findUnique({ where: { workspaceId_url: { workspaceId, url: row.url } }, select: { id: true } });
      if (elsewhere) return { error: "This post belongs to another campaign." };
      if (collaborationId) return { create: { collaborationId } };
      if (who) return { error: `No creator ${who} in this campaign.` };
      return { error: "No post with this URL in the campaign. Add Platform and Handle columns to add it." };
    }
    if (!collaborationId) return { error: `No creator ${who} in this campaign.` };
    const candidates = postsOf(collaborationId, row.platform!);
    if (candidates.length === 1) return { post: candidates[0]! };
    return {
      error: candidates.length
        ? `${who} has ${candidates.length} posts in this campaign; give the post URL.`
        : `${who} has no post in this campaign yet; give the post URL.`,
    };
  }

  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const outcomes = await db.$transaction(async (tx) => {
      // Each snapshot locks its collaboration (applySnapshotToRollups): the campaign's are locked up
      // front in id order, so two imports (or an orders import) cannot deadlock on them.
      await lockCollaborations(
        tx,
        workspaceId,
        collabs.map((c) => c.id),
      );
      // The workspace's pre-summed rows too: a chunk writes many, in its rows' order.
      await lockPresummedRows(tx, workspaceId, "exclusive");
      const out: { line: number; status?: "created" | "unchanged"; error?: string }[] = [];
      for (const row of chunk) {
        const target = await resolve(row);
        if ("error" in target) {
          out.push({ line: row.line, error: target.error });
          continue;
        }
        let post: PostRef;
        if ("create" in target) {
          const created = await tx.post.create({
            data: {
              workspaceId,
              collaborationId: target.create.collaborationId,
              url: row.url!,
              platform: row.platform!,
              format: row.format ?? "post",
              postedAt: row.postedAt,
              createdById: opts.actorId,
            },
            select: { id: true, collaborationId: true, platform: true },
          });
          post = created;
          byUrl.set(row.url!, post);
          await emitEvent(tx, workspaceId, "post.live", {
            postId: created.id,
            collaborationId: created.collaborationId,
            deliverableId: null,
            url: row.url!,
            platform: created.platform,
          });
        } else post = target.post;
        try {
          const res = await recordSnapshot(tx, {
            workspaceId,
            postId: post.id,
            source: "csv",
            capturedAt: row.capturedAt,
            counts: row.counts,
            enteredById: opts.actorId,
          });
          out.push({ line: row.line, status: res.status });
        } catch (e) {
          const app = toAppError(e);
          if (!app) throw e;
          out.push({ line: row.line, error: app.message });
        }
      }
      return out;
    });
    for (const o of outcomes) {
      if (o.error) summary.errors.push({ row: o.line, message: o.error });
      else if (o.status === "created") summary.created++;
      else summary.unchanged++;
    }
    opts.onProgress?.(Math.min(total, summary.errors.length + summary.created + summary.unchanged), total, summary);
  }
  summary.errors.sort((a, b) => a.row - b.row);
  if (summary.created)
    await recordAudit(db, {
      workspaceId,
      actorId: opts.actorId,
      action: "post.metrics_import",
      targetType: "campaign",
      targetId: campaignId,
      metadata: { created: summary.created, unchanged: summary.unchanged, errors: summary.errors.length },
    });
  return summary;
}
