import type { Metadata } from "next";

import { BrandReply } from "@/components/campaigns/brand-reply";
import { CollaborationActions } from "@/components/campaigns/collaboration-actions";
import { DraftVersions } from "@/components/campaigns/draft-versions";
import { InviteLink } from "@/components/campaigns/invite-link";
import { ReviewActions } from "@/components/campaigns/review-actions";
import { CollaborationStatusBadge } from "@/components/campaigns/status-badge";
import { CollaborationContract } from "@/components/contracts/collaboration-contract";
import { CollaborationPayments } from "@/components/contracts/collaboration-payments";
import { ContentRightsWarning } from "@/components/contracts/content-rights-warning";
import { UsageRightsSection } from "@/components/contracts/usage-rights-section";
import { MessageList } from "@/components/portal/message-list";
import { PostsAndMetrics } from "@/components/posts/posts-and-metrics";
import { LinksAndCodes } from "@/components/tracking/links-and-codes";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { COMPENSATION_LABELS, type CompensationType } from "@/lib/campaigns/schemas";
import { isCollaborationStatus, STATUS_LABELS } from "@/lib/collaborations/status";
import { latestContractOf } from "@/lib/contracts/queries";
import { formatMoney } from "@/lib/metrics";
import { formatDateTime, formatZonedDate } from "@/lib/time-zone";
import { DELIVERABLE_TYPE_LABELS, PLATFORM_LABELS } from "@/lib/vocabulary";

import { loadCollaborationPage } from "../../../load";

type Props = { params: Promise<{ workspaceSlug: string; campaignId: string; collaborationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspaceSlug, campaignId, collaborationId } = await params;
  const { collaboration: c } = await loadCollaborationPage(workspaceSlug, campaignId, collaborationId);
  return { title: `${c.influencer.displayName} · ${c.campaignName}` };
}

