import { Bell } from "lucide-react";
import type { Metadata } from "next";

import { MarkAllRead } from "@/components/campaigns/mark-all-read";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listNotifications } from "@/lib/notifications/inbox";
import { formatDateTime } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Notifications" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, user } = await requireWorkspacePage(workspaceSlug, "workspace.read");
  const items = await listNotifications({ workspaceId: workspace.id, userId: user.id, limit: 100 });
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader
        title="Notifications"
        description="What influencers did from their links: acceptances, questions, submissions."
        actions={unread ? <MarkAllRead slug={workspace.slug} /> : null}
      />
      {items.length === 0 ? (
        <EmptyState icon={<Bell />} title="No notifications">
          You’ll hear here (and by email) when an influencer accepts, asks a question or submits a draft.
        </EmptyState>
      ) : (
        <ul className="divide-y rounded-lg border bg-card">
          {items.map((n) => (
            <li key={n.id} className="flex items-start gap-3 p-4">
              <span
                aria-hidden
                className={n.readAt ? "mt-1.5 size-2 rounded-full bg-transparent" : "mt-1.5 size-2 rounded-full bg-primary"}
              />
              <div className="grid min-w-0 flex-1 gap-0.5">
                {n.link ? (
                  <IntentLink href={n.link} className="font-medium hover:underline">
                    {n.title}
                    {!n.readAt ? <span className="sr-only"> (unread)</span> : null}
                  </IntentLink>
                ) : (
                  <p className="font-medium">{n.title}</p>
                )}
                {n.body ? <p className="truncate text-sm text-muted-foreground">{n.body}</p> : null}
                <time className="text-xs text-muted-foreground" dateTime={n.createdAt.toISOString()}>
                  {formatDateTime(n.createdAt, workspace.timeZone)}
                </time>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
