/**
 * Client reports: create (live, or frozen with its ReportData captured now), list, read, delete, and
 * the figures a report shows (`reportData`: the stored ones when frozen, fresh ones when live). Every
 * query carries the workspace; a report or campaign of another workspace is NOT_FOUND.
 */
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { recordAudit } from "../workspaces/audit";
import { loadReportData } from "./data";
import { REPORT_SECTIONS, type CreateReportInput, type ReportMode, type ReportSection } from "./schemas";
import type { ReportData } from "./types";

const REPORT_SELECT = {
  id: true,
  campaignId: true,
  title: true,
  sections: true,
  comment: true,
  mode: true,
  periodFrom: true,
  periodTo: true,
  frozenAt: true,
  createdAt: true,
  campaign: { select: { name: true } },
} as const;

export type ReportSummary = {
  id: string;
  campaignId: string | null;
  campaignName: string | null;
  title: string;
  sections: ReportSection[];
  comment: string;
  mode: ReportMode;
  /** YYYY-MM-DD or null. */
  from: string | null;
  to: string | null;
  frozenAt: Date | null;
  createdAt: Date;
};

type Row = Prisma.ReportGetPayload<{ select: typeof REPORT_SELECT }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function summary(r: Row): ReportSummary {
  return {
    id: r.id,
    campaignId: r.campaignId,
    campaignName: r.campaign?.name ?? null,
    title: r.title,
    sections: REPORT_SECTIONS.filter((s) => r.sections.includes(s)),
    comment: r.comment,
    mode: r.mode,
    from: day(r.periodFrom),
    to: day(r.periodTo),
    frozenAt: r.frozenAt,
    createdAt: r.createdAt,
  };
}

/** Creates a report; a frozen one stores its figures now. NOT_FOUND for a campaign of another workspace. */
export async function createReport(opts: { workspaceId: string; actorId: string; timeZone: string; input: CreateReportInput; now?: Date }) {
  const { workspaceId, input } = opts;
  // Also checks the campaign belongs to the workspace, for live reports too.
  const data = await loadReportData({
    workspaceId,
    campaignId: input.campaignId,
    from: input.from,
    to: input.to,
    timeZone: opts.timeZone,
    now: opts.now,
  });
  return db.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: {
        workspaceId,
        campaignId: input.campaignId,
        title: input.title,
        sections: input.sections,
        comment: input.comment,
        mode: input.mode,
        periodFrom: input.from ? new Date(`${input.from}T00:00:00Z`) : null,
        periodTo: input.to ? new Date(`${input.to}T00:00:00Z`) : null,
        frozenData: input.mode === "frozen" ? (data as unknown as Prisma.InputJsonValue) : undefined,
        frozenAt: input.mode === "frozen" ? new Date(data.generatedAt) : null,
        createdById: opts.actorId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "report.created",
      targetType: "report",
      targetId: report.id,
      metadata: { title: input.title, mode: input.mode, campaignId: input.campaignId },
    });
    return report;
  });
}

/** The workspace's reports, newest first, with each one's live share links counted. */
export async function listReports(workspaceId: string, now = new Date()) {
  const rows = await db.report.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      ...REPORT_SELECT,
      links: { where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }, select: { lastViewedAt: true } },
    },
  });
  return rows.map(({ links, ...r }) => ({
    ...summary(r),
    activeLinks: links.length,
    lastViewedAt: links.reduce<Date | null>((m, l) => (l.lastViewedAt && (!m || l.lastViewedAt > m) ? l.lastViewedAt : m), null),
  }));
}
export type ReportListItem = Awaited<ReturnType<typeof listReports>>[number];

/** One report of the workspace, or NOT_FOUND. */
export async function getReport(workspaceId: string, reportId: string): Promise<ReportSummary> {
  const r = await db.report.findFirst({ where: { workspaceId, id: reportId }, select: REPORT_SELECT });
  if (!r) throw new AppError("NOT_FOUND", "Report not found.");
  return summary(r);
}

/** Deletes a report and its share links (they stop working at once), or NOT_FOUND. */
export async function deleteReport(opts: { workspaceId: string; actorId: string; reportId: string }): Promise<void> {
  const { workspaceId, reportId } = opts;
  await db.$transaction(async (tx) => {
    const r = await tx.report.findFirst({ where: { workspaceId, id: reportId }, select: { title: true } });
    if (!r) throw new AppError("NOT_FOUND", "Report not found.");
    await tx.report.delete({ where: { workspaceId_id: { workspaceId, id: reportId } } });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "report.deleted",
      targetType: "report",
      targetId: reportId,
      metadata: { title: r.title },
    });
  });
}

function isReportData(v: unknown): v is ReportData {
  return typeof v === "object" && v !== null && (v as { version?: unknown }).version === 1;
}

/**
 * The figures a report shows: a frozen report's stored ReportData (never recomputed), or a live
 * report's numbers read now. NOT_FOUND for a report of another workspace.
 */
export async function reportData(opts: {
  workspaceId: string;
  reportId: string;
  timeZone: string;
  now?: Date;
}): Promise<{ report: ReportSummary; data: ReportData }> {
  const { workspaceId, reportId } = opts;
  const r = await db.report.findFirst({ where: { workspaceId, id: reportId }, select: { ...REPORT_SELECT, frozenData: true } });
  if (!r) throw new AppError("NOT_FOUND", "Report not found.");
  const { frozenData, ...row } = r;
  if (r.mode === "frozen") {
    if (!isReportData(frozenData)) throw new Error(`report ${reportId}: frozenData is not a ReportData`);
    return { report: summary(row), data: frozenData };
  }
  const data = await loadReportData({
    workspaceId,
    campaignId: r.campaignId,
    from: day(r.periodFrom),
    to: day(r.periodTo),
    timeZone: opts.timeZone,
    now: opts.now,
  });
  return { report: summary(row), data };
}

/** The campaigns a report can be made on (newest first), for the form's picker. */
export async function reportCampaignOptions(workspaceId: string): Promise<{ id: string; name: string }[]> {
  return db.campaign.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, name: true },
  });
}
