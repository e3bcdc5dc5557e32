/**
 * The outreach pipeline: one entry per influencer per campaign ("" = the general pipeline), in a
 * stage, ordered inside the stage by a fractional `position`. Stage changes are written to the
 * influencer's timeline. Sending and replies move entries automatically (see ./stages.ts).
 */
import { z } from "zod";

import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { PIPELINE_STAGES, positionBetween, STAGE_LABELS, type PipelineStageKey } from "./stages";

type Tx = Prisma.TransactionClient;

export const moveStageSchema = z.object({
  entryId: z.string().min(1).max(40),
  stage: z.enum(PIPELINE_STAGES),
  /** Put the card right after this one (same stage); omitted = at the end of the column. */
  afterEntryId: z.string().max(40).optional(),
});

export const addToPipelineSchema = z.object({
  influencerIds: z.array(z.string().min(1).max(40)).min(1, "Pick at least one influencer").max(200),
  campaignKey: z.string().max(40).default(""),
});

export interface PipelineCard {
  id: string;
  influencerId: string;
  name: string;
  handle: string | null;
  platform: string | null;
  followers: number;
  email: string | null;
  stage: PipelineStageKey;
  position: number;
  updatedAt: Date;
  lastSentAt: Date | null;
  lastReplyAt: Date | null;
}

export interface PipelineFilters {
  campaignKey?: string;
  stage?: PipelineStageKey;
  q?: string;
}

/** Every entry of one pipeline (up to 1,000), ordered by stage then position, with the influencer's essentials. */
export async function listPipeline(opts: { workspaceId: string } & PipelineFilters): Promise<PipelineCard[]> {
  const { workspaceId, campaignKey = "", stage, q } = opts;
  const rows = await db.pipelineEntry.findMany({
    where: {
      workspaceId,
      campaignKey,
      ...(stage ? { stage } : {}),
      ...(q?.trim() ? { influencer: { searchText: { contains: q.trim().toLowerCase() } } } : {}),
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: 1_000,
    select: {
      id: true,
      influencerId: true,
      stage: true,
      position: true,
      updatedAt: true,
      influencer: {
        select: {
          displayName: true,
          email: true,
          followers: true,
          accounts: { select: { handle: true, platform: true }, orderBy: { followers: "desc" }, take: 1 },
        },
      },
    },
  });
  const ids = rows.map((r) => r.influencerId);
  const [sent, replies] = ids.length
    ? await Promise.all([
        db.outreachMessage.groupBy({
          by: ["influencerId"],
          where: { workspaceId, influencerId: { in: ids }, status: "sent" },
          _max: { sentAt: true },
        }),
        db.outreachReply.groupBy({ by: ["influencerId"], where: { workspaceId, influencerId: { in: ids } }, _max: { receivedAt: true } }),
      ])
    : [[], []];
  const sentBy = new Map(sent.map((s) => [s.influencerId, s._max.sentAt]));
  const replyBy = new Map(replies.map((r) => [r.influencerId, r._max.receivedAt]));
  return rows.map((r) => ({
    id: r.id,
    influencerId: r.influencerId,
    name: r.influencer.displayName,
    handle: r.influencer.accounts[0]?.handle ?? null,
    platform: r.influencer.accounts[0]?.platform ?? null,
    followers: r.influencer.followers,
    email: r.influencer.email,
    stage: r.stage,
    position: r.position,
    updatedAt: r.updatedAt,
    lastSentAt: sentBy.get(r.influencerId) ?? null,
    lastReplyAt: replyBy.get(r.influencerId) ?? null,
  }));
}

async function endOfColumn(tx: Tx, workspaceId: string, campaignKey: string, stage: PipelineStageKey): Promise<number> {
  const last = await tx.pipelineEntry.findFirst({
    where: { workspaceId, campaignKey, stage },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  return positionBetween(last?.position ?? null, null);
}

type StageEvent = {
  workspaceId: string;
  influencerId: string;
  from: PipelineStageKey | null;
  to: PipelineStageKey;
  actorId: string | null;
  reason?: string;
  campaignKey: string;
};

function stageEventData(e: StageEvent) {
  return {
    workspaceId: e.workspaceId,
    influencerId: e.influencerId,
    kind: "stage_changed",
    summary: `${e.from ? `${STAGE_LABELS[e.from]} → ` : ""}${STAGE_LABELS[e.to]}${e.reason ? ` (${e.reason})` : ""}`,
    data: { from: e.from, to: e.to, campaignKey: e.campaignKey },
    actorId: e.actorId,
  };
}

async function writeStageEvent(tx: Tx, e: StageEvent) {
  await tx.timelineEvent.create({ data: stageEventData(e), select: { id: true } });
}

/** Moves a card to a stage (and a place in it). Returns whether the move lands in "agreed", where a collaboration is offered. */
export async function moveStage(opts: { workspaceId: string; actorId: string } & z.output<typeof moveStageSchema>) {
  const { workspaceId, actorId, entryId, stage, afterEntryId } = opts;
  return db.$transaction(async (tx) => {
    const entry = await tx.pipelineEntry.findUnique({
      where: { workspaceId_id: { workspaceId, id: entryId } },
      select: { id: true, stage: true, influencerId: true, campaignKey: true, position: true },
    });
    if (!entry) throw new AppError("NOT_FOUND", "That pipeline card no longer exists.");
    let position: number;
    if (afterEntryId) {
      const after = await tx.pipelineEntry.findUnique({
        where: { workspaceId_id: { workspaceId, id: afterEntryId } },
        select: { position: true, stage: true, campaignKey: true },
      });
      if (!after || after.stage !== stage || after.campaignKey !== entry.campaignKey)
        throw new AppError("NOT_FOUND", "The card to place it after is not in that column.");
      const next = await tx.pipelineEntry.findFirst({
        where: { workspaceId, campaignKey: entry.campaignKey, stage, position: { gt: after.position }, id: { not: entryId } },
        orderBy: { position: "asc" },
        select: { position: true },
      });
      position = positionBetween(after.position, next?.position ?? null);
    } else {
      position = entry.stage === stage ? entry.position : await endOfColumn(tx, workspaceId, entry.campaignKey, stage);
    }
    await tx.pipelineEntry.updateMany({ where: { workspaceId, id: entryId }, data: { stage, position } });
    if (entry.stage !== stage) {
      await writeStageEvent(tx, {
        workspaceId,
        influencerId: entry.influencerId,
        from: entry.stage,
        to: stage,
        actorId,
        campaignKey: entry.campaignKey,
      });
    }
    return {
      id: entryId,
      influencerId: entry.influencerId,
      stage,
      position,
      offerCollaboration: stage === "agreed" && entry.stage !== "agreed",
    };
  });
}

/** Adds influencers to a pipeline as prospects; those already in it stay where they are. */
export async function addToPipeline(
  opts: { workspaceId: string; actorId: string } & z.output<typeof addToPipelineSchema>,
): Promise<{ added: number }> {
  const { workspaceId, actorId, influencerIds, campaignKey } = opts;
  const ids = [...new Set(influencerIds)];
  const found = await db.influencer.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true } });
  if (found.length !== ids.length) throw new AppError("NOT_FOUND", "Some of those influencers are not in this workspace.");
  // One read of who is already there, one end-of-column read, two batch inserts: not a query set per id.
  return db.$transaction(async (tx) => {
    const existing = await tx.pipelineEntry.findMany({
      where: { workspaceId, campaignKey, influencerId: { in: ids } },
      select: { influencerId: true },
    });
    const present = new Set(existing.map((e) => e.influencerId));
    const fresh = ids.filter((id) => !present.has(id));
    if (!fresh.length) return { added: 0 };
    const first = await endOfColumn(tx, workspaceId, campaignKey, "prospect");
    await tx.pipelineEntry.createMany({
      data: fresh.map((influencerId, i) => ({ workspaceId, influencerId, campaignKey, stage: "prospect" as const, position: first + i })),
    });
    await tx.timelineEvent.createMany({
      data: fresh.map((influencerId) => stageEventData({ workspaceId, influencerId, from: null, to: "prospect", actorId, campaignKey })),
    });
    return { added: fresh.length };
  });
}

