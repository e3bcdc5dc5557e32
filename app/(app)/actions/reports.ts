"use server";

// Server actions for client reports: create, delete, make and revoke share links. The services are
// lib/reports. A new share link's token is returned once (for the member to copy) and never stored.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { createReport, deleteReport } from "@/lib/reports/crud";
import { createReportSchema, createShareLinkSchema, reportIdSchema, shareLinkIdSchema } from "@/lib/reports/schemas";
import { createShareLink, revokeShareLink } from "@/lib/reports/share-links";

const refresh = (slug: string) => revalidatePath(`/w/${slug}/reports`, "layout");

export const createReportAction = workspaceAction("reports.manage", createReportSchema, async (input, { workspace, user }) => {
  const res = await createReport({ workspaceId: workspace.id, actorId: user.id, timeZone: workspace.timeZone, input });
  refresh(workspace.slug);
  return res;
});

export const deleteReportAction = workspaceAction("reports.manage", reportIdSchema, async (input, { workspace, user }) => {
  await deleteReport({ workspaceId: workspace.id, actorId: user.id, reportId: input.reportId });
  refresh(workspace.slug);
  return null;
});

export const createShareLinkAction = workspaceAction("reports.manage", createShareLinkSchema, async (input, { workspace, user }) => {
  const link = await createShareLink({ workspaceId: workspace.id, actorId: user.id, input });
  refresh(workspace.slug);
  return { id: link.id, path: `/reports/${link.token}`, expiresAt: link.expiresAt?.toISOString() ?? null };
});

export const revokeShareLinkAction = workspaceAction("reports.manage", shareLinkIdSchema, async (input, { workspace, user }) => {
  await revokeShareLink({ workspaceId: workspace.id, actorId: user.id, linkId: input.linkId });
  refresh(workspace.slug);
  return null;
});
