/**
 * Campaign vocabulary without the schemas: goals, statuses, compensation types, KPI metrics and
 * industries with their display labels. Kept apart from ./schemas.ts so that a client component
 * showing a label doesn't ship zod to the browser.
 */
export const CAMPAIGN_GOALS = ["awareness", "sales", "leads", "engagement"] as const;
export const CAMPAIGN_STATUSES = ["draft", "active", "completed", "archived"] as const;
export const COMPENSATION_TYPES = ["cash", "product", "product_plus_cash", "commission"] as const;
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type CompensationType = (typeof COMPENSATION_TYPES)[number];

export const GOAL_LABELS: Record<CampaignGoal, string> = {
  awareness: "Brand awareness",
  sales: "Sales",
  leads: "Leads",
  engagement: "Engagement",
};
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: "Draft",
  active: "Active",
  completed: "Completed",
  archived: "Archived",
};
export const COMPENSATION_LABELS: Record<CompensationType, string> = {
  cash: "Cash fee",
  product: "Product only",
  product_plus_cash: "Product + payment",
  commission: "Commission",
};

/** KPI metrics a campaign can target; unit is fixed per metric. */
export const KPI_METRICS = {
  err: { label: "ERR (engagement rate by reach)", unit: "%" },
  engagement_rate: { label: "Engagement rate", unit: "%" },
  ctr: { label: "Click-through rate", unit: "%" },
  impressions: { label: "Impressions", unit: "count" },
  clicks: { label: "Website clicks", unit: "count" },
  conversions: { label: "Sales conversions", unit: "count" },
  code_redemptions: { label: "Discount-code redemptions", unit: "count" },
  story_completion: { label: "Story completion rate", unit: "%" },
} as const;
export type KpiMetric = keyof typeof KPI_METRICS;

export const INDUSTRIES = [
  { value: "beauty", label: "Beauty" },
  { value: "fashion", label: "Fashion" },
  { value: "food_beverage", label: "Food & Beverage" },
  { value: "tech", label: "Tech" },
  { value: "other", label: "Other (no CTR benchmark)" },
] as const;
