/**
 * The figures an influencer row carries for fast search and sort, computed from its accounts:
 * per-account engagement rate and authenticity risk, then the person's platforms, followers, ER,
 * tier, risk and one lower-cased search document. Pure: the database side is recompute.ts.
 */

import { classifyTier, engagementRate, type Tier } from "@/lib/metrics";
import { assessAuthenticity, NOT_ENOUGH_DATA_REASON, type AuthenticityLevel } from "@/lib/vetting";
import { PLATFORM_LABELS, type Platform } from "@/lib/vocabulary";

import { ER_COMPUTED, ER_IMPORTED } from "./er-labels";

export { ER_COMPUTED, ER_DEFINITION, ER_IMPORTED } from "./er-labels";

export interface AccountInput {
  platform: Platform;
  handle: string;
  followers: number;
  following?: number | null;
  posts?: number | null;
  avgLikes?: number | null;
  avgComments?: number | null;
  avgSaves?: number | null;
  /** The stored rate and where it came from; an imported rate is kept when there are no averages. */
  engagementRate?: number | null;
  engagementRateSource?: string | null;
  bio?: string | null;
  topHashtags?: readonly string[];
  /** Follower snapshots, ISO dates. */
  history?: readonly { date: string; followers: number }[];
}

export interface AccountFigures {
  engagementRate: number | null;
  engagementRateSource: string | null;
  riskScore: number | null;
  riskLevel: AuthenticityLevel | null;
  riskReasons: string[];
}

export interface InfluencerFigures {
  platforms: Platform[];
  followers: number;
  engagementRate: number | null;
  tier: Tier;
  riskScore: number | null;
  riskLevel: AuthenticityLevel | null;
  riskReasons: string[];
  searchText: string;
}

/**
 * An account's ER: computed (likes + comments) ÷ followers × 100 when both averages are known and
 * followers > 0; else the imported rate; else null.
 */
export function accountEngagement(a: AccountInput): { rate: number | null; source: string | null } {
  if (a.avgLikes != null && a.avgComments != null && a.followers > 0) {
    return { rate: engagementRate({ likes: a.avgLikes, comments: a.avgComments, followers: a.followers }), source: ER_COMPUTED };
  }
  if (a.engagementRate != null && a.engagementRateSource !== ER_COMPUTED) return { rate: a.engagementRate, source: ER_IMPORTED };
  return { rate: null, source: null };
}

/** ER and authenticity risk of one account; risk null when there was not enough data to judge. */
export function accountFigures(a: AccountInput): AccountFigures {
  const er = accountEngagement(a);
  const assessment = assessAuthenticity({
    account: {
      platform: a.platform,
      followers: a.followers,
      following: a.following,
      posts: a.posts,
      avgLikes: a.avgLikes,
      avgComments: a.avgComments,
      avgSaves: a.avgSaves,
      engagementRate: er.rate,
      // A missing bio is "not known", never "empty": imports often have no bio column.
      bio: a.bio ? a.bio : undefined,
    },
    history: a.history,
  });
  if (assessment.insufficientData) {
    return {
      engagementRate: er.rate,
      engagementRateSource: er.source,
      riskScore: null,
      riskLevel: null,
      riskReasons: [NOT_ENOUGH_DATA_REASON],
    };
  }
  return {
    engagementRate: er.rate,
    engagementRateSource: er.source,
    riskScore: assessment.score,
    riskLevel: assessment.level,
    riskReasons: assessment.reasons,
  };
}

const BIO_CHARS = 400;

/** Lower-cased text searched by the trigram index: name, handles, bios, niches, hashtags (with and without #). */
export function buildSearchText(person: { displayName: string; niches: readonly string[] }, accounts: readonly AccountInput[]): string {
  const parts = [person.displayName, ...person.niches];
  for (const a of accounts) {
    parts.push(a.handle);
    if (a.bio) parts.push(a.bio.slice(0, BIO_CHARS));
    for (const tag of a.topHashtags ?? []) parts.push(`#${tag}`);
  }
  return parts.join(" ").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The person's figures: platforms present; followers, ER and tier of the largest account (tier by
 * lib/metrics classifyTier); risk of the riskiest assessed account (reasons prefixed with its
 * platform when there are several accounts); no accounts → zeros and unknown risk.
 */
export function influencerFigures(
  person: { displayName: string; niches: readonly string[] },
  accounts: readonly AccountInput[],
): { influencer: InfluencerFigures; accounts: AccountFigures[] } {
  const figures = accounts.map(accountFigures);
  let primary = -1;
  accounts.forEach((a, i) => {
    if (primary === -1 || a.followers > (accounts[primary]?.followers ?? -1)) primary = i;
  });
  let riskiest = -1;
  figures.forEach((f, i) => {
    if (f.riskScore !== null && (riskiest === -1 || f.riskScore > (figures[riskiest]?.riskScore ?? -1))) riskiest = i;
  });
  const followers = accounts[primary]?.followers ?? 0;
  const risk = figures[riskiest];
  const riskAccount = accounts[riskiest];
  const prefix = riskAccount && accounts.length > 1 ? `${PLATFORM_LABELS[riskAccount.platform]} @${riskAccount.handle}: ` : "";
  return {
    accounts: figures,
    influencer: {
      platforms: [...new Set(accounts.map((a) => a.platform))],
      followers,
      engagementRate: figures[primary]?.engagementRate ?? null,
      tier: classifyTier(followers),
      riskScore: risk?.riskScore ?? null,
      riskLevel: risk?.riskLevel ?? null,
      riskReasons: risk ? risk.riskReasons.map((r) => prefix + r) : [NOT_ENOUGH_DATA_REASON],
      searchText: buildSearchText(person, accounts),
    },
  };
}
