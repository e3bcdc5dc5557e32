import { Inbox } from "lucide-react";
import type { Metadata } from "next";

import { dateTime } from "@/components/outreach/format";
import { LogReplyDialog } from "@/components/outreach/log-reply-dialog";
import { MessageRowActions } from "@/components/outreach/message-row-actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import type { OutreachStatus } from "@/lib/db/generated/client";
import { listMessages } from "@/lib/outreach/messages";

export const metadata: Metadata = { title: "Outreach messages" };

const FILTERS: { value: OutreachStatus | ""; label: string }[] = [
  { value: "", label: "All" },
  { value: "scheduled", label: "Queued" },
  { value: "sent", label: "Sent" },
  { value: "failed", label: "Failed" },
  { value: "cancelled", label: "Cancelled" },
];
const STATUS_VARIANT = {
  sent: "success",
  failed: "destructive",
  scheduled: "warning",
  sending: "warning",
  cancelled: "outline",
  draft: "outline",
} as const;

export default async function MessagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<{ status?: string; queued?: string }>;
}) {
  const { workspaceSlug } = await params;
  const sp = await searchParams;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "outreach.read");
  const status = FILTERS.find((f) => f.value && f.value === sp.status)?.value || undefined;
  const messages = await listMessages({ workspaceId: workspace.id, status });
  const canWrite = can(role, "outreach.write");
  const base = `/w/${workspace.slug}/outreach/messages`;
  const queued = Number(sp.queued);
  return (
    <div className="grid grid-cols-1 gap-4">
      {queued > 0 ? (
        <Alert tone="success">
          {queued} message{queued > 1 ? "s" : ""} queued. They go out within a minute (or at the time you picked); the pipeline moves to
          “Contacted” as each is sent.
        </Alert>
      ) : null}
      <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
        {FILTERS.map((f) => (
          <IntentLink
            key={f.label}
            href={f.value ? `${base}?status=${f.value}` : base}
            aria-current={(status ?? "") === f.value ? "page" : undefined}
            className="rounded-full border px-3 py-1 text-sm text-muted-foreground aria-[current=page]:border-primary aria-[current=page]:bg-primary/10 aria-[current=page]:text-foreground"
          >
            {f.label}
          </IntentLink>
        ))}
      </nav>
      {messages.length === 0 ? (
        <EmptyState icon={<Inbox />} title="No messages here yet">
          Messages you send from the composer appear here with their delivery status.
        </EmptyState>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <caption className="sr-only">Outreach messages</caption>
            <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  To
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Subject
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Score
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  When
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} className="border-t align-top" data-testid="message-row">
                  <td className="px-3 py-2">
                    <div className="font-medium">{m.name}</div>
                    <div className="text-xs text-muted-foreground">{m.toEmail}</div>
                  </td>
                  <td className="max-w-72 px-3 py-2">
                    <div className="truncate">{m.subject}</div>
                    <div className="text-xs text-muted-foreground">
                      {m.kind === "follow_up" ? "Follow-up" : "First message"}
                      {m.replies ? ` · ${m.replies} repl${m.replies > 1 ? "ies" : "y"}` : ""}
                    </div>
                    {m.lastError ? <div className="mt-1 text-xs text-destructive">{m.lastError}</div> : null}
                  </td>
                  <td className="px-3 py-2">
                    <Badge variant={STATUS_VARIANT[m.status]}>{m.status === "scheduled" ? "queued" : m.status}</Badge>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {m.lintScore}
                    {m.overridden ? <span className="block text-xs text-warning">overridden</span> : null}
                  </td>
                  <td className="px-3 py-2 text-xs whitespace-nowrap">{dateTime(m.sentAt ?? m.scheduledAt, workspace.timeZone)}</td>
                  <td className="px-3 py-2">
                    {canWrite ? (
                      <div className="flex flex-wrap justify-end gap-2">
                        {m.status === "sent" ? (
                          <LogReplyDialog slug={workspace.slug} influencerId={m.influencerId} name={m.name} messageId={m.id} />
                        ) : null}
                        <MessageRowActions slug={workspace.slug} messageId={m.id} status={m.status} />
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
