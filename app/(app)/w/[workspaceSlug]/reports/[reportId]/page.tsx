import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ReportView } from "@/components/reports/report-view";
import { ShareLinks } from "@/components/reports/share-links";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { toAppError } from "@/lib/errors";
import { reportData } from "@/lib/reports/crud";
import { listShareLinks } from "@/lib/reports/share-links";
import { workspaceLogoId } from "@/lib/workspaces/logo";

type Props = { params: Promise<{ workspaceSlug: string; reportId: string }> };

export const metadata: Metadata = { title: "Report" };

export default async function ReportPage({ params }: Props) {
  const { workspaceSlug, reportId } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "reports.read");
  const canManage = can(role, "reports.manage");
  const [loaded, links, logoId] = await Promise.all([
    reportData({ workspaceId: workspace.id, reportId, timeZone: workspace.timeZone }),
    canManage ? listShareLinks(workspace.id, reportId) : [],
    workspaceLogoId(workspace.id),
  ]).catch((e: unknown) => {
    if (toAppError(e)?.code === "NOT_FOUND") notFound();
    throw e;
  });
  const { report, data } = loaded;
  return (
    <div className="grid gap-8">
      <IntentLink href={`/w/${workspace.slug}/reports`} className="text-sm text-muted-foreground hover:text-foreground">
        ← All reports
      </IntentLink>
      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle>Share with your client</CardTitle>
            <CardDescription>
              Anyone with a link sees this report (read-only, no sign-in) until it expires or you revoke it. Search engines are told not to
              index it.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ShareLinks
              slug={workspace.slug}
              reportId={report.id}
              links={links.map((l) => ({
                id: l.id,
                state: l.state,
                views: l.views,
                createdAt: l.createdAt.toISOString(),
                expiresAt: l.expiresAt?.toISOString() ?? null,
                lastViewedAt: l.lastViewedAt?.toISOString() ?? null,
              }))}
            />
          </CardContent>
        </Card>
      ) : null}
      <ReportView
        title={report.title}
        sections={report.sections}
        comment={report.comment}
        mode={report.mode}
        data={data}
        pdfHref={`/api/w/${workspace.slug}/reports/${report.id}/pdf`}
        logoSrc={logoId ? `/api/w/${workspace.slug}/files/${logoId}` : null}
      />
    </div>
  );
}
