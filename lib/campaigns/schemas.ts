// Input schemas for campaigns and collaborations, shared by forms, actions and routes.
import { z } from "zod";

import { briefSchema } from "../briefs";
import { isCtrIndustry } from "../metrics";
import { DELIVERABLE_TYPES, PLATFORMS } from "../vocabulary";
import { normalizeCompensation } from "./compensation";
import { CAMPAIGN_GOALS, CAMPAIGN_STATUSES, COMPENSATION_TYPES, KPI_METRICS, type KpiMetric } from "./labels";

export {
  CAMPAIGN_GOALS,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  COMPENSATION_LABELS,
  COMPENSATION_TYPES,
  GOAL_LABELS,
  INDUSTRIES,
  KPI_METRICS,
  type CampaignGoal,
  type CampaignStatus,
  type CompensationType,
  type KpiMetric,
} from "./labels";

const KPI_KEYS = Object.keys(KPI_METRICS) as [KpiMetric, ...KpiMetric[]];

export const kpiSchema = z.object({
  metric: z.enum(KPI_KEYS, { error: "Pick a metric" }),
  target: z.number({ error: "Enter a number" }).positive("Target must be above 0").max(1e12),
});
export type Kpi = z.infer<typeof kpiSchema> & { unit?: string };

const optionalDate = z.union([z.literal("").transform(() => null), z.iso.date({ error: "Use a real date" }), z.null()]).default(null);
const handles = z.array(z.string().trim().min(1).max(100)).max(20).default([]);

export const campaignFieldsSchema = z
  .object({
    name: z.string().trim().min(2, "Give the campaign a name (2+ characters)").max(120, "Keep it under 120 characters"),
    goal: z.enum(CAMPAIGN_GOALS, { error: "Pick a goal" }),
    kpis: z.array(kpiSchema).max(12).default([]),
    industry: z
      .string()
      .trim()
      .max(60)
      .transform((v) => (v === "" ? null : v))
      .nullable()
      .default(null),
    /** Budget in major units as typed ("2500.50"); stored as minor units. */
    budget: z.number({ error: "Enter an amount" }).nonnegative("Budget can't be negative").max(1e10).nullable().default(null),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "Use a three-letter currency code")
      .default("USD"),
    startDate: optionalDate,
    endDate: optionalDate,
    hashtag: z
      .string()
      .trim()
      .max(100)
      .transform((v) => (v === "" ? null : v.startsWith("#") ? v : `#${v}`))
      .nullable()
      .default(null),
    brandHandles: handles,
    approvedClaims: z.array(z.string().trim().min(1).max(1_000)).max(50).default([]),
    jurisdiction: z.enum(["US", "UK"]).default("US"),
  })
  .refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, {
    message: "End date is before the start date",
    path: ["endDate"],
  });

export const createCampaignSchema = campaignFieldsSchema;
export type CreateCampaignInput = z.input<typeof createCampaignSchema>;

export const updateCampaignSchema = z.object({ campaignId: z.string().min(1).max(64) }).and(campaignFieldsSchema);

export const campaignIdSchema = z.object({ campaignId: z.string().min(1).max(64) });

export const setCampaignStatusSchema = z.object({ campaignId: z.string().min(1).max(64), status: z.enum(CAMPAIGN_STATUSES) });

export const listCampaignsSchema = z.object({
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  goal: z.enum(CAMPAIGN_GOALS).optional(),
  q: z.string().trim().max(100).optional(),
});

export function industryHasBenchmark(industry: string | null): boolean {
  return industry !== null && isCtrIndustry(industry);
}

export const deliverableInputSchema = z.object({
  type: z.enum(DELIVERABLE_TYPES),
  platform: z.enum(PLATFORMS).nullable().default(null),
  count: z.number().int().min(1, "At least 1").max(100),
  dueDate: optionalDate,
});

export const compensationSchema = z
  .object({
    compensationType: z.enum(COMPENSATION_TYPES).default("product_plus_cash"),
    /** Fee in major units; null unless the type pays a fee (set to null for "product" and "commission"). */
    fee: z.number({ error: "Enter an amount" }).nonnegative("Fee can't be negative").max(1e9).nullable().default(null),
    productDescription: z
      .string()
      .trim()
      .max(500)
      .transform((v) => (v === "" ? null : v))
      .nullable()
      .default(null),
    commissionPct: z.number().min(0).max(100).nullable().default(null),
  })
  .refine((c) => !(c.compensationType === "cash" || c.compensationType === "product_plus_cash") || (c.fee ?? 0) > 0, {
    message: "Enter the agreed fee",
    path: ["fee"],
  })
  .refine((c) => c.compensationType !== "commission" || (c.commissionPct ?? 0) > 0, {
    message: "Enter the commission %",
    path: ["commissionPct"],
  })
  .refine((c) => !(c.compensationType === "product" || c.compensationType === "product_plus_cash") || Boolean(c.productDescription), {
    message: "Say which product they get",
    path: ["productDescription"],
  })
  // A fee (or product, or commission) left in a field the chosen type hides is not part of the deal.
  .transform(normalizeCompensation);

/** Saving or sending a campaign's brief. */
export const briefInputSchema = z.object({ campaignId: z.string().min(1).max(64), brief: briefSchema });
