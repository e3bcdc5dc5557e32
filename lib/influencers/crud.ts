/**
 * Influencers added and edited by hand, and bulk changes to a selection (tag, delete). New
 * influencers and accounts are written by create.ts; every other change to accounts goes through
 * recomputeInfluencers so the search columns stay true.
 */

import type { z } from "zod";

import { forgetInfluencersInRollups } from "@/lib/analytics/rollup-write";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dropCodesOfInfluencers, forgetCodes } from "@/lib/tracking/codes";
import { recordAudit } from "@/lib/workspaces/audit";

import { assertHandlesFree, createInfluencerWithAccounts, insertAccounts, type NewAccount } from "./create";
import { recomputeInfluencers } from "./recompute";
import type { accountSchema, createInfluencerSchema, influencerDetailsSchema } from "./schemas";

type Account = z.output<typeof accountSchema>;
type Details = z.output<typeof influencerDetailsSchema>;

function newAccount(a: Account): NewAccount {
  return {
    platform: a.platform,
    handle: a.handle,
    url: a.url,
    followers: a.followers,
    following: a.following,
    posts: a.posts,
    avgLikes: a.avgLikes,
    avgComments: a.avgComments,
    engagementRate: a.engagementRate,
    bio: a.bio,
    topHashtags: a.topHashtags,
  };
}

function detailsData(d: Details) {
  return {
    displayName: d.displayName,
    email: d.email ?? null,
    country: d.country ?? null,
    location: d.location ?? null,
    languages: d.languages,
    niches: d.niches,
    tags: d.tags,
    brandsWorkedWith: d.brandsWorkedWith,
    notes: d.notes ?? null,
  };
}

export async function createInfluencer(opts: { workspaceId: string; userId: string; input: z.output<typeof createInfluencerSchema> }) {
  const { workspaceId, input } = opts;
  return db.$transaction((tx) =>
    createInfluencerWithAccounts(tx, {
      workspaceId,
      actorId: opts.userId,
      person: { ...detailsData(input), ownerId: opts.userId, accounts: [newAccount(input.account)] },
    }),
  );
}

export async function updateInfluencer(opts: { workspaceId: string; userId: string; influencerId: string; input: Details }) {
  const { workspaceId, influencerId } = opts;
  await db.$transaction(async (tx) => {
    const res = await tx.influencer.updateMany({ where: { workspaceId, id: influencerId }, data: detailsData(opts.input) });
    if (res.count === 0) throw new AppError("NOT_FOUND", "Influencer not found.");
    await recomputeInfluencers(workspaceId, [influencerId], tx);
  });
  return { id: influencerId };
}

export async function addAccount(opts: { workspaceId: string; influencerId: string; account: Account }) {
  const { workspaceId, influencerId } = opts;
  const exists = await db.influencer.count({ where: { workspaceId, id: influencerId } });
  if (!exists) throw new AppError("NOT_FOUND", "Influencer not found.");
  await db.$transaction(async (tx) => {
    await assertHandlesFree(tx, workspaceId, [opts.account]);
    await insertAccounts(tx, workspaceId, [{ ...newAccount(opts.account), influencerId }]);
  });
  return { id: influencerId };
}

export async function removeAccount(opts: { workspaceId: string; influencerId: string; accountId: string }) {
  const { workspaceId, influencerId, accountId } = opts;
  await db.$transaction(async (tx) => {
    const res = await tx.socialAccount.deleteMany({ where: { workspaceId, influencerId, id: accountId } });
    if (res.count === 0) throw new AppError("NOT_FOUND", "Account not found.");
    await recomputeInfluencers(workspaceId, [influencerId], tx);
  });
  return { id: influencerId };
}

/** Ids of the selection that belong to the workspace; NOT_FOUND when none do. */
async function ownIds(workspaceId: string, ids: readonly string[]): Promise<string[]> {
  const rows = await db.influencer.findMany({ where: { workspaceId, id: { in: [...ids] } }, select: { id: true } });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "None of the selected influencers were found.");
  return rows.map((r) => r.id);
}

export async function tagInfluencers(opts: { workspaceId: string; influencerIds: string[]; tags: string[]; mode: "add" | "remove" }) {
  const ids = await ownIds(opts.workspaceId, opts.influencerIds);
  const n =
    opts.mode === "add"
      ? await db.$executeRaw`UPDATE "Influencer" SET tags = ARRAY(SELECT DISTINCT unnest(tags || ${opts.tags}::text[])), "updatedAt" = now()
          WHERE "workspaceId" = ${opts.workspaceId} AND id = ANY(${ids}::text[])`
      : await db.$executeRaw`UPDATE "Influencer" SET tags = ARRAY(SELECT t FROM unnest(tags) t WHERE NOT t = ANY(${opts.tags}::text[])), "updatedAt" = now()
          WHERE "workspaceId" = ${opts.workspaceId} AND id = ANY(${ids}::text[])`;
  return { updated: n };
}

export async function deleteInfluencers(opts: { workspaceId: string; userId: string; influencerIds: string[] }) {
  const ids = await ownIds(opts.workspaceId, opts.influencerIds);
  const { res, codes } = await db.$transaction(async (tx) => {
    // Their collaborations' tracking codes are global rows without a foreign key (lib/tracking/codes.ts).
    const dropped = await dropCodesOfInfluencers(tx, opts.workspaceId, ids);
    // Their posts leave the Analytics page's pre-summed rows too (the rest of their rollups cascade).
    await forgetInfluencersInRollups(tx, opts.workspaceId, ids);
    return { res: await tx.influencer.deleteMany({ where: { workspaceId: opts.workspaceId, id: { in: ids } } }), codes: dropped };
  });
  forgetCodes(codes);
  await recordAudit(db, {
    workspaceId: opts.workspaceId,
    actorId: opts.userId,
    action: "influencers.deleted",
    targetType: "influencer",
    metadata: { count: res.count },
  });
  return { deleted: res.count };
}
