/**
 * Usage rights and ad authorisation codes, the pure parts: which rights a signed contract grants and
 * for how long, whether an entered Spark Ads / partnership code's validity is possible, and which
 * reminders are due on a given day.
 *
 * Pure module (no Prisma, Next, I/O or clock): instants and days come in as arguments. Days are
 * calendar days "YYYY-MM-DD" in the workspace's time zone, computed by the caller.
 *
 * - Rights from terms: one right per kind granted (organic repost, paid amplification / whitelisting,
 *   TikTok Spark Ads), each with the contract's territories and duration. The default template signs
 *   "for {duration} from publication", so a right starts when the content goes live; until then it
 *   counts from the contract's completion (rights never start before signing). It ends
 *   durationDays × 24 h after it starts; durationDays null → no end stated (endsAt null).
 * - Ad codes (README "Domain rules": contracts): a TikTok Spark Ads code is authorised for 7–365
 *   days, a Meta partnership-ads permission for 1–365 days, counted from the day it was generated.
 * - Reminders: an item ending on day E is due for threshold N on every day D with
 *   0 ≤ E − D ≤ N (it ends within N days and hasn't ended). One reminder per item and run — for the
 *   smallest due threshold — and every due threshold is recorded, so a larger threshold crossed at
 *   the same time never fires later and a re-run sends nothing.
 */
import { z } from "zod";

import { addDays, daysBetween } from "@/lib/time-zone";

import type { ContractUsage } from "./schema";
import { AD_CODE_DAYS, AD_CODE_LABELS, AD_CODE_PLATFORMS, type UsageRightKind } from "./usage-rights-labels";

export {
  AD_CODE_DAYS,
  AD_CODE_LABELS,
  AD_CODE_NEEDS,
  AD_CODE_PLATFORMS,
  daysLeftText,
  USAGE_RIGHT_KINDS,
  USAGE_RIGHT_LABELS,
  type AdCodePlatform,
  type UsageRightKind,
} from "./usage-rights-labels";

export const DEFAULT_REMINDER_DAYS = [7];
/** The "ending soon" list's horizon. */
export const ENDING_SOON_DAYS = 30;

const DAY_MS = 86_400_000;

export type RightStartBasis = "completion" | "live";

export interface RightFromTerms {
  kind: UsageRightKind;
  territories: string[];
  durationDays: number | null;
  startBasis: RightStartBasis;
  startsAt: Date;
  endsAt: Date | null;
}

/**
 * The rights the usage terms grant, starting at `start.at`. No kind granted → []. The kinds come out
 * in the order organic, paid, spark_ads. Duration 0 ends the right the moment it starts.
 */
export function rightsFromTerms(usage: ContractUsage, start: { at: Date; basis: RightStartBasis }): RightFromTerms[] {
  const granted: UsageRightKind[] = [];
  if (usage.organic) granted.push("organic");
  if (usage.paid) granted.push("paid");
  if (usage.sparkAds) granted.push("spark_ads");
  return granted.map((kind) => ({
    kind,
    territories: [...usage.territories],
    durationDays: usage.durationDays,
    startBasis: start.basis,
    startsAt: start.at,
    endsAt: rightEnd(start.at, usage.durationDays),
  }));
}

/** `startsAt` + durationDays × 24 h; null duration → null (no end stated). */
export function rightEnd(startsAt: Date, durationDays: number | null): Date | null {
  return durationDays === null ? null : new Date(startsAt.getTime() + durationDays * DAY_MS);
}

/**
 * Where a right starts: the go-live instant when the content is live and that is after completion,
 * else the completion instant.
 */
export function rightStart(completedAt: Date, liveAt: Date | null): { at: Date; basis: RightStartBasis } {
  if (liveAt && liveAt.getTime() >= completedAt.getTime()) return { at: liveAt, basis: "live" };
  return { at: completedAt, basis: "completion" };
}

// ---------- ad authorisation codes ----------

const isoDate = z.iso.date("Use a date such as 2026-01-31");

