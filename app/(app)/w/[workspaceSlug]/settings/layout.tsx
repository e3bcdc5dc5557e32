import type { ReactNode } from "react";

import { SettingsTabs } from "@/components/workspaces/settings-tabs";
import { can } from "@/lib/auth/permissions";
import { findWorkspacePage } from "@/lib/auth/workspace-page";
import { billingEnabled } from "@/lib/billing/config";

export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  // The Billing tab only with billing on, for those who may manage it.
  const m = billingEnabled() ? await findWorkspacePage(workspaceSlug) : null;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold tracking-tight">Settings</h1>
      <SettingsTabs base={`/w/${workspaceSlug}/settings`} billing={Boolean(m && can(m.role, "billing.manage"))} />
      <div className="mt-6">{children}</div>
    </>
  );
}
