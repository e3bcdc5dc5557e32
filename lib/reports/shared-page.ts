/**
 * The gate of the public report page, once per request (generateMetadata and the page share it, so
 * one rate-limit hit and one recorded view): a dead link is the plain 404 page, a rate-limited visitor
 * gets the message instead of the report.
 */
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";

import { clientIp } from "../client-ip";
import { toAppError } from "../errors";
import { workspaceLogoId } from "../workspaces/logo";
import { reportData, type ReportSummary } from "./crud";
import { openSharedReport } from "./share-links";
import type { ReportData } from "./types";

export type SharedReportPage = { report: ReportSummary; data: ReportData; hasLogo: boolean } | { rateLimited: string };

export const sharedReportPage = cache(async (token: string): Promise<SharedReportPage> => {
  try {
    const shared = await openSharedReport(token, { ip: clientIp(await headers()) });
    const [page, logoId] = await Promise.all([
      reportData({ workspaceId: shared.workspaceId, reportId: shared.reportId, timeZone: shared.timeZone }),
      workspaceLogoId(shared.workspaceId),
    ]);
    return { ...page, hasLogo: logoId !== null };
  } catch (e) {
    const app = toAppError(e);
    if (app?.code === "RATE_LIMITED") return { rateLimited: app.message };
    if (app?.code === "NOT_FOUND") notFound();
    throw e;
  }
});
