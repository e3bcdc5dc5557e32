import { CalendarClock } from "lucide-react";
import type { Metadata } from "next";

import { ContractsTabs } from "@/components/contracts/contracts-tabs";
import { ReminderDaysForm } from "@/components/contracts/reminder-days-form";
import { RightsEndingSoon } from "@/components/contracts/rights-ending-soon";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { rightsReminderDays } from "@/lib/contracts/reminders";
import { rightsEndingSoon } from "@/lib/contracts/rights";

export const metadata: Metadata = { title: "Rights ending soon" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "contracts.read");
  const [rows, days] = await Promise.all([
    rightsEndingSoon({ workspaceId: workspace.id, timeZone: workspace.timeZone }),
    rightsReminderDays(workspace.id),
  ]);
  const list = days.join(", ");
  return (
    <>
      <PageHeader
        title="Rights ending soon"
        description="Usage rights from signed contracts and Spark Ads / partnership codes that end within 30 days, soonest first."
      />
      <ContractsTabs slug={workspace.slug} />
      <div className="grid gap-6">
        {rows.length === 0 ? (
          <EmptyState icon={<CalendarClock />} title="Nothing ends in the next 30 days">
            Rights appear here from signed contracts; codes when influencers enter them from their links.
          </EmptyState>
        ) : (
          <RightsEndingSoon slug={workspace.slug} rows={rows} />
        )}
        <Card>
          <CardHeader>
            <CardTitle>Reminders</CardTitle>
            <CardDescription>
              Campaign staff get a notification and an email {list} {days.length === 1 && days[0] === 1 ? "day" : "days"} before a right or
              a code ends.
            </CardDescription>
          </CardHeader>
          {can(role, "workspace.update") ? (
            <CardContent>
              <ReminderDaysForm slug={workspace.slug} days={days} />
            </CardContent>
          ) : null}
        </Card>
      </div>
    </>
  );
}
