// Upsert by platform + handle for the public API, built from the roster's own create and update.
import type { z } from "zod";

import { db } from "../../db";
import { createInfluencer, updateInfluencer } from "../../influencers/crud";
import type { createInfluencerSchema } from "../../influencers/schemas";

export async function upsertInfluencerByHandle(opts: {
  workspaceId: string;
  userId: string;
  input: z.output<typeof createInfluencerSchema>;
}): Promise<{ id: string; created: boolean }> {
  const { workspaceId, input } = opts;
  // The handle is already normalised by accountSchema, as the roster stores it.
  const account = await db.socialAccount.findUnique({
    where: { workspaceId_platform_handle: { workspaceId, platform: input.account.platform, handle: input.account.handle } },
    select: { influencerId: true },
  });
  if (account) {
    const { account: _account, ...details } = input;
    await updateInfluencer({ workspaceId, userId: opts.userId, influencerId: account.influencerId, input: details });
    return { id: account.influencerId, created: false };
  }
  const { id } = await createInfluencer({ workspaceId, userId: opts.userId, input });
  return { id, created: true };
}
