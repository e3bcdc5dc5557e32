import type { ReactNode } from "react";

import { SettingsTabs } from "@/components/workspaces/settings-tabs";

export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold tracking-tight">Settings</h1>
      <SettingsTabs base={`/w/${workspaceSlug}/settings`} />
      <div className="mt-6">{children}</div>
    </>
  );
}
