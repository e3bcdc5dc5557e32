import type { Metadata } from "next";

import { SenderIdentityForm } from "@/components/outreach/sender-identity-form";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { env } from "@/lib/env";
import { getSenderIdentity } from "@/lib/outreach/identity";

export const metadata: Metadata = { title: "Sender identity" };

export default async function SenderSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "outreach.read");
  const identity = await getSenderIdentity(workspace.id);
  const delivery = env.SMTP_URL ? "smtp" : env.NODE_ENV === "production" ? "none" : "outbox";
  return (
    <div className="max-w-2xl">
      <SenderIdentityForm slug={workspace.slug} initial={identity} canEdit={can(role, "workspace.update")} delivery={delivery} />
    </div>
  );
}
