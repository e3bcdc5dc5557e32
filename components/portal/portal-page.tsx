// The influencer's portal: one collaboration, mobile-first. Server component; the interactive parts are client islands.
// `children`: sections other features render into the portal (tracking links and codes), above the questions.
import type { ReactNode } from "react";

import { CollaborationStatusBadge, DraftStatusBadge } from "@/components/campaigns/status-badge";
import { MediaGallery } from "@/components/media/media-gallery";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { HydrateLater } from "@/components/ui/hydrate-later";
import { COMPENSATION_LABELS, type CompensationType } from "@/lib/campaigns/labels";
import { formatMoney } from "@/lib/metrics";
import { checkDraft } from "@/lib/portal/check-draft";
import type { PortalContext } from "@/lib/portal/gate";
import type { PortalView } from "@/lib/portal/view";
import { formatDateTime } from "@/lib/time-zone";
import { DELIVERABLE_TYPE_LABELS, PLATFORM_LABELS } from "@/lib/vocabulary";

import { BriefChanges } from "./brief-changes";
import { BriefView } from "./brief-view";
import { ContractSection } from "./contract/contract-section";
import { DraftEditor } from "./draft-editor";
import { initialDraftFields } from "./draft-fields";
import { FindingsList } from "./findings-list";
import { LiveUrlForm } from "./live-url-form";
import { PortalSeeding } from "./portal-seeding";
import { QuestionThread } from "./question-thread";
import { RespondCard } from "./respond-card";

const EDITABLE = ["accepted", "drafting", "in_review", "changes_requested"];

function compensationText(c: PortalView["compensation"]): string {
  const parts: string[] = [];
  if (c.fee !== null && c.fee > 0) parts.push(formatMoney(c.fee, c.currency));
  if (c.product) parts.push(c.product);
  if (c.commissionPct) parts.push(`${c.commissionPct}% commission`);
  return parts.join(" + ") || "—";
}

