// Every operation of the public API v1, declared once. Route handlers under app/api/v1 are built
// from these (withApiKey) and /api/v1/openapi.json is generated from them (./openapi.ts); a test
// fails when a route file is missing here or disagrees with its declaration.

import { z } from "zod";

import { campaignFieldsSchema, compensationSchema, listCampaignsSchema } from "../../campaigns/schemas";
import { checkDisclosureInputSchema } from "../../compliance/schema";
import { CONTRACT_STATES } from "../../contracts/queries";
import { ATTRIBUTED_BY } from "../../conversions/schemas";
import { createInfluencerSchema, influencerDetailsSchema } from "../../influencers/schemas";
import { pageQuerySchema } from "../../pagination";
import { createPostSchema, snapshotCountsSchema } from "../../posts/schemas";
import { createDiscountCodeSchema, createLinkSchema } from "../../tracking/schemas";
import { defineOperation } from "../operation";
import * as s from "./schemas";

const p = {
  influencer: z.object({ influencerId: s.id }),
  campaign: z.object({ campaignId: s.id }),
  collaboration: z.object({ collaborationId: s.id }),
  post: z.object({ postId: s.id }),
  contract: z.object({ contractId: s.id }),
};

// ---------- influencers ----------

export const listInfluencers = defineOperation({
  operationId: "listInfluencers",
  method: "GET",
  path: "/influencers",
  scope: "influencers:read",
  tag: "Influencers",
  summary: "Search the roster",
  description: "The roster's search and filters, newest first unless `sort` says otherwise; page with `cursor`.",
  query: s.influencerListQuery,
  response: { status: 200, description: "A page of influencers", schema: s.influencerPage },
});

export const createInfluencer = defineOperation({
  operationId: "createInfluencer",
  method: "POST",
  path: "/influencers",
  scope: "influencers:write",
  tag: "Influencers",
  summary: "Add an influencer with one account",
  body: createInfluencerSchema,
  response: { status: 201, description: "Created", schema: s.idOut },
});

export const upsertInfluencer = defineOperation({
  operationId: "upsertInfluencer",
  method: "POST",
  path: "/influencers/upsert",
  scope: "influencers:write",
  tag: "Influencers",
  summary: "Create or update by platform and handle",
  description:
    "Finds the influencer whose account has this platform and handle (normalised as the app does: `@ava`, a profile link and `ava` are one handle). Found: its details are replaced (its accounts and their figures are kept). Not found: created with this account.",
  body: createInfluencerSchema,
  response: { status: 200, description: "The influencer, and whether it was created", schema: s.upsertOut },
});

export const getInfluencer = defineOperation({
  operationId: "getInfluencer",
  method: "GET",
  path: "/influencers/{influencerId}",
  scope: "influencers:read",
  tag: "Influencers",
  summary: "One influencer with accounts and lists",
  params: p.influencer,
  response: { status: 200, description: "The influencer", schema: s.influencerOut },
});

export const updateInfluencer = defineOperation({
  operationId: "updateInfluencer",
  method: "PUT",
  path: "/influencers/{influencerId}",
  scope: "influencers:write",
  tag: "Influencers",
  summary: "Replace an influencer's details",
  description: "Replaces the details (a field left out is cleared); accounts are kept.",
  params: p.influencer,
  body: influencerDetailsSchema,
  response: { status: 200, description: "Updated", schema: s.idOut },
});

export const listLists = defineOperation({
  operationId: "listLists",
  method: "GET",
  path: "/lists",
  scope: "influencers:read",
  tag: "Influencers",
  summary: "The workspace's influencer lists",
  response: { status: 200, description: "Lists with their sizes", schema: s.listsOut },
});

// ---------- campaigns and collaborations ----------

export const listCampaigns = defineOperation({
  operationId: "listCampaigns",
  method: "GET",
  path: "/campaigns",
  scope: "campaigns:read",
  tag: "Campaigns",
  summary: "Campaigns, newest first (archived only when asked for by status)",
  description: "The app's campaign list and filters, newest first; page with `cursor` (`nextCursor` is null on the last page).",
  query: listCampaignsSchema.extend(pageQuerySchema.shape),
  response: { status: 200, description: "Campaigns", schema: s.campaignsOut },
});

export const createCampaignBody = z
  .object(campaignFieldsSchema.shape)
  .omit({ budget: true })
  .extend({
    budgetMinor: z.number().int().min(0).max(1e12).nullable().default(null).meta({ description: "Budget in minor units of `currency`." }),
  });

