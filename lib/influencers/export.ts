/** CSV export of a selection (or of a whole search, up to EXPORT_LIMIT rows), spreadsheet-safe. */

import { toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const EXPORT_LIMIT = 10_000;

export async function exportInfluencersCsv(workspaceId: string, influencerIds: readonly string[]): Promise<string> {
  if (influencerIds.length === 0) throw new AppError("BAD_REQUEST", "Select at least one influencer to export.");
  const rows = await db.influencer.findMany({
    where: { workspaceId, id: { in: influencerIds.slice(0, EXPORT_LIMIT) } },
    orderBy: { followers: "desc" },
    select: {
      displayName: true,
      email: true,
      country: true,
      niches: true,
      tags: true,
      brandsWorkedWith: true,
      followers: true,
      engagementRate: true,
      tier: true,
      riskScore: true,
      riskLevel: true,
      riskReasons: true,
      accounts: { orderBy: { followers: "desc" }, select: { platform: true, handle: true, url: true, followers: true } },
    },
  });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "None of the selected influencers were found.");
  const headers = [
    "name",
    "email",
    "country",
    "platform",
    "handle",
    "profile url",
    "followers",
    "engagement rate (%)",
    "tier",
    "risk score",
    "risk level",
    "risk reasons",
    "niches",
    "tags",
    "brands worked with",
    "other accounts",
  ];
  return `\uFEFF${toCsv(
    headers,
    rows.map((r) => {
      const [main, ...others] = r.accounts;
      return [
        r.displayName,
        r.email,
        r.country,
        main?.platform,
        main?.handle,
        main?.url,
        r.followers,
        r.engagementRate === null ? "" : r.engagementRate.toFixed(2),
        r.tier,
        r.riskScore,
        r.riskLevel,
        r.riskReasons.join(" | "),
        r.niches.join(", "),
        r.tags.join(", "),
        r.brandsWorkedWith.join(", "),
        others.map((o) => `${o.platform}:${o.handle}`).join(" "),
      ];
    }),
  )}`;
}
