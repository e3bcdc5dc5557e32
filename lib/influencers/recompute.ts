/**
 * THE service that keeps an influencer's denormalised figures (platforms, followers, ER, tier,
 * risk, search text) and each account's ER true to its accounts and follower history. Called after
 * any change to accounts: by the form, the import and the seed. Two bulk UPDATEs per batch.
 */

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";

import { influencerFigures, type AccountInput } from "./denormalise";

export type DbClient = Prisma.TransactionClient;

const BATCH = 500;

/** Loads the accounts and snapshots of the given influencers in the form the pure functions take. */
async function loadInputs(client: DbClient, workspaceId: string, ids: readonly string[]) {
  return client.influencer.findMany({
    where: { workspaceId, id: { in: [...ids] } },
    select: {
      id: true,
      displayName: true,
      niches: true,
      accounts: {
        select: {
          id: true,
          platform: true,
          handle: true,
          followers: true,
          following: true,
          posts: true,
          avgLikes: true,
          avgComments: true,
          avgSaves: true,
          engagementRate: true,
          engagementRateSource: true,
          bio: true,
          topHashtags: true,
          snapshots: { select: { capturedOn: true, followers: true }, orderBy: { capturedOn: "asc" } },
        },
      },
    },
  });
}

/** Recomputes and saves the figures of these influencers (ids of other workspaces are ignored). */
export async function recomputeInfluencers(workspaceId: string, ids: readonly string[], client: DbClient = db): Promise<void> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const rows = await loadInputs(client, workspaceId, unique.slice(i, i + BATCH));
    const people: object[] = [];
    const accounts: object[] = [];
    for (const row of rows) {
      const inputs: AccountInput[] = row.accounts.map((a) => ({
        ...a,
        history: a.snapshots.map((s) => ({ date: s.capturedOn.toISOString().slice(0, 10), followers: s.followers })),
      }));
      const figures = influencerFigures(row, inputs);
      people.push({ id: row.id, ...figures.influencer });
      row.accounts.forEach((a, index) => {
        const f = figures.accounts[index];
        if (f && (f.engagementRate !== a.engagementRate || f.engagementRateSource !== a.engagementRateSource)) {
          accounts.push({ id: a.id, engagementRate: f.engagementRate, engagementRateSource: f.engagementRateSource });
        }
      });
    }
    if (people.length > 0) await writeInfluencerFigures(client, workspaceId, people);
    if (accounts.length > 0) {
      await client.$executeRaw`
        UPDATE "SocialAccount" AS a
        SET "engagementRate" = v."engagementRate", "engagementRateSource" = v."engagementRateSource", "updatedAt" = now()
        FROM jsonb_to_recordset(${JSON.stringify(accounts)}::jsonb) AS v(id text, "engagementRate" double precision, "engagementRateSource" text)
        WHERE a."workspaceId" = ${workspaceId} AND a.id = v.id`;
    }
  }
}

/** One UPDATE … FROM jsonb_to_recordset for many influencers' figures. */
export async function writeInfluencerFigures(client: DbClient, workspaceId: string, people: readonly object[]): Promise<void> {
  await client.$executeRaw`
    UPDATE "Influencer" AS i
    SET platforms = v.platforms::"SocialPlatform"[],
        followers = v.followers,
        "engagementRate" = v."engagementRate",
        tier = v.tier,
        "riskScore" = v."riskScore",
        "riskLevel" = v."riskLevel"::"RiskLevel",
        "riskReasons" = v."riskReasons",
        "searchText" = v."searchText",
        "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(people)}::jsonb) AS v(
      id text, platforms text[], followers integer, "engagementRate" double precision, tier text,
      "riskScore" integer, "riskLevel" text, "riskReasons" text[], "searchText" text)
    WHERE i."workspaceId" = ${workspaceId} AND i.id = v.id`;
}
