/**
 * One influencer's profile: details, accounts with their follower history and spikes, risk with
 * reasons, and the lists they are on. Read-only.
 */

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findFollowerSpikes } from "@/lib/vetting";

import { ACCOUNT_FIELDS } from "./account-fields";

export async function getInfluencerProfile(workspaceId: string, influencerId: string) {
  const person = await db.influencer.findUnique({
    where: { workspaceId_id: { workspaceId, id: influencerId } },
    select: {
      id: true,
      displayName: true,
      email: true,
      country: true,
      location: true,
      languages: true,
      niches: true,
      tags: true,
      notes: true,
      brandsWorkedWith: true,
      platforms: true,
      followers: true,
      engagementRate: true,
      tier: true,
      riskScore: true,
      riskLevel: true,
      riskReasons: true,
      createdAt: true,
      updatedAt: true,
      accounts: {
        orderBy: { followers: "desc" },
        select: {
          ...ACCOUNT_FIELDS,
          lastRefreshedAt: true,
          snapshots: { orderBy: { capturedOn: "asc" }, select: { capturedOn: true, followers: true } },
        },
      },
      listMembers: { select: { list: { select: { id: true, name: true } } } },
    },
  });
  if (!person) throw new AppError("NOT_FOUND", "Influencer not found.");
  const accounts = person.accounts.map(({ snapshots, ...a }) => {
    const history = snapshots.map((s) => ({ date: s.capturedOn.toISOString().slice(0, 10), followers: s.followers }));
    return { ...a, history, spikes: history.length > 1 ? findFollowerSpikes(history) : [] };
  });
  const { listMembers, ...rest } = person;
  return { ...rest, accounts, lists: listMembers.map((m) => m.list) };
}

export type InfluencerProfile = Awaited<ReturnType<typeof getInfluencerProfile>>;
