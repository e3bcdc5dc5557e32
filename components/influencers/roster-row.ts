// What one roster row shows, and nothing more. The page maps its search rows to these before handing
// them to the client table: everything a client component receives is also written into the page as
// data for hydration, so each field the row doesn't show is paid for twice on every roster view.
import type { SearchRow } from "@/lib/influencers/search";
import { PLATFORM_LABELS } from "@/lib/vocabulary";

export interface RosterRow {
  id: string;
  displayName: string;
  /** "Instagram @handle +1 · US": the main account, how many more, the country. */
  subtitle: string;
  tier: string;
  followers: number;
  engagementRate: number | null;
  riskLevel: SearchRow["riskLevel"];
  riskScore: number | null;
  /** The first reason given for the risk score, if any. */
  riskReason: string | null;
  /** The first three niches, joined. */
  niches: string;
  tags: string[];
}

/**
 * A row as the results table's client component receives it: the values alone, in RosterRow's field
 * order. Whatever a client component receives is written into the page as flight data, where every
 * key costs its length and four escaped quotes on each of 50 rows (7 KB of a roster view).
 */
export type RosterRowWire = [
  id: string,
  displayName: string,
  subtitle: string,
  tier: string,
  followers: number,
  engagementRate: number | null,
  riskLevel: RosterRow["riskLevel"],
  riskScore: number | null,
  riskReason: string | null,
  niches: string,
  tags: string[],
];

export function toWire(r: RosterRow): RosterRowWire {
  return [r.id, r.displayName, r.subtitle, r.tier, r.followers, r.engagementRate, r.riskLevel, r.riskScore, r.riskReason, r.niches, r.tags];
}

export function fromWire(w: RosterRowWire): RosterRow {
  const [id, displayName, subtitle, tier, followers, engagementRate, riskLevel, riskScore, riskReason, niches, tags] = w;
  return { id, displayName, subtitle, tier, followers, engagementRate, riskLevel, riskScore, riskReason, niches, tags };
}

export function rosterRow(r: SearchRow): RosterRow {
  const main = r.accounts[0];
  return {
    id: r.id,
    displayName: r.displayName,
    subtitle:
      (main ? `${PLATFORM_LABELS[main.platform]} @${main.handle}` : "No accounts") +
      (r.accounts.length > 1 ? ` +${r.accounts.length - 1}` : "") +
      (r.country ? ` · ${r.country}` : ""),
    tier: r.tier,
    followers: r.followers,
    engagementRate: r.engagementRate,
    riskLevel: r.riskLevel,
    riskScore: r.riskScore,
    riskReason: r.riskReasons[0] ?? null,
    niches: r.niches.slice(0, 3).join(", "),
    tags: r.tags,
  };
}