export default async function Page({ params }: Props) {
  const { workspaceSlug, campaignId, collaborationId } = await params;
  const { workspace, role, collaboration: c } = await loadCollaborationPage(workspaceSlug, campaignId, collaborationId);
  const canWrite = can(role, "campaigns.write");
  const canReview = can(role, "content.review");
  const comp = c.compensation;
  const contract = can(role, "contracts.read") ? await latestContractOf(workspace.id, c.id) : undefined;
  const label = (s: string | null) => (s && isCollaborationStatus(s) ? STATUS_LABELS[s] : "—");
  return (
    <>
      <p className="mb-2 text-sm">
        <IntentLink className="text-muted-foreground hover:underline" href={`/w/${workspace.slug}/campaigns/${c.campaignId}`}>
          ← {c.campaignName}
        </IntentLink>
      </p>
      <PageHeader
        title={c.influencer.displayName}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <CollaborationStatusBadge status={c.status} />
            {c.influencer.accounts.map((a) => `@${a.handle} (${PLATFORM_LABELS[a.platform]})`).join(" · ")}
          </span>
        }
        actions={
          canWrite && isCollaborationStatus(c.status) ? (
            <CollaborationActions slug={workspace.slug} collaborationId={c.id} status={c.status} />
          ) : null
        }
      />
      {c.declineReason ? <Alert className="mb-4">Declined: “{c.declineReason}”</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem] lg:items-start">
        <div className="grid gap-6">
          <ContentRightsWarning workspaceId={workspace.id} collaborationId={c.id} timeZone={workspace.timeZone} />
          {c.deliverables.map((d, i) => {
            const latest = d.drafts[0];
            return (
              <Card key={d.id}>
                <CardHeader>
                  <CardTitle>
                    Deliverable {i + 1}: {d.count} × {DELIVERABLE_TYPE_LABELS[d.type]}
                    {d.platform ? ` on ${PLATFORM_LABELS[d.platform]}` : ""}
                  </CardTitle>
                  <CardDescription>
                    {d.dueDate ? `Due ${d.dueDate}` : "No due date"}
                    {d.liveUrl ? (
                      <>
                        {" · Live: "}
                        <a className="text-primary underline underline-offset-4" href={d.liveUrl} target="_blank" rel="noopener noreferrer">
                          {d.liveUrl}
                        </a>
                      </>
                    ) : null}
                  </CardDescription>
                </CardHeader>
                <CardContent className="grid gap-4">
                  <DraftVersions drafts={d.drafts} mediaBase={`/api/w/${workspace.slug}/files`} timeZone={workspace.timeZone} />
                  {canReview && latest?.status === "submitted" ? (
                    <ReviewActions
                      slug={workspace.slug}
                      draftId={latest.id}
                      hasError={latest.findings.some((f) => f.severity === "error")}
                    />
                  ) : null}
                </CardContent>
              </Card>
            );
          })}
          <PostsAndMetrics workspace={workspace} role={role} collaborationId={c.id} />
          <LinksAndCodes
            slug={workspace.slug}
            workspaceId={workspace.id}
            collaborationId={c.id}
            canWrite={canWrite}
            conversions={can(role, "analytics.read") ? { campaignId: c.campaignId, influencerId: c.influencer.id } : null}
          />
          <CollaborationPayments workspaceId={workspace.id} slug={workspace.slug} role={role} collaborationId={c.id} />
          <Card>
            <CardHeader>
              <CardTitle>Questions and answers</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-3">
              <MessageList
                messages={c.messages.map((m) => ({ ...m, when: formatDateTime(new Date(m.createdAt), workspace.timeZone) }))}
                selfAuthor="brand"
                names={{ brand: "Brand", influencer: c.influencer.displayName }}
                empty="No messages yet."
              />
              {canWrite ? <BrandReply slug={workspace.slug} collaborationId={c.id} /> : null}
            </CardContent>
          </Card>
        </div>
        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Terms</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-1 text-sm">
              <p>{COMPENSATION_LABELS[comp.type as CompensationType]}</p>
              {comp.fee !== null ? <p>Fee: {formatMoney(comp.fee, comp.currency)}</p> : null}
              {comp.product ? <p>Product: {comp.product}</p> : null}
              {comp.commissionPct ? <p>Commission: {comp.commissionPct}%</p> : null}
              <p className="text-xs text-muted-foreground">
                Brief v{c.briefVersion} sent{c.briefVersionSeen ? `, v${c.briefVersionSeen} read by the influencer` : ""}
              </p>
            </CardContent>
          </Card>
          {contract !== undefined ? (
            <CollaborationContract
              slug={workspace.slug}
              collaborationId={c.id}
              status={c.status}
              contract={contract}
              canWrite={can(role, "contracts.write")}
            />
          ) : null}
          <UsageRightsSection workspace={workspace} role={role} collaborationId={c.id} />
          {canWrite ? (
            <Card>
              <CardHeader>
                <CardTitle>Invite link</CardTitle>
              </CardHeader>
              <CardContent>
                <InviteLink
                  slug={workspace.slug}
                  collaborationId={c.id}
                  state={c.invite}
                  expiresOn={c.inviteExpiresAt ? formatZonedDate(new Date(c.inviteExpiresAt), workspace.timeZone) : null}
                  hasEmail={Boolean(c.influencer.email)}
                  closed={["declined", "cancelled", "completed"].includes(c.status)}
                  name={c.influencer.displayName}
                />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>History</CardTitle>
            </CardHeader>
            <CardContent>
              <ol className="grid gap-2 text-sm" data-testid="status-history">
                {c.history.map((h) => (
                  <li key={h.id} className="grid">
                    <span>
                      {h.from ? `${label(h.from)} → ` : ""}
                      <strong>{label(h.to)}</strong>
                    </span>
                    <span className="text-xs text-muted-foreground">
                      {h.actorName} ({h.actorType}) · <time dateTime={h.at}>{formatDateTime(new Date(h.at), workspace.timeZone)}</time>
                    </span>
                    {h.note ? <span className="text-xs text-muted-foreground">“{h.note}”</span> : null}
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
