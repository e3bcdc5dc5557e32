import type { Metadata } from "next";

import { ContractsTabs } from "@/components/contracts/contracts-tabs";
import { VerifyPdfForm } from "@/components/contracts/verify-pdf-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Verify a contract PDF" };

export default async function VerifyContractPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "contracts.read");
  return (
    <>
      <PageHeader
        title="Verify a contract PDF"
        description="Is this PDF an executed contract of this workspace, exactly as it was sealed? Upload it to find out."
      />
      <ContractsTabs slug={workspace.slug} />
      <VerifyPdfForm slug={workspace.slug} />
    </>
  );
}