export const createCampaign = defineOperation({
  operationId: "createCampaign",
  method: "POST",
  path: "/campaigns",
  scope: "campaigns:write",
  tag: "Campaigns",
  summary: "Create a draft campaign",
  body: createCampaignBody,
  response: { status: 201, description: "Created", schema: s.idOut },
});

export const getCampaign = defineOperation({
  operationId: "getCampaign",
  method: "GET",
  path: "/campaigns/{campaignId}",
  scope: "campaigns:read",
  tag: "Campaigns",
  summary: "One campaign",
  params: p.campaign,
  response: { status: 200, description: "The campaign", schema: s.campaignOut },
});

export const listCollaborations = defineOperation({
  operationId: "listCollaborations",
  method: "GET",
  path: "/campaigns/{campaignId}/collaborations",
  scope: "collaborations:read",
  tag: "Collaborations",
  summary: "A campaign's collaborations with their deliverables",
  description: "Oldest first; page with `cursor`.",
  params: p.campaign,
  query: pageQuerySchema,
  response: { status: 200, description: "Collaborations", schema: s.collaborationsOut },
});

export const addCollaborationsBody = z
  .object({ influencerIds: z.array(s.id).max(200).default([]), listId: s.id.optional() })
  .and(compensationSchema)
  .refine((v) => v.influencerIds.length > 0 || v.listId, { message: "Pick at least one influencer or a list", path: ["influencerIds"] });

export const addCollaborations = defineOperation({
  operationId: "addCollaborations",
  method: "POST",
  path: "/campaigns/{campaignId}/collaborations",
  scope: "collaborations:write",
  tag: "Collaborations",
  summary: "Add influencers (or a list) to a campaign",
  description: "Fees in `fee` are major units as in the app's form; the answer and every read give `feeMinor`.",
  params: p.campaign,
  body: addCollaborationsBody,
  response: { status: 201, description: "How many were added and skipped (already in the campaign)", schema: s.addedOut },
});

export const getCollaboration = defineOperation({
  operationId: "getCollaboration",
  method: "GET",
  path: "/collaborations/{collaborationId}",
  scope: "collaborations:read",
  tag: "Collaborations",
  summary: "One collaboration: status, deliverables, status history",
  params: p.collaboration,
  response: { status: 200, description: "The collaboration", schema: s.collaborationOut },
});

export const changeCollaborationStatus = defineOperation({
  operationId: "changeCollaborationStatus",
  method: "POST",
  path: "/collaborations/{collaborationId}/status",
  scope: "collaborations:write",
  tag: "Collaborations",
  summary: "Move a collaboration (drafting, completed, cancelled)",
  description: "The moves the brand makes by hand, under the same status rules as the app; approving content is the review queue's.",
  params: p.collaboration,
  body: z.object({ to: z.enum(["drafting", "completed", "cancelled"]), note: z.string().trim().max(2_000).optional() }),
  response: { status: 200, description: "The collaboration after the move", schema: s.collaborationOut },
});

export const listPosts = defineOperation({
  operationId: "listPosts",
  method: "GET",
  path: "/collaborations/{collaborationId}/posts",
  scope: "collaborations:read",
  tag: "Collaborations",
  summary: "A collaboration's live posts with their latest numbers",
  description: "Oldest first; page with `cursor`.",
  params: p.collaboration,
  query: pageQuerySchema,
  response: { status: 200, description: "Posts", schema: s.postsOut },
});

export const createPost = defineOperation({
  operationId: "createPost",
  method: "POST",
  path: "/collaborations/{collaborationId}/posts",
  scope: "collaborations:write",
  tag: "Collaborations",
  summary: "Record a live post",
  params: p.collaboration,
  body: createPostSchema.omit({ collaborationId: true }),
  response: { status: 201, description: "Created (the URL normalised)", schema: s.postCreatedOut },
});

// ---------- metrics ----------

export const listSnapshots = defineOperation({
  operationId: "listSnapshots",
  method: "GET",
  path: "/posts/{postId}/snapshots",
  scope: "metrics:read",
  tag: "Metrics",
  summary: "A post's metric snapshots, oldest first",
  description: "By capture time (equal times by id); page with `cursor`.",
  params: p.post,
  query: pageQuerySchema,
  response: { status: 200, description: "Snapshots", schema: s.snapshotsOut },
});

