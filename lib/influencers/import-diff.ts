/**
 * What a re-imported row changes on an existing account and influencer. Pure. A value the row
 * leaves empty never erases what is stored; lists (languages, niches, tags, brands, hashtags) grow
 * by union, so tags added by hand survive a re-import. Returns the full merged values to write, or
 * null when nothing would change (the row counts as "unchanged").
 */

import { MAX_NICHES, type ImportRecord } from "@/lib/influencers/import";

import { ER_COMPUTED, ER_IMPORTED } from "./denormalise";

export interface ExistingAccount {
  id: string;
  influencerId: string;
  platform: string;
  handle: string;
  url: string | null;
  followers: number;
  following: number | null;
  posts: number | null;
  avgLikes: number | null;
  avgComments: number | null;
  avgViews: number | null;
  engagementRate: number | null;
  engagementRateSource: string | null;
  bio: string | null;
  topHashtags: string[];
  influencer: {
    displayName: string;
    email: string | null;
    country: string | null;
    notes: string | null;
    languages: string[];
    niches: string[];
    tags: string[];
    brandsWorkedWith: string[];
  };
}

const union = (a: readonly string[], b: readonly string[]): string[] => {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  return [...a, ...b.filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()))];
};
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function accountChanges(found: ExistingAccount, r: ImportRecord) {
  const importedEr = r.engagementRate !== undefined && found.engagementRateSource !== ER_COMPUTED;
  const next = {
    url: r.url ?? found.url,
    followers: r.followers,
    following: r.following ?? found.following,
    posts: r.posts ?? found.posts,
    avgLikes: r.avgLikes ?? found.avgLikes,
    avgComments: r.avgComments ?? found.avgComments,
    avgViews: r.avgViews ?? found.avgViews,
    engagementRate: importedEr ? (r.engagementRate ?? null) : found.engagementRate,
    engagementRateSource: importedEr ? ER_IMPORTED : found.engagementRateSource,
    bio: r.bio ?? found.bio,
    topHashtags: union(found.topHashtags, r.topHashtags),
  };
  const changed =
    next.url !== found.url ||
    next.followers !== found.followers ||
    next.following !== found.following ||
    next.posts !== found.posts ||
    next.avgLikes !== found.avgLikes ||
    next.avgComments !== found.avgComments ||
    next.avgViews !== found.avgViews ||
    next.engagementRate !== found.engagementRate ||
    next.bio !== found.bio ||
    !sameList(next.topHashtags, found.topHashtags);
  return changed ? next : null;
}

export function influencerChanges(found: ExistingAccount["influencer"], r: ImportRecord) {
  const next = {
    // The name defaults to the handle when the file has none: never let that overwrite a real name.
    displayName: r.displayName !== r.handle ? r.displayName : found.displayName,
    email: r.email ?? found.email,
    country: r.country ?? found.country,
    notes: r.notes ?? found.notes,
    languages: union(found.languages, r.languages),
    // Bounded (lib/influencers/import/limits.ts): what is stored first stays.
    niches: union(found.niches, r.niches).slice(0, MAX_NICHES),
    tags: union(found.tags, r.tags),
    brandsWorkedWith: union(found.brandsWorkedWith, r.brandsWorkedWith),
  };
  const changed =
    next.displayName !== found.displayName ||
    next.email !== found.email ||
    next.country !== found.country ||
    next.notes !== found.notes ||
    !sameList(next.languages, found.languages) ||
    !sameList(next.niches, found.niches) ||
    !sameList(next.tags, found.tags) ||
    !sameList(next.brandsWorkedWith, found.brandsWorkedWith);
  return changed ? next : null;
}
