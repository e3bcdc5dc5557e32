// Quick-add from a campaign: a new person (name + handle) joins the roster and the campaign at once.
import { db } from "../db";
import { AppError } from "../errors";
import { createInfluencerWithAccounts } from "../influencers/create";
import { normalizeHandle } from "../influencers/import";
import type { Platform } from "../vocabulary";
import { campaignForWrite, createCollaborations } from "./add";
import type { Compensation } from "./compensation";

/**
 * Creates an influencer (and their account, with its follower count) from a name + handle through
 * the one creation service, then adds them to the campaign. A handle already in the roster adds
 * that influencer instead.
 */
export async function quickAddInfluencer(opts: {
  workspaceId: string;
  actorId: string;
  campaignId: string;
  displayName: string;
  platform: Platform;
  handle: string;
  followers: number;
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
    const influencerId =
      account?.influencerId ??
      (
        await createInfluencerWithAccounts(tx, {
          workspaceId: opts.workspaceId,
          actorId: opts.actorId,
          via: "campaign quick-add",
          person: {
            displayName: opts.displayName,
            email: opts.email,
            ownerId: opts.actorId,
            accounts: [{ platform, handle: norm.handle, url: norm.url, followers: opts.followers }],
          },
        })
      ).id;
    return createCollaborations(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      campaign,
      influencerIds: [influencerId],
      compensation: opts.compensation,
    });
  });
}
