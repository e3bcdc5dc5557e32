import { PenLine } from "lucide-react";
import type { ReactNode } from "react";

import { OutreachTabs } from "@/components/outreach/outreach-tabs";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listDueFollowUps } from "@/lib/outreach/follow-ups";

export default async function OutreachLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "outreach.read");
  const due = await listDueFollowUps({ workspaceId: workspace.id, limit: 100 });
  const base = `/w/${workspace.slug}/outreach`;
  return (
    <>
      <PageHeader
        title="Outreach"
        description="Personalised first messages, the pipeline and follow-ups."
        actions={
          can(role, "outreach.write") ? (
            <Button asChild>
              <IntentLink href={`${base}/compose`}>
                <PenLine aria-hidden /> New messages
              </IntentLink>
            </Button>
          ) : null
        }
      />
      <OutreachTabs base={base} dueCount={due.items.length} />
      <div className="mt-6">{children}</div>
    </>
  );
}
