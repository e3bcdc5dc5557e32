/**
 * Plausibility checks for one metric snapshot of a post (what a marketer types, a creator reports or a
 * CSV row carries) and the equality that makes re-importing a snapshot a no-op. Returns messages per
 * field instead of throwing, so a form can show them all at once and an import can report a row.
 */

import type { Maybe } from "./validate";

/** The counts a snapshot may carry; null/omitted = not reported (never 0). */
export const SNAPSHOT_COUNT_FIELDS = [
  "views",
  "reach",
  "impressions",
  "likes",
  "comments",
  "saves",
  "shares",
  "replies",
  "clicks",
] as const;
/** One of the counts a snapshot can carry (views, reach, impressions, likes, …). */
export type SnapshotCountField = (typeof SNAPSHOT_COUNT_FIELDS)[number];

/**
 * Instagram stories' navigation (how viewers moved on from the story): taps to the next frame, taps
 * back, exits from the stories and swipes to the next account's. Kept apart from the counts above:
 * only a connector reports them, and no total or rate of a campaign adds them up.
 */
export const STORY_NAVIGATION_FIELDS = ["tapsForward", "tapsBack", "tapExits", "swipesForward"] as const;
/** One of the story navigation counts (taps forward/back, exits, swipes forward). */
export type StoryNavigationField = (typeof STORY_NAVIGATION_FIELDS)[number];

/** The figures of one snapshot as entered: every count optional, plus average watch %, story frame views and navigation. */
export type SnapshotCounts = { readonly [K in SnapshotCountField | StoryNavigationField]?: Maybe<number> } & {
  readonly avgWatchPct?: Maybe<number>;
  readonly frameViews?: readonly number[];
};

/** The largest count stored (a Postgres integer): no single post of a micro-influencer comes near it. */
export const MAX_SNAPSHOT_COUNT = 2_000_000_000;
/** A story has at most this many frames per snapshot (Instagram allows 100 stories a day). */
export const MAX_STORY_FRAMES = 100;
/** Likes above views × this factor, where views are known, are refused as a typo (issue of scale, not of rounding). */
export const MAX_LIKES_PER_VIEW = 10;

/** What each figure is called in forms, tables and error messages. */
export const SNAPSHOT_FIELD_LABELS: Readonly<Record<SnapshotCountField | "avgWatchPct" | "frameViews", string>> = {
  views: "Views",
  reach: "Reach",
  impressions: "Impressions",
  likes: "Likes",
  comments: "Comments",
  saves: "Saves",
  shares: "Shares",
  replies: "Replies",
  clicks: "Link clicks",
  avgWatchPct: "Average watch %",
  frameViews: "Story frame views",
};

/** What each navigation figure is called. */
export const STORY_NAVIGATION_LABELS: Readonly<Record<StoryNavigationField, string>> = {
  tapsForward: "Taps forward",
  tapsBack: "Taps back",
  tapExits: "Exits",
  swipesForward: "Swipes to the next account",
};

const known = (v: Maybe<number>): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Checks a snapshot and returns messages per field (empty object = acceptable).
 * Rules: every count is a whole number from 0 to {@link MAX_SNAPSHOT_COUNT}; average watch % is 0–100;
 * story frames are whole numbers ≥ 0, at most {@link MAX_STORY_FRAMES}; at least one figure is given;
 * reach ≤ impressions when both are known (reach counts accounts, impressions count every showing);
 * likes ≤ views × {@link MAX_LIKES_PER_VIEW} when views are known (a larger figure is a typo).
 * At all-null input: one "_form" message. Never throws.
 */
export function checkSnapshot(s: SnapshotCounts): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  let any = false;
  for (const field of [...SNAPSHOT_COUNT_FIELDS, ...STORY_NAVIGATION_FIELDS]) {
    const v = s[field];
    if (v === null || v === undefined) continue;
    any = true;
    const label =
      field in SNAPSHOT_FIELD_LABELS
        ? SNAPSHOT_FIELD_LABELS[field as SnapshotCountField]
        : STORY_NAVIGATION_LABELS[field as StoryNavigationField];
    if (typeof v !== "number" || !Number.isFinite(v)) add(field, `${label} must be a number.`);
    else if (v < 0) add(field, `${label} can't be negative.`);
    else if (!Number.isInteger(v)) add(field, `${label} must be a whole number.`);
    else if (v > MAX_SNAPSHOT_COUNT) add(field, `${label} is larger than ${MAX_SNAPSHOT_COUNT.toLocaleString("en-US")}; check the figure.`);
  }
  const pct = s.avgWatchPct;
  if (pct !== null && pct !== undefined) {
    any = true;
    if (typeof pct !== "number" || !Number.isFinite(pct) || pct < 0 || pct > 100)
      add("avgWatchPct", "Average watch % must be between 0 and 100.");
  }
  const frames = s.frameViews ?? [];
  if (frames.length > 0) {
    any = true;
    if (frames.length > MAX_STORY_FRAMES) add("frameViews", `A story has at most ${MAX_STORY_FRAMES} frames.`);
    const bad = frames.findIndex((v) => typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > MAX_SNAPSHOT_COUNT);
    if (bad >= 0) add("frameViews", `Frame ${bad + 1}: views must be a whole number ≥ 0.`);
  }
  if (!any) add("_form", "Enter at least one figure.");
  if (!errors.reach && !errors.impressions && known(s.reach) && known(s.impressions) && s.reach > s.impressions) {
    add("reach", "Reach can't be larger than impressions (reach counts accounts, impressions count every showing).");
  }
  if (!errors.likes && !errors.views && known(s.likes) && known(s.views) && s.likes > s.views * MAX_LIKES_PER_VIEW) {
    add("likes", `Likes are more than ${MAX_LIKES_PER_VIEW} × views; check the figures.`);
  }
  return errors;
}

/**
 * True when two snapshots carry the same figures: every count, the story navigation, the average
 * watch % and the story frames (in order). null and undefined are the same ("not reported"); 0 is not
 * the same as null.
 */
export function sameSnapshotCounts(a: SnapshotCounts, b: SnapshotCounts): boolean {
  for (const f of [...SNAPSHOT_COUNT_FIELDS, ...STORY_NAVIGATION_FIELDS]) if ((a[f] ?? null) !== (b[f] ?? null)) return false;
  if ((a.avgWatchPct ?? null) !== (b.avgWatchPct ?? null)) return false;
  const fa = a.frameViews ?? [];
  const fb = b.frameViews ?? [];
  return fa.length === fb.length && fa.every((v, i) => v === fb[i]);
}

/**
 * Impressions the posts have reported, summed over their latest snapshots: null when none reported
 * any (CTR then needs impressions), never a 0 standing in for "not reported". Posts without the
 * figure are left out of the sum, not counted as 0.
 */
export function reportedImpressions(latest: readonly (number | null | undefined)[]): number | null {
  const known = latest.filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}