export function PortalPage({
  token,
  gate,
  view,
  rights,
  children,
}: {
  token: string;
  gate: PortalContext;
  view: PortalView;
  rights?: ReactNode;
  children?: ReactNode;
}) {
  const ctx = { brand: view.brandName, approvedClaims: view.campaign.approvedClaims, jurisdiction: view.campaign.jurisdiction };
  return (
    <div className="min-h-dvh bg-muted/30">
      <header className="border-b bg-background">
        <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold">{view.brandName}</p>
          <p className="text-xs text-muted-foreground">Private link for {view.influencerName} — don’t share it.</p>
        </div>
      </header>
      <main id="main" className="mx-auto grid max-w-2xl grid-cols-1 gap-4 px-4 py-6">
        <div className="grid gap-2">
          <p className="text-sm text-muted-foreground">Hi {view.influencerName}, this is your collaboration on</p>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">{view.campaign.name}</h1>
            <CollaborationStatusBadge status={view.status} />
          </div>
          {view.campaign.startDate || view.campaign.endDate ? (
            <p className="text-sm text-muted-foreground">
              Runs {view.campaign.startDate ?? "…"} to {view.campaign.endDate ?? "…"}
              {view.campaign.hashtag ? ` · campaign hashtag ${view.campaign.hashtag}` : ""}
            </p>
          ) : null}
        </div>

        {view.status === "invited" ? (
          <Card>
            <CardHeader>
              <CardTitle>Would you like to join?</CardTitle>
              <CardDescription>Read the terms and the brief below, then accept or decline. No account needed.</CardDescription>
            </CardHeader>
            <CardContent>
              <RespondCard token={token} />
            </CardContent>
          </Card>
        ) : null}
        {view.status === "declined" ? (
          <Alert>You declined this collaboration{view.declineReason ? `: “${view.declineReason}”` : "."}</Alert>
        ) : null}
        {view.status === "approved" ? (
          <Alert tone="success">Your content is approved. Post it, then send the live link below.</Alert>
        ) : null}

        <ContractSection token={token} />
        {view.briefChanges.changes.length ? (
          <BriefChanges token={token} since={view.briefChanges.since} version={view.briefVersion} changes={view.briefChanges.changes} />
        ) : null}

        <Card>
          <CardHeader>
            <CardTitle>Terms</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-3 text-sm">
            <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-2">
              <dt className="text-muted-foreground">Compensation</dt>
              <dd>
                {COMPENSATION_LABELS[view.compensation.type as CompensationType] ?? view.compensation.type}:{" "}
                <strong>{compensationText(view.compensation)}</strong>
              </dd>
              <dt className="text-muted-foreground">Deliverables</dt>
              <dd>
                <ul className="grid gap-1">
                  {view.deliverables.map((d) => (
                    <li key={d.id}>
                      {d.count} × {DELIVERABLE_TYPE_LABELS[d.type]}
                      {d.platform ? ` on ${PLATFORM_LABELS[d.platform]}` : ""}
                      {d.dueDate ? `, due ${d.dueDate}` : ""}
                    </li>
                  ))}
                </ul>
              </dd>
              {view.campaign.brandHandles.length ? (
                <>
                  <dt className="text-muted-foreground">Tag</dt>
                  <dd>{view.campaign.brandHandles.join(", ")}</dd>
                </>
              ) : null}
              {view.campaign.approvedClaims.length ? (
                <>
                  <dt className="text-muted-foreground">Approved claims</dt>
                  <dd>{view.campaign.approvedClaims.join("; ")}</dd>
                </>
              ) : null}
            </dl>
          </CardContent>
        </Card>

        {rights}

        <Card>
          <CardHeader>
            <CardTitle>Brief{view.briefVersion > 1 ? ` (version ${view.briefVersion})` : ""}</CardTitle>
          </CardHeader>
          <CardContent>
            {view.brief ? (
              <BriefView brief={view.brief} />
            ) : (
              <p className="text-sm text-muted-foreground">The brand is still preparing the brief.</p>
            )}
          </CardContent>
        </Card>

        {/* The deliverables, payments, links, metrics and questions hydrate after the top of the page
            (HydrateLater): on a phone the first main-thread task after load is the terms and the
            answer to the invitation, not every draft editor at once. */}
        <HydrateLater>
          {view.status !== "invited" && view.status !== "declined" && view.status !== "cancelled"
            ? view.deliverables.map((d, i) => {
                const latest = d.drafts[0] ?? null;
                const editable = EDITABLE.includes(view.status) && latest?.status !== "submitted" && latest?.status !== "approved";
                return (
                  <Card key={d.id} data-testid="deliverable">
                    <CardHeader>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <CardTitle>
                          Deliverable {i + 1}: {DELIVERABLE_TYPE_LABELS[d.type]}
                          {d.platform ? ` on ${PLATFORM_LABELS[d.platform]}` : ""}
                        </CardTitle>
                        {latest ? <DraftStatusBadge status={latest.status} /> : null}
                      </div>
                      {d.dueDate ? <CardDescription>Due {d.dueDate}</CardDescription> : null}
                    </CardHeader>
                    <CardContent className="grid gap-4">
                      {editable ? (
                        <DraftEditor
                          key={latest?.id ?? "new"}
                          token={token}
                          deliverable={d}
                          latest={latest}
                          context={ctx}
                          initialCheck={checkDraft(initialDraftFields(d, latest), ctx)}
                        />
                      ) : latest ? (
                        <div className="grid gap-3">
                          <p className="text-sm text-muted-foreground">Version {latest.version}</p>
                          <p className="rounded-md border bg-background p-3 text-sm whitespace-pre-line">{latest.caption}</p>
                          <MediaGallery media={latest.media} base={`/i/${token}/files`} title={`Version ${latest.version}`} />
                          <FindingsList findings={latest.findings} compliant={latest.compliant} />
                          {latest.reviewComment ? <Alert>Brand’s comment: {latest.reviewComment}</Alert> : null}
                        </div>
                      ) : (
                        <p className="text-sm text-muted-foreground">No draft yet.</p>
                      )}
                      {latest?.status === "approved" && (view.status === "approved" || view.status === "live") ? (
                        <LiveUrlForm token={token} deliverableId={d.id} current={d.liveUrl} />
                      ) : null}
                    </CardContent>
                  </Card>
                );
              })
            : null}

          <PortalSeeding token={token} ctx={gate} />

          {children}
          <Card>
            <CardHeader>
              <CardTitle>Questions</CardTitle>
              <CardDescription>Ask the brand anything about the brief; they answer here.</CardDescription>
            </CardHeader>
            <CardContent>
              <QuestionThread
                token={token}
                brandName={view.brandName}
                messages={view.messages.map((m) => ({ ...m, when: `${formatDateTime(new Date(m.createdAt), "UTC")} UTC` }))}
              />
            </CardContent>
          </Card>
        </HydrateLater>
      </main>
    </div>
  );
}