/** What the influencer types in the portal. The code is printable, without spaces, 8–300 characters. */
export const adCodeInputSchema = z.object({
  platform: z.enum(AD_CODE_PLATFORMS, "Choose the kind of code"),
  code: z
    .string()
    .trim()
    .min(8, "Paste the whole code (at least 8 characters)")
    .max(300, "That is longer than any ad code (300 characters at most)")
    .regex(/^[\x21-\x7e]+$/, "A code has no spaces or special characters; paste it as the app shows it"),
  /** The authorisation period chosen when generating the code, in days. */
  validDays: z.coerce.number("Enter the number of days").int("Enter whole days"),
  /** The day the code was generated (in the app), "YYYY-MM-DD". */
  generatedOn: isoDate,
});
export type AdCodeInput = z.infer<typeof adCodeInputSchema>;

export const withdrawAdCodeSchema = z.object({ codeId: z.string().min(1).max(64) });

export type AdCodeCheck = { ok: true; expiresOn: string } | { ok: false; field: "validDays" | "generatedOn"; message: string };

/**
 * The day a code stops working (generatedOn + validDays), or why it can't be right: validDays outside
 * the platform's range (TikTok 7–365 — 6 and 366 are refused), a generation day after `today`, or a
 * code that has already expired (expiresOn ≤ today).
 */
export function checkAdCode(input: Pick<AdCodeInput, "platform" | "validDays" | "generatedOn">, today: string): AdCodeCheck {
  const { min, max } = AD_CODE_DAYS[input.platform];
  if (!Number.isInteger(input.validDays) || input.validDays < min || input.validDays > max)
    return { ok: false, field: "validDays", message: `${AD_CODE_LABELS[input.platform]}s are valid for ${min} to ${max} days.` };
  if (input.generatedOn > today) return { ok: false, field: "generatedOn", message: "The code can’t have been generated in the future." };
  const expiresOn = addDays(input.generatedOn, input.validDays);
  if (expiresOn <= today) return { ok: false, field: "generatedOn", message: `This code expired on ${expiresOn}. Generate a new one.` };
  return { ok: true, expiresOn };
}

// ---------- reminders ----------

export interface EndingItem {
  type: "grant" | "code";
  id: string;
  /** The local day the item ends. */
  endDay: string;
  /** Thresholds already reminded about for this end day. */
  sentThresholds: readonly number[];
}

export interface DueReminder<T extends EndingItem> {
  item: T;
  daysLeft: number;
  /** The smallest due threshold: the one the reminder is about. */
  threshold: number;
  /** Every due threshold not yet recorded: record them all. */
  record: number[];
}

/**
 * The reminders due on `today` for `thresholds` (days before the end; duplicates and non-positive
 * values ignored). An item already reminded for its smallest due threshold gets nothing.
 */
export function remindersDue<T extends EndingItem>(
  items: readonly T[],
  opts: { today: string; thresholds: readonly number[] },
): DueReminder<T>[] {
  const thresholds = [...new Set(opts.thresholds.filter((t) => Number.isInteger(t) && t > 0))].sort((a, b) => a - b);
  const out: DueReminder<T>[] = [];
  for (const item of items) {
    const daysLeft = daysBetween(opts.today, item.endDay);
    if (daysLeft < 0) continue;
    const due = thresholds.filter((t) => daysLeft <= t);
    if (due.length === 0 || item.sentThresholds.includes(due[0]!)) continue;
    out.push({ item, daysLeft, threshold: due[0]!, record: due.filter((t) => !item.sentThresholds.includes(t)) });
  }
  return out;
}

export const reminderDaysSchema = z.object({ days: z.string().max(100) });

/** Parses the reminder-days setting "30, 7, 1" → [1, 7, 30]; null with a message for anything else (1–365, at most 5). */
export function parseReminderDays(text: string): { ok: true; days: number[] } | { ok: false; message: string } {
  const parts = text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, message: "Enter at least one number of days, e.g. 7." };
  if (parts.length > 5) return { ok: false, message: "At most 5 reminders." };
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 365))
    return { ok: false, message: "Use whole days from 1 to 365, separated by commas." };
  return { ok: true, days: [...new Set(days)].sort((a, b) => a - b) };
}
