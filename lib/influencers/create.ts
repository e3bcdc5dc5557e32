/**
 * THE way an influencer with accounts comes into being: the form, campaign quick-add, the CSV
 * import, the seeds and the test factories all come through here, so every new influencer carries
 * its figures (platforms, followers, tier, ER, risk, search text) from the first moment — the same
 * figures recomputeInfluencers (recompute.ts) would give, computed here from the rows being written
 * instead of read back.
 */

import { randomBytes } from "node:crypto";

import { checkLimit } from "@/lib/billing/limits";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { Platform } from "@/lib/vocabulary";
import { recordAudit } from "@/lib/workspaces/audit";

import { ER_IMPORTED, influencerFigures, type AccountInput } from "./denormalise";
import { recomputeInfluencers, type DbClient } from "./recompute";

/** A cuid-like id for rows created in bulk (createMany needs the ids up front). */
export function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;
}

export interface NewAccount {
  platform: Platform;
  /** Normalised (lib/influencers/import normalizeHandle). */
  handle: string;
  url?: string | null;
  followers: number;
  following?: number | null;
  posts?: number | null;
  avgLikes?: number | null;
  avgComments?: number | null;
  avgViews?: number | null;
  /** A rate given by the user or a file (percent); a computed one replaces it when averages are known. */
  engagementRate?: number | null;
  bio?: string | null;
  topHashtags?: readonly string[];
  /** Follower history, ISO dates, oldest first, ending at `followers`. Default: today's count. */
  history?: readonly { date: string; followers: number }[];
  lastRefreshedAt?: Date;
}

export interface NewInfluencer {
  /** Given when the caller must know it before the insert (bulk imports); else generated. */
  id?: string;
  displayName: string;
  email?: string | null;
  country?: string | null;
  location?: string | null;
  languages?: readonly string[];
  niches?: readonly string[];
  tags?: readonly string[];
  brandsWorkedWith?: readonly string[];
  notes?: string | null;
  ownerId?: string | null;
  accounts: readonly NewAccount[];
}

/** Midnight UTC of a day: the date follower snapshots are recorded on. */
export function dayOf(date: Date = new Date()): Date {
  return new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);
}

function accountInput(a: NewAccount, today: Date): AccountInput {
  return {
    platform: a.platform,
    handle: a.handle,
    followers: a.followers,
    following: a.following,
    posts: a.posts,
    avgLikes: a.avgLikes,
    avgComments: a.avgComments,
    engagementRate: a.engagementRate,
    engagementRateSource: a.engagementRate != null ? ER_IMPORTED : null,
    bio: a.bio,
    topHashtags: a.topHashtags,
    history: a.history ?? [{ date: today.toISOString().slice(0, 10), followers: a.followers }],
  };
}

/** The account rows and their snapshots, with each account's ER as the figures computed it. */
function accountRows(
  workspaceId: string,
  influencerId: string,
  accounts: readonly NewAccount[],
  today: Date,
  ers: { rate: number | null; source: string | null }[],
) {
  const rows: Prisma.SocialAccountCreateManyInput[] = [];
  const snapshots: Prisma.FollowerSnapshotCreateManyInput[] = [];
  accounts.forEach((a, index) => {
    const id = newId();
    rows.push({
      workspaceId,
      id,
      influencerId,
      platform: a.platform,
      handle: a.handle,
      url: a.url ?? null,
      followers: a.followers,
      following: a.following ?? null,
      posts: a.posts ?? null,
      avgLikes: a.avgLikes ?? null,
      avgComments: a.avgComments ?? null,
      avgViews: a.avgViews ?? null,
      engagementRate: ers[index]?.rate ?? null,
      engagementRateSource: ers[index]?.source ?? null,
      bio: a.bio ?? null,
      topHashtags: [...(a.topHashtags ?? [])],
      lastRefreshedAt: a.lastRefreshedAt ?? today,
    });
    for (const h of accountInput(a, today).history ?? []) {
      snapshots.push({ workspaceId, socialAccountId: id, capturedOn: new Date(`${h.date}T00:00:00Z`), followers: h.followers });
    }
  });
  return { rows, snapshots };
}

/**
 * Inserts influencers with their accounts and follower snapshots, figures included: three
 * statements for any number of people. Handles must be free (the unique index refuses a taken
 * one); run it inside a transaction when the batch must land whole. Returns the ids, in order.
 */
