// The campaign's collaborations: who, status, deliverables, fee, drafts and the invite link.
import { IntentLink } from "@/components/ui/intent-link";
import { COMPENSATION_LABELS, type CompensationType } from "@/lib/campaigns/labels";
import type { CollaborationRow } from "@/lib/collaborations/queries";
import { formatMoney } from "@/lib/metrics";
import { formatZonedDate } from "@/lib/time-zone";
import { DELIVERABLE_TYPE_LABELS, PLATFORM_LABELS } from "@/lib/vocabulary";

import { InviteLink } from "./invite-link";
import { CollaborationStatusBadge } from "./status-badge";

export function CollaborationsList({
  slug,
  campaignId,
  rows,
  canWrite,
  timeZone,
}: {
  slug: string;
  campaignId: string;
  rows: CollaborationRow[];
  canWrite: boolean;
  /** The workspace's time zone: the invite links' expiry days are shown in it. */
  timeZone: string;
}) {
  return (
    <ul className="grid gap-3">
      {rows.map((r) => (
        <li
          key={r.id}
          className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-[minmax(0,1fr)_16rem]"
          data-testid="collaboration-row"
        >
          <div className="grid gap-1.5">
            <div className="flex flex-wrap items-center gap-2">
              <IntentLink href={`/w/${slug}/campaigns/${campaignId}/collaborations/${r.id}`} className="font-medium hover:underline">
                {r.influencer.displayName}
              </IntentLink>
              <CollaborationStatusBadge status={r.status} />
            </div>
            <p className="text-xs text-muted-foreground">
              {r.influencer.accounts.map((a) => `@${a.handle} (${PLATFORM_LABELS[a.platform]})`).join(" · ")}
            </p>
            <p className="text-sm">
              {COMPENSATION_LABELS[r.compensationType as CompensationType]}
              {r.fee !== null ? ` · ${formatMoney(r.fee, r.currency)}` : ""}
            </p>
            <p className="text-sm text-muted-foreground">
              {r.deliverables.length
                ? r.deliverables
                    .map(
                      (d) =>
                        `${d.count} × ${DELIVERABLE_TYPE_LABELS[d.type]}${d.platform ? ` on ${PLATFORM_LABELS[d.platform]}` : ""}${d.dueDate ? ` by ${d.dueDate}` : ""}`,
                    )
                    .join("; ")
                : "No deliverables"}
            </p>
            <p className="text-xs text-muted-foreground">
              {r.drafts} draft version{r.drafts === 1 ? "" : "s"} · {r.messages} message{r.messages === 1 ? "" : "s"} ·{" "}
              <IntentLink
                className="text-primary underline underline-offset-4"
                href={`/w/${slug}/campaigns/${campaignId}/collaborations/${r.id}`}
              >
                Open
              </IntentLink>
            </p>
          </div>
          {canWrite ? (
            <InviteLink
              slug={slug}
              collaborationId={r.id}
              state={r.invite}
              expiresOn={r.inviteExpiresAt ? formatZonedDate(new Date(r.inviteExpiresAt), timeZone) : null}
              hasEmail={r.influencer.hasEmail}
              closed={["declined", "cancelled", "completed"].includes(r.status)}
              name={r.influencer.displayName}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
