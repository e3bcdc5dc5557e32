import type { Metadata } from "next";

import { DisclosureChecker } from "@/components/compliance/disclosure-checker";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Disclosure checker" };

export default async function CompliancePage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "compliance.check");
  return (
    <>
      <PageHeader
        title="Disclosure checker"
        description="Paste a caption or a video transcript and see, as you type, what the FTC (US) or ASA/CMA (UK) rules would flag. Nothing is saved."
      />
      <DisclosureChecker defaultBrand={workspace.name} />
    </>
  );
}