export async function insertInfluencers(
  client: DbClient,
  workspaceId: string,
  people: readonly NewInfluencer[],
  opts: { today?: Date } = {},
): Promise<string[]> {
  const today = dayOf(opts.today);
  const influencers: Prisma.InfluencerCreateManyInput[] = [];
  const accounts: Prisma.SocialAccountCreateManyInput[] = [];
  const snapshots: Prisma.FollowerSnapshotCreateManyInput[] = [];
  const ids: string[] = [];
  for (const p of people) {
    const id = p.id ?? newId();
    ids.push(id);
    const niches = [...(p.niches ?? [])];
    const figures = influencerFigures(
      { displayName: p.displayName, niches },
      p.accounts.map((a) => accountInput(a, today)),
    );
    influencers.push({
      workspaceId,
      id,
      displayName: p.displayName,
      email: p.email ?? null,
      country: p.country ?? null,
      location: p.location ?? null,
      languages: [...(p.languages ?? [])],
      niches,
      tags: [...(p.tags ?? [])],
      brandsWorkedWith: [...(p.brandsWorkedWith ?? [])],
      notes: p.notes ?? null,
      ownerId: p.ownerId ?? null,
      ...figures.influencer,
    });
    const rows = accountRows(
      workspaceId,
      id,
      p.accounts,
      today,
      figures.accounts.map((f) => ({ rate: f.engagementRate, source: f.engagementRateSource })),
    );
    accounts.push(...rows.rows);
    snapshots.push(...rows.snapshots);
  }
  if (influencers.length) await client.influencer.createMany({ data: influencers });
  if (accounts.length) await client.socialAccount.createMany({ data: accounts });
  if (snapshots.length) await client.followerSnapshot.createMany({ data: snapshots, skipDuplicates: true });
  return ids;
}

/**
 * Adds accounts to existing influencers of this workspace (with today's snapshot) and recomputes
 * their figures. Handles must be free.
 */
export async function insertAccounts(
  client: DbClient,
  workspaceId: string,
  accounts: readonly (NewAccount & { influencerId: string })[],
  opts: { today?: Date } = {},
): Promise<void> {
  if (accounts.length === 0) return;
  const today = dayOf(opts.today);
  const rows: Prisma.SocialAccountCreateManyInput[] = [];
  const snapshots: Prisma.FollowerSnapshotCreateManyInput[] = [];
  for (const a of accounts) {
    // ER is settled by the recompute below, which sees the influencer's other accounts too.
    const built = accountRows(workspaceId, a.influencerId, [a], today, [
      { rate: a.engagementRate ?? null, source: a.engagementRate != null ? ER_IMPORTED : null },
    ]);
    rows.push(...built.rows);
    snapshots.push(...built.snapshots);
  }
  await client.socialAccount.createMany({ data: rows });
  await client.followerSnapshot.createMany({ data: snapshots, skipDuplicates: true });
  await recomputeInfluencers(workspaceId, [...new Set(accounts.map((a) => a.influencerId))], client);
}

/** CONFLICT naming the handle when one of these accounts is already in the workspace's roster. */
export async function assertHandlesFree(
  client: DbClient,
  workspaceId: string,
  accounts: readonly Pick<NewAccount, "platform" | "handle">[],
) {
  for (const a of accounts) {
    const taken = await client.socialAccount.findUnique({
      where: { workspaceId_platform_handle: { workspaceId, platform: a.platform, handle: a.handle } },
      select: { influencerId: true },
    });
    if (taken)
      throw new AppError("CONFLICT", `@${a.handle} on this platform is already in your roster.`, {
        fieldErrors: { "account.handle": ["Already in your roster"] },
      });
  }
}

/**
 * One influencer created by a person (the form, campaign quick-add): handles checked, rows and
 * figures written, the creation audited with where it came from. Runs in the caller's transaction.
 */
export async function createInfluencerWithAccounts(
  tx: DbClient,
  opts: { workspaceId: string; actorId: string; person: NewInfluencer; via?: string },
): Promise<{ id: string }> {
  await assertHandlesFree(tx, opts.workspaceId, opts.person.accounts);
  await checkLimit(tx, opts.workspaceId, "influencers");
  const [id] = await insertInfluencers(tx, opts.workspaceId, [opts.person]);
  await recordAudit(tx, {
    workspaceId: opts.workspaceId,
    actorId: opts.actorId,
    action: "influencer.created",
    targetType: "influencer",
    targetId: id!,
    ...(opts.via ? { metadata: { via: opts.via } } : {}),
  });
  return { id: id! };
}
