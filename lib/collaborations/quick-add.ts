// Quick-add from a campaign: a new person (name + handle) joins the roster and the campaign at once.
import { db } from "../db";
import { AppError } from "../errors";
import { normalizeHandle } from "../influencers/import";
import { recordAudit } from "../workspaces/audit";
import { campaignForWrite, createCollaborations } from "./add";
import type { Compensation } from "./compensation";

/** Creates an influencer (and their account) from a name + handle, then adds them to the campaign. */
export async function quickAddInfluencer(opts: {
  workspaceId: string;
  actorId: string;
  campaignId: string;
  displayName: string;
  platform: "instagram" | "tiktok" | "youtube" | "twitter" | "facebook" | "twitch" | "pinterest" | "blog";
  handle: string;
  email: string | null;
  compensation: Compensation;
}) {
  const campaign = await campaignForWrite(opts.workspaceId, opts.campaignId);
  const norm = normalizeHandle(opts.handle, opts.platform);
  if (!norm.ok) throw new AppError("BAD_REQUEST", `Handle ${norm.error}.`, { fieldErrors: { handle: [`This handle ${norm.error}`] } });
  const platform = norm.platform ?? opts.platform;
  return db.$transaction(async (tx) => {
    const account = await tx.socialAccount.findUnique({
      where: { workspaceId_platform_handle: { workspaceId: opts.workspaceId, platform, handle: norm.handle } },
      select: { influencerId: true },
    });
    let influencerId = account?.influencerId;
    if (!influencerId) {
      const inf = await tx.influencer.create({
        data: {
          workspaceId: opts.workspaceId,
          displayName: opts.displayName,
          email: opts.email,
          platforms: [platform],
          ownerId: opts.actorId,
          searchText: [opts.displayName, norm.handle, opts.email ?? ""].join(" ").toLowerCase(),
        },
        select: { id: true },
      });
      await tx.socialAccount.create({
        data: { workspaceId: opts.workspaceId, influencerId: inf.id, platform, handle: norm.handle, url: norm.url },
      });
      await recordAudit(tx, {
        workspaceId: opts.workspaceId,
        actorId: opts.actorId,
        action: "influencer.created",
        targetType: "influencer",
        targetId: inf.id,
        metadata: { via: "campaign quick-add" },
      });
      influencerId = inf.id;
    }
    return createCollaborations(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      campaign,
      influencerIds: [influencerId],
      compensation: opts.compensation,
    });
  });
}
