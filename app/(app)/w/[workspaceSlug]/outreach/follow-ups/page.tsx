import { CalendarCheck } from "lucide-react";
import type { Metadata } from "next";

import { FollowUpActions } from "@/components/outreach/follow-up-actions";
import { shortDate } from "@/components/outreach/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { asOfFromDueBy, endOfToday, isoDay, MAX_DUE_BY_DAYS } from "@/lib/outreach/due-by";
import { listDueFollowUps } from "@/lib/outreach/follow-ups";

export const metadata: Metadata = { title: "Follow-ups" };

export default async function FollowUpsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<{ dueBy?: string }>;
}) {
  const { workspaceSlug } = await params;
  const { dueBy } = await searchParams;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "outreach.read");
  const tz = workspace.timeZone;
  const now = new Date();
  const today = isoDay(now, tz);
  // "Due today" is everything due by the end of the workspace's today.
  const asOf = asOfFromDueBy(dueBy && dueBy > today ? dueBy : null, now, tz);
  const ahead = asOf.getTime() > now.getTime();
  const { followUpDays, items } = await listDueFollowUps({
    workspaceId: workspace.id,
    asOf: ahead ? asOf : endOfToday(now, tz),
    timeZone: tz,
  });
  const canWrite = can(role, "outreach.write");
  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold">{ahead ? `Due by ${shortDate(asOf, tz)}` : "Due today"}</h2>
          <p className="text-sm text-muted-foreground">
            First messages with no reply {followUpDays} days after they were sent (change the delay in Settings → Sender).
          </p>
        </div>
        <form method="get" className="flex items-end gap-2" aria-label="Plan ahead">
          <div className="grid gap-1">
            <label htmlFor="due-by" className="text-xs font-medium">
              Due by
            </label>
            <Input
              id="due-by"
              type="date"
              name="dueBy"
              min={today}
              max={isoDay(new Date(now.getTime() + MAX_DUE_BY_DAYS * 86_400_000), tz)}
              defaultValue={ahead ? isoDay(asOf, tz) : today}
              className="w-44"
            />
          </div>
          <Button type="submit" variant="outline">
            Show
          </Button>
        </form>
      </div>
      {items.length === 0 ? (
        <EmptyState icon={<CalendarCheck />} title={ahead ? "Nothing will be due by then" : "No follow-ups due"}>
          When someone hasn’t answered a first message after {followUpDays} days, they show up here with a drafted follow-up.
        </EmptyState>
      ) : (
        <ul className="grid grid-cols-1 gap-2" aria-label="Follow-ups due">
          {items.map((f) => (
            <li
              key={f.messageId}
              data-testid="follow-up"
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border bg-card p-4"
            >
              <div className="min-w-0 flex-1 basis-60">
                <p className="font-medium">
                  {f.name}{" "}
                  {f.daysOverdue > 0 ? (
                    <Badge variant="warning">
                      {f.daysOverdue} day{f.daysOverdue > 1 ? "s" : ""} overdue
                    </Badge>
                  ) : (
                    <Badge>due {shortDate(f.dueAt, tz)}</Badge>
                  )}
                </p>
                <p className="truncate text-sm text-muted-foreground">
                  “{f.subject}” · sent {shortDate(f.sentAt, tz)} to {f.email}
                </p>
              </div>
              <FollowUpActions
                slug={workspace.slug}
                messageId={f.messageId}
                influencerId={f.influencerId}
                name={f.name}
                canWrite={canWrite}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
