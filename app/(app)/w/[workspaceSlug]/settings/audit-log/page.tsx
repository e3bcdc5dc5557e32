import type { Metadata } from "next";

import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { formatDateTime } from "@/lib/time-zone";
import { listAuditLog } from "@/lib/workspaces/audit";
import { describeAudit } from "@/lib/workspaces/audit-describe";

export const metadata: Metadata = { title: "Audit log" };

/** Where an entry's target lives, for the targets that have a page of their own. */
function targetHref(base: string, targetType: string | null, targetId: string | null): string | null {
  if (!targetId) return null;
  if (targetType === "campaign") return `${base}/campaigns/${targetId}`;
  if (targetType === "influencer") return `${base}/influencers/${targetId}`;
  return null;
}

export default async function AuditLogPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "audit.read");
  const rows = await listAuditLog({ workspaceId: workspace.id, limit: 100 });
  if (!rows.length)
    return <EmptyState title="Nothing recorded yet">Changes to members, settings and campaigns will be listed here.</EmptyState>;
  const base = `/w/${workspace.slug}`;
  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Latest 100 changes</CardTitle>
          <CardDescription>Times in {workspace.timeZone.replaceAll("_", " ")}. The CSV has every field as recorded.</CardDescription>
        </div>
        <a className={buttonVariants({ variant: "outline", size: "sm" })} href={`/api/w/${workspace.slug}/audit-log?format=csv&limit=500`}>
          Download CSV
        </a>
      </CardHeader>
      <CardContent>
        <ol className="grid" aria-label="Audit log">
          {rows.map((r) => {
            const d = describeAudit(r, workspace.timeZone);
            const href = targetHref(base, r.targetType, r.targetId);
            return (
              <li
                key={r.id}
                className="grid gap-1 border-t py-3 text-sm sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4"
                data-action={r.action}
              >
                <div className="text-xs text-muted-foreground">
                  <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, workspace.timeZone)}</time>
                  <div className="truncate">{r.actorEmail ?? (d.byInfluencer ? "the influencer" : "system")}</div>
                </div>
                <div className="grid min-w-0 gap-0.5">
                  <p className="font-medium">
                    {href ? (
                      <IntentLink href={href} className="hover:underline">
                        {d.title}
                      </IntentLink>
                    ) : (
                      d.title
                    )}
                  </p>
                  {d.details.map((line, i) => (
                    <p key={i} className="break-words text-muted-foreground">
                      {line}
                    </p>
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      </CardContent>
    </Card>
  );
}
