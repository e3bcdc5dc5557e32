import type { Metadata } from "next";

import { StoreConnections } from "@/components/conversions/store-connections";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listConnections } from "@/lib/conversions/connections";
import { formatDateTime } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Stores" };

export default async function StoresSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "analytics.read");
  const stores = await listConnections(workspace.id);
  const canEdit = can(role, "workspace.update");
  return (
    <div className="max-w-3xl">
      <p className="mb-4 text-sm text-muted-foreground">
        Orders from your store arrive here by webhook and are attributed to influencers: a click through one of your tracking links first,
        else a discount code. Orders can also be uploaded as CSV on the Conversions page.
      </p>
      <StoreConnections
        slug={workspace.slug}
        canEdit={canEdit}
        stores={stores.map(({ lastEventAt, ...s }) => ({
          ...s,
          // The URL is where a store posts orders: for those who set stores up.
          webhookUrl: canEdit ? s.webhookUrl : null,
          createdAt: s.createdAt.toISOString(),
          lastEventText: lastEventAt ? formatDateTime(lastEventAt, workspace.timeZone) : null,
          disconnectedAt: s.disconnectedAt?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