export const addSnapshotBody = snapshotCountsSchema.extend({
  capturedAt: z.iso.datetime({ offset: true }).meta({ description: "When the numbers were read off the platform." }),
});

export const addSnapshot = defineOperation({
  operationId: "addSnapshot",
  method: "POST",
  path: "/posts/{postId}/snapshots",
  scope: "metrics:write",
  tag: "Metrics",
  summary: "Add a metric snapshot",
  description:
    "Immutable: the same numbers for the same capture time change nothing (`unchanged`); different numbers for a time already recorded are refused (409). A figure not reported stays null, never 0. Recorded with source `manual` (entered by the brand; `api` is the platform connectors').",
  params: p.post,
  body: addSnapshotBody,
  response: { status: 201, description: "Created or unchanged", schema: s.snapshotCreatedOut },
});

// ---------- conversions, links and codes ----------

export const addConversionBody = z.object({
  orderId: z.string().trim().min(1).max(100).meta({ description: "Your store's order id: sending it again updates the order." }),
  orderNumber: z.string().trim().max(100).optional(),
  orderedAt: z.iso.datetime({ offset: true }),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((c) => c.toUpperCase()),
  amountMinor: z.number().int().min(0).max(1e13).meta({ description: "Order total in minor units of `currency`." }),
  refundedMinor: z.number().int().min(0).max(1e13).optional().meta({ description: "Total refunded so far, in minor units." }),
  status: z.enum(["pending", "paid", "cancelled"]).default("paid"),
  discountCodes: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
  clickId: z.string().max(64).optional().meta({ description: "The mc_click parameter the tracking link added to the landing URL." }),
  updatedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: "When the order last changed; an older update than the stored one changes only refunds." }),
});

export const addConversion = defineOperation({
  operationId: "addConversion",
  method: "POST",
  path: "/conversions",
  scope: "conversions:write",
  tag: "Conversions",
  summary: "Record an order from any store",
  description:
    "Attributed by the same rule as Shopify and WooCommerce orders: the tracking link's click when `clickId` names one of this workspace, otherwise a discount code of this workspace.",
  body: addConversionBody,
  response: { status: 201, description: "Recorded, with its attribution", schema: s.conversionOut },
});

export const listConversions = defineOperation({
  operationId: "listConversions",
  method: "GET",
  path: "/conversions",
  scope: "conversions:read",
  tag: "Conversions",
  summary: "Orders, newest first, with their attribution",
  description:
    "The Conversions page's list and filters (`campaign`, `influencer`, `by`, and `from`/`to` as local days in the workspace's time zone); page with `cursor`.",
  query: z
    .object({
      campaign: s.id.optional(),
      influencer: s.id.optional(),
      by: z.enum(ATTRIBUTED_BY).optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
    })
    .extend(pageQuerySchema.shape),
  response: { status: 200, description: "A page of orders", schema: s.conversionsOut },
});

export const listLinks = defineOperation({
  operationId: "listLinks",
  method: "GET",
  path: "/collaborations/{collaborationId}/links",
  scope: "conversions:read",
  tag: "Conversions",
  summary: "A collaboration's tracking links with their clicks",
  description: "Oldest first; page with `cursor`.",
  params: p.collaboration,
  query: pageQuerySchema,
  response: { status: 200, description: "A page of links", schema: s.linksOut },
});

export const listDiscountCodes = defineOperation({
  operationId: "listDiscountCodes",
  method: "GET",
  path: "/collaborations/{collaborationId}/discount-codes",
  scope: "conversions:read",
  tag: "Conversions",
  summary: "A collaboration's discount codes",
  description: "Oldest first; page with `cursor`.",
  params: p.collaboration,
  query: pageQuerySchema,
  response: { status: 200, description: "A page of codes", schema: s.codesOut },
});

export const listTracking = defineOperation({
  operationId: "listTracking",
  method: "GET",
  path: "/collaborations/{collaborationId}/tracking",
  scope: "conversions:read",
  tag: "Conversions",
  summary: "A collaboration's tracking links (with clicks) and discount codes, in full",
  description: "Both lists unpaged, for a quick look; to page through many, use `/links` and `/discount-codes`.",
  params: p.collaboration,
  response: { status: 200, description: "Links and codes", schema: s.trackingOut },
});

