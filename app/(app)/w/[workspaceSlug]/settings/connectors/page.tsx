import type { Metadata } from "next";

import { ConnectorAccounts } from "@/components/connectors/connector-accounts";
import { connectorAccountView } from "@/components/connectors/connector-view";
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
        accounts={accounts.map((a) => connectorAccountView(a, workspace.timeZone))}
      />
    </div>
  );
}
