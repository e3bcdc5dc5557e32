import type { Metadata } from "next";

import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listAuditLog } from "@/lib/workspaces/audit";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "audit.read");
  const rows = await listAuditLog({ workspaceId: workspace.id, limit: 100 });
  if (!rows.length)
    return <EmptyState title="Nothing recorded yet">Changes to members, settings and campaigns will be listed here.</EmptyState>;
  return (
    <Card>
      <CardHeader className="flex-row items-center justify-between">
        <CardTitle>Latest 100 changes</CardTitle>
        <a className={buttonVariants({ variant: "outline", size: "sm" })} href={`/api/w/${workspace.slug}/audit-log?format=csv&limit=500`}>
          Download CSV
        </a>
      </CardHeader>
      <CardContent className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-muted-foreground">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                When
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Who
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                What
              </th>
              <th scope="col" className="py-2 font-medium">
                Details
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</time>
                </td>
                <td className="py-2 pr-4">{r.actorEmail ?? "system"}</td>
                <td className="py-2 pr-4 font-mono text-xs">{r.action}</td>
                <td className="max-w-md truncate py-2 font-mono text-xs text-muted-foreground">{JSON.stringify(r.metadata)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}
