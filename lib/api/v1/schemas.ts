// Shapes shared by the v1 operations: path ids, the page envelope, the error body and the answers
// of each resource. Inputs reuse the app's own schemas (lib/<domain>/schemas.ts); these describe
// what the API sends back. Times are ISO 8601 strings; money is integer minor units with a currency.
import { z } from "zod";

import { RISK_FILTERS, SORTS } from "../../influencers/search-options";
import { TIERS } from "../../metrics";
import { FORMATS, PLATFORMS } from "../../vocabulary";

export const id = z.string().min(1).max(64);
const iso = z.string().meta({ format: "date-time" });
const isoDate = z.string().meta({ format: "date" });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "UNAUTHORIZED, FORBIDDEN, NOT_FOUND, BAD_REQUEST, UNPROCESSABLE, RATE_LIMITED, …" }),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Per-field messages for invalid input." }),
    }),
  })
  .meta({ id: "Error" });

/** A repeated query parameter (?platform=a&platform=b) or a single one. */
const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item).max(50)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

export const influencerListQuery = z.object({
  q: z.string().max(200).optional().meta({ description: "Search text: names, handles, bios, niches (typo-tolerant)." }),
  platform: many(z.enum(PLATFORMS)),
  tier: many(z.enum(TIERS)),
  followersMin: z.coerce.number().int().min(0).optional(),
  followersMax: z.coerce.number().int().min(0).optional(),
  erMin: z.coerce.number().min(0).max(100).optional(),
  erMax: z.coerce.number().min(0).max(100).optional(),
  niche: many(z.string().max(80)),
  country: many(z.string().length(2)),
  lang: many(z.string().max(80)),
  tag: many(z.string().max(80)),
  list: many(id),
  risk: many(z.enum(RISK_FILTERS)),
  sort: z.enum(SORTS).optional(),
  cursor: z.string().max(500).optional().meta({ description: "`nextCursor` of the previous page." }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const accountOut = z.object({ platform: z.enum(PLATFORMS), handle: z.string(), followers: z.number().int() }).loose();
export const influencerSummary = z
  .object({
    id,
    displayName: z.string(),
    platforms: z.array(z.string()),
    followers: z.number().int(),
    engagementRate: z.number().nullable(),
    tier: z.string(),
    riskLevel: z.string().nullable(),
    niches: z.array(z.string()),
    country: z.string().nullable(),
    tags: z.array(z.string()),
    createdAt: iso,
    accounts: z.array(accountOut),
  })
  .meta({ id: "InfluencerSummary" });
export const influencerPage = z.object({ data: z.array(influencerSummary), nextCursor: z.string().nullable() });
export const influencerOut = z
  .object({
    id,
    displayName: z.string(),
    email: z.string().nullable(),
    country: z.string().nullable(),
    languages: z.array(z.string()),
    niches: z.array(z.string()),
    tags: z.array(z.string()),
    followers: z.number().int(),
    engagementRate: z.number().nullable(),
    tier: z.string(),
    riskLevel: z.string().nullable(),
    riskReasons: z.array(z.string()),
    accounts: z.array(accountOut),
    lists: z.array(z.object({ id, name: z.string() })),
    createdAt: iso,
    updatedAt: iso,
  })
  .loose()
  .meta({ id: "Influencer" });
export const idOut = z.object({ id });
export const upsertOut = z.object({ id, created: z.boolean() });
export const listsOut = z.object({
  data: z.array(z.object({ id, name: z.string(), description: z.string().nullable(), memberCount: z.number().int() }).loose()),
});

export const campaignSummary = z
  .object({
    id,
    name: z.string(),
    goal: z.string(),
    status: z.string(),
    budgetMinor: z.number().int().nullable(),
    currency: z.string(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    collaborations: z.number().int(),
    createdAt: iso,
  })
  .meta({ id: "CampaignSummary" });
const nextCursor = z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." });
export const campaignsOut = z.object({ data: z.array(campaignSummary), nextCursor });
export const campaignOut = campaignSummary
  .omit({ collaborations: true })
  .extend({
    kpis: z.array(z.object({ metric: z.string(), target: z.number() })),
    industry: z.string().nullable(),
    hashtag: z.string().nullable(),
    brandHandles: z.array(z.string()),
    approvedClaims: z.array(z.string()),
    jurisdiction: z.string(),
    briefVersion: z.number().int(),
  })
  .meta({ id: "Campaign" });

const deliverableOut = z.object({
  id,
  type: z.string(),
  platform: z.string().nullable(),
  count: z.number().int(),
  dueDate: isoDate.nullable(),
  liveUrl: z.string().nullable(),
});
const compensationOut = z.object({
  type: z.string(),
  feeMinor: z.number().int().nullable(),
  currency: z.string(),
  productDescription: z.string().nullable(),
  commissionPct: z.number().nullable(),
});
export const collaborationSummary = z
  .object({
    id,
    status: z.string(),
    compensation: compensationOut,
    influencer: z.object({ id, displayName: z.string(), accounts: z.array(z.object({ platform: z.string(), handle: z.string() })) }),
    deliverables: z.array(deliverableOut),
  })
  .meta({ id: "CollaborationSummary" });
export const collaborationsOut = z.object({ data: z.array(collaborationSummary), nextCursor });
export const collaborationOut = collaborationSummary
  .extend({
    campaignId: id,
    declineReason: z.string().nullable(),
    history: z.array(
      z.object({ from: z.string().nullable(), to: z.string(), actorType: z.string(), note: z.string().nullable(), at: iso }),
    ),
  })
  .meta({ id: "Collaboration" });
export const addedOut = z.object({ created: z.number().int(), skipped: z.number().int() }).loose();

const figures = {
  views: z.number().nullable(),
  reach: z.number().nullable(),
  impressions: z.number().nullable(),
  likes: z.number().nullable(),
  comments: z.number().nullable(),
  saves: z.number().nullable(),
  shares: z.number().nullable(),
  replies: z.number().nullable(),
  clicks: z.number().nullable(),
  avgWatchPct: z.number().nullable(),
};
export const snapshotOut = z
  .object({ id, postId: id, capturedAt: iso, source: z.string(), ...figures, frameViews: z.array(z.number()), createdAt: iso })
  .meta({ id: "MetricSnapshot" });
export const postOut = z
  .object({
    id,
    collaborationId: id,
    deliverableId: id.nullable(),
    url: z.string(),
    platform: z.enum(PLATFORMS),
    format: z.enum(FORMATS),
    postedAt: iso.nullable(),
    createdAt: iso,
    latest: snapshotOut.nullable(),
  })
  .meta({ id: "Post" });
export const postsOut = z.object({ data: z.array(postOut), nextCursor });
export const postCreatedOut = z.object({ id, url: z.string() });
export const snapshotsOut = z.object({ data: z.array(snapshotOut), nextCursor });
export const snapshotCreatedOut = z.object({ id, status: z.enum(["created", "unchanged"]) });

export const linkOut = z
  .object({
    id,
    code: z.string(),
    url: z.string(),
    destinationUrl: z.string(),
    paused: z.boolean(),
    live: z.boolean(),
    expiresAt: iso.nullable(),
    createdAt: iso,
    clicks: z.object({ total: z.number().int(), unique: z.number().int() }).loose(),
  })
  .loose()
  .meta({ id: "TrackingLink" });
export const codeOut = z
  .object({ id, code: z.string(), description: z.string().nullable(), cap: z.number().int().nullable() })
  .meta({ id: "DiscountCode" });
export const trackingOut = z.object({ links: z.array(linkOut), codes: z.array(codeOut) });
export const linksOut = z.object({ data: z.array(linkOut), nextCursor });
export const codesOut = z.object({ data: z.array(codeOut.extend({ createdAt: iso })), nextCursor });
export const linkCreatedOut = z.object({ id, code: z.string(), url: z.string() }).loose();
export const codeCreatedOut = z.object({ id, code: z.string() }).loose();

export const conversionRowOut = z
  .object({
    id,
    externalId: z.string().meta({ description: "The store's order id." }),
    orderNumber: z.string().nullable(),
    orderedAt: iso,
    currency: z.string(),
    amountMinor: z.number().int(),
    refundedMinor: z.number().int(),
    netMinor: z.number().int().meta({ description: "Amount less refunds; 0 for a cancelled order." }),
    status: z.string(),
    discountCodes: z.array(z.string()),
    attributedBy: z.enum(["click", "code", "none"]),
    attributionReason: z.string().nullable(),
    collaborationId: id.nullable(),
    campaign: z.object({ id, name: z.string() }).nullable(),
    influencer: z.object({ id, name: z.string() }).nullable(),
  })
  .meta({ id: "Conversion" });
export const conversionsOut = z.object({ data: z.array(conversionRowOut), nextCursor });

export const conversionOut = z.object({
  id,
  result: z.enum(["created", "updated", "stale"]),
  attributedBy: z.enum(["click", "code", "none"]),
  collaborationId: id.nullable(),
  reason: z.string(),
});

export const contractSummary = z
  .object({
    id,
    state: z.string(),
    version: z.number().int(),
    updatedAt: iso,
    collaborationId: id,
    campaignId: id,
    influencerName: z.string(),
    feeMinor: z.number().int().nullable(),
    currency: z.string(),
  })
  .loose()
  .meta({ id: "ContractSummary" });
export const contractsOut = z.object({ data: z.array(contractSummary), nextCursor });
export const contractOut = z
  .object({
    id,
    state: z.string(),
    version: z.number().int(),
    sentAt: iso.nullable(),
    completedAt: iso.nullable(),
    updatedAt: iso,
    collaborationId: id,
    campaignId: id,
    feeMinor: z.number().int().nullable(),
    currency: z.string(),
    versions: z.array(z.object({ version: z.number().int(), sha256: z.string(), createdAt: iso, supersededAt: iso.nullable() })),
    signatures: z.array(z.object({ version: z.number().int(), party: z.string(), signedAt: iso, voidedAt: iso.nullable() })),
  })
  .meta({ id: "Contract" });

export const complianceOut = z.object({ findings: z.array(z.object({}).loose()) }).loose();

const money = z
  .object({ minor: z.number().int().meta({ description: "Integer minor units (cents) of `currency`." }), currency: z.string() })
  .meta({ id: "Money" });
const rates = z.object({
  engagementRateByReach: z.number().nullable().meta({ description: "Percent (already × 100)." }),
  engagementRateByImpressions: z.number().nullable().meta({ description: "Percent (already × 100)." }),
  ctr: z.number().nullable().meta({ description: "Percent (already × 100)." }),
  cpm: money.nullable().meta({ description: "Cost per 1,000 impressions." }),
  cpe: money.nullable().meta({ description: "Cost per engagement." }),
  cpc: money.nullable().meta({ description: "Cost per click." }),
  cpa: money.nullable().meta({ description: "Cost per order (conversion)." }),
  roi: z.number().nullable().meta({ description: "Percent (already × 100)." }),
  roas: z.number().nullable().meta({ description: "Revenue ÷ cost (a ratio)." }),
});
export const reportOut = z
  .object({
    campaignId: id,
    currency: z.string(),
    period: z.object({ from: isoDate, to: isoDate, timeZone: z.string() }),
    posts: z.number().int(),
    postsWithMetrics: z.number().int(),
    totals: z
      .record(z.string(), z.number())
      .meta({ description: "Counts: reach, impressions, views, engagements, clicks, conversions, …" }),
    money: z.object({
      cost: money.nullable(),
      revenue: money.nullable(),
      notLiveYetCost: money.nullable().meta({ description: "Fees of collaborations with no post yet: not in cost or the rates." }),
    }),
    rates,
    reported: z.record(z.string(), z.number().int()),
    impressionsFromViews: z.number().int(),
    missing: z.record(z.string(), z.string()).meta({ description: "Why each null rate is null." }),
    formulas: z.record(z.string(), z.object({ label: z.string(), formula: z.string(), unit: z.string() })),
    clicksSource: z.enum(["tracking", "platform", "mixed"]).nullable(),
    currencyNotices: z.array(z.object({ currency: z.string(), what: z.string(), amount: money })).meta({
      description: "Money in another currency than the campaign's: left out, never converted or added.",
    }),
    perPost: z.array(
      z.object({ id, latest: z.object({ capturedAt: iso }).loose().nullable(), rates, missing: z.record(z.string(), z.string()) }),
    ),
  })
  .meta({ id: "CampaignReport" });
