import { Presentation } from "lucide-react";
import type { Metadata } from "next";

import { CreateReportForm } from "@/components/reports/create-report-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listReports, reportCampaignOptions } from "@/lib/reports/crud";

export const metadata: Metadata = { title: "Reports" };

type Props = { params: Promise<{ workspaceSlug: string }>; searchParams: Promise<{ campaign?: string }> };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "never");

export default async function ReportsPage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const { campaign } = await searchParams;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "reports.read");
  const canManage = can(role, "reports.manage");
  const [reports, campaigns] = await Promise.all([listReports(workspace.id), canManage ? reportCampaignOptions(workspace.id) : []]);
  const base = `/w/${workspace.slug}/reports`;
  return (
    <>
      <PageHeader title="Reports" description="Campaign results for your clients: shared by a read-only link or as a PDF." />
      <div className="grid gap-6">
        {reports.length === 0 ? (
          <EmptyState icon={<Presentation />} title="No reports yet">
            {canManage
              ? "Create one below from a campaign, or for the whole workspace over a date range."
              : "Reports your team shares appear here."}
          </EmptyState>
        ) : (
          <ul className="grid gap-3" data-testid="report-list">
            {reports.map((r) => (
              <li key={r.id} className="rounded-lg border bg-card p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="grid min-w-0 gap-1">
                    <IntentLink href={`${base}/${r.id}`} className="truncate font-medium text-primary underline-offset-4 hover:underline">
                      {r.title}
                    </IntentLink>
                    <p className="text-xs text-muted-foreground">
                      {r.campaignName ?? `Whole workspace, ${r.from} to ${r.to}`} · created {day(r.createdAt)}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge variant="outline">{r.mode === "frozen" ? `Frozen ${day(r.frozenAt)}` : "Live"}</Badge>
                    <Badge variant={r.activeLinks ? "success" : "default"}>
                      {r.activeLinks} active {r.activeLinks === 1 ? "link" : "links"}
                    </Badge>
                    <a
                      className="text-xs font-medium text-primary underline underline-offset-4"
                      href={`/api/w/${workspace.slug}/reports/${r.id}/pdf`}
                      download
                    >
                      PDF
                    </a>
                  </div>
                </div>
                {r.lastViewedAt ? <p className="mt-1 text-xs text-muted-foreground">Last viewed by link {day(r.lastViewedAt)}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {canManage ? (
          <Card id="new">
            <CardHeader>
              <CardTitle>New report</CardTitle>
              <CardDescription>
                Live reports show the numbers as of viewing; frozen ones keep the numbers of the moment you create them.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <CreateReportForm
                slug={workspace.slug}
                campaigns={campaigns}
                initialCampaignId={campaigns.some((c) => c.id === campaign) ? (campaign ?? null) : null}
              />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
