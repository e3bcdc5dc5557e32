import { ShieldCheck } from "lucide-react";
import type { Metadata } from "next";

import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Compliance" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  await requireWorkspacePage(workspaceSlug, "compliance.check");
  return (
    <>
      <PageHeader title="Compliance" description="Check captions and video transcripts against FTC and UK disclosure rules before they go live." />
      <EmptyState icon={<ShieldCheck />} title="Disclosure checker">
        Paste a caption to check it for a missing, vague or buried disclosure.
      </EmptyState>
    </>
  );
}