/**
 * The automatic move after a send or a reply: `rule` maps the current stage (null = not in the
 * pipeline yet) to the new one, or null to leave it. Creates the entry when missing.
 */
export async function applyAutoStage(
  tx: Tx,
  e: {
    workspaceId: string;
    influencerId: string;
    campaignKey: string;
    actorId: string | null;
    reason: string;
    rule: (s: PipelineStageKey | null) => PipelineStageKey | null;
  },
): Promise<PipelineStageKey | null> {
  const entry = await tx.pipelineEntry.findUnique({
    where: {
      workspaceId_influencerId_campaignKey: { workspaceId: e.workspaceId, influencerId: e.influencerId, campaignKey: e.campaignKey },
    },
    select: { id: true, stage: true },
  });
  const next = e.rule(entry?.stage ?? null);
  if (!next) return null;
  const position = await endOfColumn(tx, e.workspaceId, e.campaignKey, next);
  if (entry) await tx.pipelineEntry.updateMany({ where: { workspaceId: e.workspaceId, id: entry.id }, data: { stage: next, position } });
  else
    await tx.pipelineEntry.create({
      data: { workspaceId: e.workspaceId, influencerId: e.influencerId, campaignKey: e.campaignKey, stage: next, position },
      select: { id: true },
    });
  await writeStageEvent(tx, {
    workspaceId: e.workspaceId,
    influencerId: e.influencerId,
    from: entry?.stage ?? null,
    to: next,
    actorId: e.actorId,
    reason: e.reason,
    campaignKey: e.campaignKey,
  });
  return next;
}
