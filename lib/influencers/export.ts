/** CSV export of a selection (up to EXPORT_LIMIT rows) or of a whole search (up to BULK_LIMIT), spreadsheet-safe. */

import { toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { BULK_LIMIT, searchIds } from "./bulk";

export const EXPORT_LIMIT = 10_000;

/** Rows read per query: an IN list this long stays well under PostgreSQL's parameter limit. */
const READ_CHUNK = 5_000;

export async function exportInfluencersCsv(
  workspaceId: string,
  influencerIds: readonly string[],
  opts: { limit?: number } = {},
): Promise<string> {
  if (influencerIds.length === 0) throw new AppError("BAD_REQUEST", "Select at least one influencer to export.");
  const ids = influencerIds.slice(0, opts.limit ?? EXPORT_LIMIT);
  const rows: Awaited<ReturnType<typeof readChunk>> = [];
  for (let i = 0; i < ids.length; i += READ_CHUNK) rows.push(...(await readChunk(workspaceId, ids.slice(i, i + READ_CHUNK))));
  rows.sort((a, b) => b.followers - a.followers);
  if (rows.length === 0) throw new AppError("NOT_FOUND", "None of the selected influencers were found.");
  return toRows(rows);
}

/** The whole search (its URL query string) as CSV, up to {@link BULK_LIMIT} influencers. */
export async function exportSearchCsv(opts: { workspaceId: string; query: string }): Promise<string> {
  const ids = await searchIds(opts);
  if (ids.length === 0) throw new AppError("NOT_FOUND", "No influencers match this search.");
  return exportInfluencersCsv(opts.workspaceId, ids, { limit: BULK_LIMIT });
}

function readChunk(workspaceId: string, ids: string[]) {
  return db.influencer.findMany({
    where: { workspaceId, id: { in: ids } },
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
}

function toRows(rows: Awaited<ReturnType<typeof readChunk>>): string {
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
