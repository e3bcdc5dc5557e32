// Campaign records: create, edit, list with filters, read one. Every query carries the workspace.
import type { z } from "zod";

import { checkLimit } from "../billing/limits";
import { briefSchema, defaultDisclosureRequirements, emptyBrief } from "../briefs";
import { db } from "../db";
import { AppError } from "../errors";
import { fromMinorUnits, toMinorUnits } from "../metrics";
import { afterKeyset, type Keyset } from "../pagination";
import { recordAudit } from "../workspaces/audit";
import type { campaignFieldsSchema, CampaignStatus, listCampaignsSchema } from "./schemas";

type Fields = z.output<typeof campaignFieldsSchema>;

function toData(f: Fields) {
  return {
    name: f.name,
    goal: f.goal,
    kpis: f.kpis,
    industry: f.industry,
    budgetMinor: f.budget === null ? null : BigInt(toMinorUnits(f.budget, f.currency)),
    currency: f.currency,
    startDate: f.startDate ? new Date(`${f.startDate}T00:00:00Z`) : null,
    endDate: f.endDate ? new Date(`${f.endDate}T00:00:00Z`) : null,
    hashtag: f.hashtag,
    brandHandles: f.brandHandles,
    approvedClaims: f.approvedClaims,
    jurisdiction: f.jurisdiction,
  };
}

/** The brand name used in disclosure checks: the workspace's brand name setting, else its name. */
export async function brandNameOf(workspaceId: string): Promise<string> {
  const [settings, ws] = await Promise.all([
    db.workspaceSettings.findUnique({ where: { workspaceId }, select: { brandName: true } }),
    db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true } }),
  ]);
  return settings?.brandName?.trim() || ws?.name || "";
}

export async function createCampaign(opts: { workspaceId: string; actorId: string; input: Fields }) {
  const brand = await brandNameOf(opts.workspaceId);
  const brief = { ...emptyBrief(), disclosureRequirements: defaultDisclosureRequirements(opts.input.jurisdiction, brand) };
  return db.$transaction(async (tx) => {
    const c = await tx.campaign.create({
      data: { workspaceId: opts.workspaceId, ...toData(opts.input), brief, createdById: opts.actorId },
      select: { id: true },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "campaign.created",
      targetType: "campaign",
      targetId: c.id,
      metadata: { name: opts.input.name },
    });
    return c;
  });
}

export async function updateCampaign(opts: { workspaceId: string; actorId: string; campaignId: string; input: Fields }) {
  await db.$transaction(async (tx) => {
    const res = await tx.campaign.updateMany({ where: { workspaceId: opts.workspaceId, id: opts.campaignId }, data: toData(opts.input) });
    if (res.count === 0) throw new AppError("NOT_FOUND", "Campaign not found.");
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "campaign.updated",
      targetType: "campaign",
      targetId: opts.campaignId,
    });
  });
}

export async function setCampaignStatus(opts: { workspaceId: string; actorId: string; campaignId: string; status: CampaignStatus }) {
  await db.$transaction(async (tx) => {
    const before = await tx.campaign.findUnique({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.campaignId } },
      select: { status: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "Campaign not found.");
    if (opts.status === "active" && before.status !== "active") await checkLimit(tx, opts.workspaceId, "campaigns.active");
    await tx.campaign.update({
      where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.campaignId } },
      data: { status: opts.status },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "campaign.status_changed",
      targetType: "campaign",
      targetId: opts.campaignId,
      metadata: { from: before.status, to: opts.status },
    });
  });
}

export type CampaignFilters = z.output<typeof listCampaignsSchema>;

/** Newest first; `page` (the public API's keyset) reads `take` rows after `after`, else the first 200. */
export async function listCampaigns(workspaceId: string, filters: CampaignFilters = {}, page?: { after: Keyset | null; take: number }) {
  const rows = await db.campaign.findMany({
    where: {
      workspaceId,
      ...(filters.status ? { status: filters.status } : { status: { not: "archived" } }),
      ...(filters.goal ? { goal: filters.goal } : {}),
      ...(filters.q ? { name: { contains: filters.q, mode: "insensitive" as const } } : {}),
      ...afterKeyset("createdAt", page?.after ?? null, "desc"),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: page?.take ?? 200,
    select: {
      id: true,
      name: true,
      goal: true,
      status: true,
      budgetMinor: true,
      currency: true,
      startDate: true,
      endDate: true,
      briefVersion: true,
      createdAt: true,
    },
  });
  const counts = rows.length
    ? await db.collaboration.groupBy({
        by: ["campaignId", "status"],
        where: { workspaceId, campaignId: { in: rows.map((r) => r.id) } },
        _count: { _all: true },
      })
    : [];
  return rows.map((r) => {
    const mine = counts.filter((c) => c.campaignId === r.id);
    return {
      ...r,
      budgetMinor: r.budgetMinor === null ? null : Number(r.budgetMinor),
      collaborations: mine.reduce((n, c) => n + c._count._all, 0),
      awaitingReview: mine.filter((c) => c.status === "in_review").reduce((n, c) => n + c._count._all, 0),
    };
  });
}

export async function getCampaign(workspaceId: string, campaignId: string) {
  const c = await db.campaign.findUnique({
    where: { workspaceId_id: { workspaceId, id: campaignId } },
    select: {
      id: true,
      name: true,
      goal: true,
      kpis: true,
      industry: true,
      budgetMinor: true,
      currency: true,
      startDate: true,
      endDate: true,
      hashtag: true,
      brandHandles: true,
      approvedClaims: true,
      jurisdiction: true,
      status: true,
      brief: true,
      briefVersion: true,
      createdAt: true,
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "Campaign not found.");
  const brief = briefSchema.safeParse(c.brief);
  return {
    ...c,
    budgetMinor: c.budgetMinor === null ? null : Number(c.budgetMinor),
    budget: c.budgetMinor === null ? null : fromMinorUnits(Number(c.budgetMinor), c.currency),
    kpis: Array.isArray(c.kpis) ? (c.kpis as { metric: string; target: number }[]) : [],
    brief: brief.success ? brief.data : emptyBrief(),
    startDate: c.startDate ? c.startDate.toISOString().slice(0, 10) : null,
    endDate: c.endDate ? c.endDate.toISOString().slice(0, 10) : null,
  };
}
export type CampaignDetail = Awaited<ReturnType<typeof getCampaign>>;
