/**
 * Read models of contracts on the brand side: the workspace's list (filters, keyset pages), one
 * contract in full for its editor page, and a collaboration's latest contract for the collaboration
 * page. Every query carries the workspace.
 */
import { z } from "zod";

import { db } from "@/lib/db";
import type { ContractState } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

import { decodeListCursor, encodeListCursor } from "./list-cursor";
import { contractTermsSchema, type ContractTerms } from "./schema";
import { defaultTemplateOf } from "./templates";
import { ENDING_SOON_DAYS } from "./usage-rights";

export const CONTRACT_STATES = [
  "draft",
  "sent",
  "signed_by_influencer",
  "completed",
  "declined",
  "voided",
] as const satisfies readonly ContractState[];

export const PAGE_SIZE = 25;

/** The list's URL filters. Unknown or malformed values are dropped, never an error (see `contractListFilters`). */
export const listContractsSchema = z.object({
  state: z.enum(CONTRACT_STATES).optional(),
  campaign: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/i)
    .optional(),
  // "ending": a usage right or an ad authorisation code of the contract's collaboration ends within
  // ENDING_SOON_DAYS (the "Rights ending soon" page's window).
  rights: z.enum(["ending"]).optional(),
  cursor: z.string().max(80).optional(),
});
export type ListContractsInput = z.infer<typeof listContractsSchema>;

/** Reads the list filters from search params, keeping each valid value and dropping the rest. */
export function contractListFilters(params: Record<string, string | string[] | undefined>): ListContractsInput {
  const one = (k: string) => {
    const v = params[k];
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  const out: ListContractsInput = {};
  for (const key of ["state", "campaign", "rights", "cursor"] as const) {
    const parsed = listContractsSchema.shape[key].safeParse(one(key));
    if (parsed.success && parsed.data !== undefined) (out as Record<string, string>)[key] = parsed.data;
  }
  return out;
}

export async function listContracts(opts: { workspaceId: string; now?: Date } & ListContractsInput) {
  const cursor = decodeListCursor(opts.cursor);
  const now = opts.now ?? new Date();
  const soon = { gte: now, lte: new Date(now.getTime() + ENDING_SOON_DAYS * 86_400_000) };
  const collaboration = {
    ...(opts.campaign ? { campaignId: opts.campaign } : {}),
    ...(opts.rights === "ending"
      ? {
          OR: [
            { usageRights: { some: { workspaceId: opts.workspaceId, endsAt: soon } } },
            { adCodes: { some: { workspaceId: opts.workspaceId, expiresAt: soon, revokedAt: null } } },
          ],
        }
      : {}),
  };
  const rows = await db.contract.findMany({
    where: {
      workspaceId: opts.workspaceId,
      ...(opts.state ? { state: opts.state } : {}),
      ...(Object.keys(collaboration).length ? { collaboration } : {}),
      ...(cursor ? { OR: [{ updatedAt: { lt: cursor.updatedAt } }, { updatedAt: cursor.updatedAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      state: true,
      currentVersion: true,
      updatedAt: true,
      terms: true,
      collaboration: {
        select: { id: true, campaignId: true, campaign: { select: { name: true } }, influencer: { select: { displayName: true } } },
      },
    },
  });
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map((r) => {
      const terms = contractTermsSchema.safeParse(r.terms);
      return {
        id: r.id,
        state: r.state,
        version: r.currentVersion,
        updatedAt: r.updatedAt.toISOString(),
        collaborationId: r.collaboration.id,
        campaignId: r.collaboration.campaignId,
        campaignName: r.collaboration.campaign.name,
        influencerName: r.collaboration.influencer.displayName,
        feeMinor: terms.success ? terms.data.feeMinor : null,
        currency: terms.success ? terms.data.currency : "USD",
      };
    }),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeListCursor(last) : null,
  };
}

/** The workspace's campaigns that have contracts, for the list's campaign filter. */
export async function contractCampaigns(workspaceId: string) {
  return db.campaign.findMany({
    where: { workspaceId, collaborations: { some: { contracts: { some: { workspaceId } } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** One contract with what its page shows: terms, collaboration, template, versions, signatures. */
export async function getContractDetail(workspaceId: string, contractId: string) {
  const c = await db.contract.findUnique({
    where: { workspaceId_id: { workspaceId, id: contractId } },
    select: {
      id: true,
      state: true,
      terms: true,
      currentVersion: true,
      sentAt: true,
      completedAt: true,
      declineReason: true,
      voidReason: true,
      updatedAt: true,
      collaboration: {
        select: { id: true, campaignId: true, campaign: { select: { name: true } }, influencer: { select: { displayName: true } } },
      },
      versions: {
        orderBy: { version: "desc" },
        select: { version: true, sha256: true, createdAt: true, supersededAt: true },
      },
      signatures: {
        orderBy: { signedAt: "asc" },
        select: { id: true, version: true, party: true, typedName: true, signedAt: true, voidedAt: true },
      },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "Contract not found.");
  const template = await defaultTemplateOf(workspaceId);
  const terms: ContractTerms = contractTermsSchema.parse(c.terms);
  return {
    id: c.id,
    state: c.state,
    terms,
    version: c.currentVersion,
    sentAt: c.sentAt?.toISOString() ?? null,
    completedAt: c.completedAt?.toISOString() ?? null,
    declineReason: c.declineReason,
    voidReason: c.voidReason,
    updatedAt: c.updatedAt.toISOString(),
    collaborationId: c.collaboration.id,
    campaignId: c.collaboration.campaignId,
    campaignName: c.collaboration.campaign.name,
    influencerName: c.collaboration.influencer.displayName,
    template: template.content,
    versions: c.versions.map((v) => ({
      version: v.version,
      sha256: v.sha256,
      createdAt: v.createdAt.toISOString(),
      supersededAt: v.supersededAt?.toISOString() ?? null,
    })),
    signatures: c.signatures.map((s) => ({
      id: s.id,
      version: s.version,
      party: s.party,
      typedName: s.typedName,
      signedAt: s.signedAt.toISOString(),
      voidedAt: s.voidedAt?.toISOString() ?? null,
    })),
  };
}
export type ContractDetail = Awaited<ReturnType<typeof getContractDetail>>;

/** The collaboration's most recent contract (any state), or null. */
export async function latestContractOf(workspaceId: string, collaborationId: string) {
  return db.contract.findFirst({
    where: { workspaceId, collaborationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, state: true, currentVersion: true },
  });
}
