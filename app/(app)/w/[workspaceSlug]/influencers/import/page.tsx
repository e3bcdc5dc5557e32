import type { Metadata } from "next";

import { ImportWizard } from "@/components/influencers/import-wizard";
import { RecentImports } from "@/components/influencers/recent-imports";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listImports } from "@/lib/influencers/import-jobs/queries";

export const metadata: Metadata = { title: "Import influencers" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "influencers.write");
  const imports = await listImports(workspace.id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <IntentLink href={`/w/${workspaceSlug}/influencers`} className="text-primary hover:underline">
          ← Influencers
        </IntentLink>
      </nav>
      <PageHeader
        title="Import influencers"
        description="Upload a CSV from your spreadsheet. Numbers like 48.2K, 2.4M, “120,500” and 6.1% are understood; profile links become handles; re-importing updates existing profiles."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="min-w-0">
          <ImportWizard slug={workspaceSlug} />
        </div>
        <Card className="content-start self-start">
          <CardHeader>
            <CardTitle>Recent imports</CardTitle>
          </CardHeader>
          <CardContent>
            <RecentImports slug={workspaceSlug} imports={imports.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() }))} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
