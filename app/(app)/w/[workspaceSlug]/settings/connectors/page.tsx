import type { Metadata } from "next";

import { ConnectorAccounts } from "@/components/connectors/connector-accounts";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listConnectorAccounts } from "@/lib/connectors/accounts";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Connectors" };

export default async function ConnectorsSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "analytics.read");
  const accounts = await listConnectorAccounts(workspace.id);
  return (
    <div className="max-w-3xl">
      <p className="mb-4 text-sm text-muted-foreground">
        Connected accounts fetch the numbers of live Instagram and YouTube posts by themselves: every 3 hours for the first 10 days after a
        post goes up, then daily until day 60. Numbers typed by hand or sent by the creator stay as they are.
      </p>
      <ConnectorAccounts
        slug={workspace.slug}
        canEdit={can(role, "workspace.update")}
        disabled={env.CONNECTORS_DISABLED}
        timeZone={workspace.timeZone}
        accounts={accounts.map((a) => ({
          id: a.id,
          platform: a.platform === "youtube" ? "youtube" : "instagram",
          authKind: a.authKind,
          externalId: a.externalId,
          name: a.name,
          status: a.status,
          posts: a._count.posts,
          expiresAt: a.expiresAt?.toISOString() ?? null,
          lastError: a.lastError,
          lastSyncedAt: a.lastSyncedAt?.toISOString() ?? null,
          retryAfter: a.retryAfter?.toISOString() ?? null,
          createdAt: a.createdAt.toISOString(),
        }))}
      />
    </div>
  );
}
