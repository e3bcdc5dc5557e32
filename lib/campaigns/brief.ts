// The brief of a campaign: save the working copy, send it (freeze a BriefVersion), read versions.
// Saving after a send does not touch what influencers see until the next send, which creates a new
// version; the portal shows diffBriefs(version the influencer last saw, current version).
import { briefSchema, emptyBrief, scoreBrief, type Brief, type BriefInput } from "../briefs";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../workspaces/audit";

export async function saveBrief(opts: { workspaceId: string; actorId: string; campaignId: string; brief: BriefInput }) {
  const brief = briefSchema.parse(opts.brief);
  const res = await db.campaign.updateMany({ where: { workspaceId: opts.workspaceId, id: opts.campaignId }, data: { brief } });
  if (res.count === 0) throw new AppError("NOT_FOUND", "Campaign not found.");
  return { score: scoreBrief(brief).score };
}

/** Freezes the working brief as the next version. Refuses when nothing changed since the last send. */
export async function sendBrief(opts: { workspaceId: string; actorId: string; campaignId: string; brief?: BriefInput }) {
  return db.$transaction(async (tx) => {
    const c = await tx.campaign.findUnique({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.campaignId } },
      select: { brief: true, briefVersion: true },
    });
    if (!c) throw new AppError("NOT_FOUND", "Campaign not found.");
    const brief = briefSchema.parse(opts.brief ?? c.brief);
    if (c.briefVersion > 0) {
      const last = await tx.briefVersion.findUnique({
        where: { workspaceId_campaignId_version: { workspaceId: opts.workspaceId, campaignId: opts.campaignId, version: c.briefVersion } },
        select: { content: true },
      });
      if (last && JSON.stringify(briefSchema.parse(last.content)) === JSON.stringify(brief)) {
        throw new AppError("CONFLICT", `Nothing changed since version ${c.briefVersion} was sent.`);
      }
    }
    const version = c.briefVersion + 1;
    await tx.briefVersion.create({
      data: { workspaceId: opts.workspaceId, campaignId: opts.campaignId, version, content: brief, createdById: opts.actorId },
    });
    await tx.campaign.update({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.campaignId } },
      data: { brief, briefVersion: version },
    });
    const score = scoreBrief(brief).score;
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "brief.sent",
      targetType: "campaign",
      targetId: opts.campaignId,
      metadata: { version, score },
    });
    return { version, score };
  });
}

export async function getBriefVersion(workspaceId: string, campaignId: string, version: number): Promise<Brief | null> {
  if (version < 1) return null;
  const v = await db.briefVersion.findUnique({
    where: { workspaceId_campaignId_version: { workspaceId, campaignId, version } },
    select: { content: true },
  });
  if (!v) return null;
  const parsed = briefSchema.safeParse(v.content);
  return parsed.success ? parsed.data : emptyBrief();
}

export async function listBriefVersions(workspaceId: string, campaignId: string) {
  return db.briefVersion.findMany({
    where: { workspaceId, campaignId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, createdById: true },
  });
}
