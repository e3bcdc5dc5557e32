import { Inbox } from "lucide-react";
import type { Metadata } from "next";

import { DraftVersions } from "@/components/campaigns/draft-versions";
import { ReviewActions } from "@/components/campaigns/review-actions";
import { ContentRightsWarning } from "@/components/contracts/content-rights-warning";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { reviewQueue } from "@/lib/collaborations/review";
import { formatDateTime } from "@/lib/time-zone";
import { DELIVERABLE_TYPE_LABELS } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Content review" };

export default async function Page({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "campaigns.read");
  const queue = await reviewQueue(workspace.id);
  const canReview = can(role, "content.review");
  return (
    <>
      <PageHeader
        title="Content review"
        description="Submitted drafts, oldest first, with their media, disclosure findings and the version before them. Content with a disclosure error can’t be approved."
      />
      {queue.length === 0 ? (
        <EmptyState icon={<Inbox />} title="Nothing to review">
          Drafts appear here when influencers submit them from their links.
        </EmptyState>
      ) : (
        <ul className="grid gap-4">
          {queue.map((d) => (
            <li key={d.id}>
              <Card data-testid="review-item">
                <CardHeader>
                  <CardTitle>
                    <IntentLink
                      className="hover:underline"
                      href={`/w/${workspace.slug}/campaigns/${d.campaignId}/collaborations/${d.collaborationId}`}
                    >
                      {d.influencerName} — {DELIVERABLE_TYPE_LABELS[d.deliverableType]} v{d.version}
                    </IntentLink>
                  </CardTitle>
                  <CardDescription>
                    {d.campaignName} · {d.platform} · {d.format}
                    {d.dueDate ? ` · due ${d.dueDate}` : ""}
                    {d.submittedAt ? ` · submitted ${formatDateTime(new Date(d.submittedAt), workspace.timeZone)}` : ""}
                  </CardDescription>
                </CardHeader>
                <CardContent className="grid gap-3">
                  <ContentRightsWarning workspaceId={workspace.id} collaborationId={d.collaborationId} timeZone={workspace.timeZone} />
                  <DraftVersions
                    drafts={d.previous ? [d, d.previous] : [d]}
                    mediaBase={`/api/w/${workspace.slug}/files`}
                    timeZone={workspace.timeZone}
                  />
                  {canReview ? (
                    <ReviewActions slug={workspace.slug} draftId={d.id} hasError={d.findings.some((f) => f.severity === "error")} />
                  ) : null}
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
