/**
 * The vocabulary of usage rights and ad authorisation codes: kinds, labels and each platform's
 * validity range (README "Domain rules": contracts — a TikTok Spark Ads code is authorised for 7–365
 * days, a Meta partnership-ads permission for 1–365 days). Apart from usage-rights.ts so that a
 * browser form showing a label or a range doesn't download the schemas (and zod) with it.
 *
 * Pure module: constants and one text helper, no imports.
 */
export const USAGE_RIGHT_KINDS = ["organic", "paid", "spark_ads"] as const;
export type UsageRightKind = (typeof USAGE_RIGHT_KINDS)[number];

export const USAGE_RIGHT_LABELS: Record<UsageRightKind, string> = {
  organic: "Organic reposting",
  paid: "Paid amplification / whitelisting",
  spark_ads: "TikTok Spark Ads",
};

export const AD_CODE_PLATFORMS = ["tiktok_spark_ads", "meta_partnership"] as const;
export type AdCodePlatform = (typeof AD_CODE_PLATFORMS)[number];

export const AD_CODE_LABELS: Record<AdCodePlatform, string> = {
  tiktok_spark_ads: "TikTok Spark Ads code",
  meta_partnership: "Meta partnership ads (whitelisting)",
};

/** How many days a code may be authorised for, by platform (TikTok offers 7 to 365 days). */
export const AD_CODE_DAYS: Record<AdCodePlatform, { min: number; max: number }> = {
  tiktok_spark_ads: { min: 7, max: 365 },
  meta_partnership: { min: 1, max: 365 },
};

/** Which grant a code relies on: a Spark Ads code needs Spark Ads rights, a partnership permission paid usage. */
export const AD_CODE_NEEDS: Record<AdCodePlatform, UsageRightKind> = {
  tiktok_spark_ads: "spark_ads",
  meta_partnership: "paid",
};

/** "Ends today", "1 day left", "12 days left", "Ended 3 days ago". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return "Ends today";
  if (daysLeft > 0) return `${daysLeft} ${daysLeft === 1 ? "day" : "days"} left`;
  return `Ended ${-daysLeft} ${daysLeft === -1 ? "day" : "days"} ago`;
}
