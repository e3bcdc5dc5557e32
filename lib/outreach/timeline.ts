/**
 * An influencer's timeline: messages, replies, stage changes and notes (TimelineEvent rows written
 * by this feature), merged with their collaborations (read from the Collaboration table, so nothing
 * has to be written twice). Newest first.
 */
import { z } from "zod";

import { db } from "../db";
import { AppError } from "../errors";

/** GET /api/w/:slug/outreach/timeline's query. */
export const timelineQuerySchema = z.object({
  influencerId: z.string().min(1).max(40),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const addNoteSchema = z.object({
  influencerId: z.string().min(1).max(40),
  body: z.string().trim().min(1, "Write the note").max(2_000, "Use at most 2,000 characters"),
});

export interface TimelineItem {
  id: string;
  kind: string;
  summary: string;
  at: Date;
  actorName: string | null;
  /** Collaboration id or message id, when the item links somewhere. */
  ref: { type: "collaboration" | "message"; id: string; campaignId?: string } | null;
}

export async function listTimeline(opts: { workspaceId: string; influencerId: string; limit?: number }): Promise<TimelineItem[]> {
  const { workspaceId, influencerId } = opts;
  const limit = Math.min(opts.limit ?? 100, 500);
  const influencer = await db.influencer.findUnique({ where: { workspaceId_id: { workspaceId, id: influencerId } }, select: { id: true } });
  if (!influencer) throw new AppError("NOT_FOUND", "That influencer is not in this workspace.");
  const [events, collaborations] = await Promise.all([
    db.timelineEvent.findMany({
      where: { workspaceId, influencerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, kind: true, summary: true, data: true, createdAt: true, actorId: true },
    }),
    db.collaboration.findMany({
      where: { workspaceId, influencerId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, status: true, createdAt: true, updatedAt: true, campaign: { select: { id: true, name: true } } },
    }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((x): x is string => Boolean(x)))];
  const actors = actorIds.length
    ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
    : [];
  const nameOf = new Map(actors.map((a) => [a.id, a.name || a.email]));
  const items: TimelineItem[] = [
    ...events.map((e) => {
      const messageId = (e.data as { messageId?: unknown } | null)?.messageId;
      return {
        id: e.id,
        kind: e.kind,
        summary: e.summary,
        at: e.createdAt,
        actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
        ref: typeof messageId === "string" ? ({ type: "message", id: messageId } as const) : null,
      };
    }),
    ...collaborations.map((c) => ({
      id: `collab-${c.id}`,
      kind: "collaboration",
      summary: `Collaboration on “${c.campaign.name}” — ${c.status.replace(/_/g, " ")}`,
      at: c.updatedAt,
      actorName: null,
      ref: { type: "collaboration" as const, id: c.id, campaignId: c.campaign.id },
    })),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1)).slice(0, limit);
}

export async function addNote(opts: { workspaceId: string; actorId: string } & z.output<typeof addNoteSchema>): Promise<{ id: string }> {
  const { workspaceId, actorId, influencerId, body } = opts;
  const influencer = await db.influencer.findUnique({ where: { workspaceId_id: { workspaceId, id: influencerId } }, select: { id: true } });
  if (!influencer) throw new AppError("NOT_FOUND", "That influencer is not in this workspace.");
  return db.timelineEvent.create({ data: { workspaceId, influencerId, kind: "note", summary: body, actorId }, select: { id: true } });
}