export const createLink = defineOperation({
  operationId: "createLink",
  method: "POST",
  path: "/collaborations/{collaborationId}/links",
  scope: "conversions:write",
  tag: "Conversions",
  summary: "Create a tracking link",
  params: p.collaboration,
  body: createLinkSchema.omit({ collaborationId: true }),
  response: { status: 201, description: "Created", schema: s.linkCreatedOut },
});

export const createDiscountCodeBody = z
  .object(createDiscountCodeSchema.shape)
  .omit({ collaborationId: true })
  .refine((v) => v.code || v.pattern, { message: "Enter a code or a pattern to generate one from.", path: ["code"] });

export const createDiscountCode = defineOperation({
  operationId: "createDiscountCode",
  method: "POST",
  path: "/collaborations/{collaborationId}/discount-codes",
  scope: "conversions:write",
  tag: "Conversions",
  summary: "Create a discount code (typed, or from a pattern such as {NAME}15)",
  params: p.collaboration,
  body: createDiscountCodeBody,
  response: { status: 201, description: "Created", schema: s.codeCreatedOut },
});

// ---------- contracts ----------

export const listContracts = defineOperation({
  operationId: "listContracts",
  method: "GET",
  path: "/contracts",
  scope: "contracts:read",
  tag: "Contracts",
  summary: "Contracts, most recently changed first",
  description: "50 a page; page with `cursor`.",
  query: z.object({
    state: z.enum(CONTRACT_STATES).optional(),
    campaign: s.id.optional(),
    cursor: pageQuerySchema.shape.cursor,
  }),
  response: { status: 200, description: "A page of contracts", schema: s.contractsOut },
});

export const getContract = defineOperation({
  operationId: "getContract",
  method: "GET",
  path: "/contracts/{contractId}",
  scope: "contracts:read",
  tag: "Contracts",
  summary: "A contract's state",
  params: p.contract,
  response: { status: 200, description: "The contract", schema: s.contractOut },
});

export const getContractPdf = defineOperation({
  operationId: "getContractPdf",
  method: "GET",
  path: "/contracts/{contractId}/pdf",
  scope: "contracts:read",
  tag: "Contracts",
  summary: "Download the executed, sealed PDF of a completed contract",
  params: p.contract,
  response: { status: 200, description: "The PDF (404 until the contract is completed)", mediaType: "application/pdf" },
});

// ---------- reports ----------

export const getCampaignReport = defineOperation({
  operationId: "getCampaignReport",
  method: "GET",
  path: "/campaigns/{campaignId}/report",
  scope: "reports:read",
  tag: "Reports",
  summary: "A campaign's results: totals and rates with their formulas",
  description:
    "The campaign Results tab's figures, from the same loader: each post's latest snapshot, cost (fees and product value of live collaborations) and attributed revenue and orders; totals, rates with their formulas (percentages already × 100; CPM, CPE, CPC and CPA as money in minor units with the currency), how many posts reported each figure, and for each null rate the reason. `from` and `to` (local days in the workspace's time zone) narrow the period.",
  params: p.campaign,
  query: z.object({
    from: z.iso.date().optional().meta({ description: "First day, YYYY-MM-DD (default: the first post or snapshot)." }),
    to: z.iso.date().optional().meta({ description: "Last day, YYYY-MM-DD (default: today)." }),
  }),
  response: { status: 200, description: "The report", schema: s.reportOut },
});

// ---------- compliance ----------

export const checkDisclosure = defineOperation({
  operationId: "checkDisclosure",
  method: "POST",
  path: "/compliance/check",
  scope: null,
  tag: "Compliance",
  summary: "Check a caption for ad disclosure (FTC 16 CFR 255 or UK ASA/CMA)",
  description: "Any valid key may call it; it reads and writes no workspace data.",
  body: checkDisclosureInputSchema,
  maxBodyBytes: 2 * 1024 * 1024,
  response: { status: 200, description: "Findings", schema: s.complianceOut },
});

export const OPERATIONS = [
  listInfluencers,
  createInfluencer,
  upsertInfluencer,
  getInfluencer,
  updateInfluencer,
  listLists,
  listCampaigns,
  createCampaign,
  getCampaign,
  listCollaborations,
  addCollaborations,
  getCollaboration,
  changeCollaborationStatus,
  listPosts,
  createPost,
  listSnapshots,
  addSnapshot,
  addConversion,
  listConversions,
  listTracking,
  listLinks,
  listDiscountCodes,
  createLink,
  createDiscountCode,
  listContracts,
  getContract,
  getContractPdf,
  getCampaignReport,
  checkDisclosure,
];
