// "Needs you now": one card per kind of waiting work, the oldest few items each linking to where
// they're handled, and a link to the full list where there is one. Server component: links only.
import {
  CalendarClock,
  CheckCircle2,
  FileCheck2,
  Link2,
  MailQuestion,
  MessageCircleQuestion,
  Rocket,
  UserPlus,
  type LucideIcon,
} from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import type { Attention } from "@/lib/overview/get-overview";
import { daysBetween, formatDay, zonedDay } from "@/lib/time-zone";
import { DELIVERABLE_TYPE_LABELS } from "@/lib/vocabulary";

type Row = { key: string; href: string; title: string; detail: string; tone?: "warning" };
type Kind = { key: string; icon: LucideIcon; title: string; note?: string; rows: Row[]; more?: { href: string; label: string } };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "today", "yesterday", "3 days ago", by the workspace's calendar days. */
function ago(at: Date | null, today: string, timeZone: string): string {
  if (!at) return "";
  const days = daysBetween(zonedDay(at, timeZone), today);
  return days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}

/** The kinds with something waiting, in the order a marketer would work through them. */
export function attentionKinds(a: Attention, slug: string, today: string, timeZone: string): Kind[] {
  const base = `/w/${slug}`;
  const collab = (campaignId: string, collaborationId: string) => `${base}/campaigns/${campaignId}/collaborations/${collaborationId}`;
  const kinds: Kind[] = [];
  if (a.draftsToReview?.total)
    kinds.push({
      key: "drafts",
      icon: FileCheck2,
      title: `${plural(a.draftsToReview.total, "draft")} to review`,
      rows: a.draftsToReview.items.map((d) => ({
        key: d.draftId,
        href: collab(d.campaignId, d.collaborationId),
        title: `${d.influencerName} — ${d.campaignName}`,
        detail: `submitted ${ago(d.submittedAt, today, timeZone)}`,
      })),
      more: { href: `${base}/review`, label: "Open the review queue" },
    });
  if (a.questions?.total)
    kinds.push({
      key: "questions",
      icon: MessageCircleQuestion,
      title: `${plural(a.questions.total, "question")} from influencers to answer`,
      rows: a.questions.items.map((q) => ({
        key: q.collaborationId,
        href: collab(q.campaignId, q.collaborationId),
        title: `${q.influencerName} — ${q.campaignName}`,
        detail: `“${q.body.length > 90 ? `${q.body.slice(0, 90)}…` : q.body}” · asked ${ago(q.askedAt, today, timeZone)}`,
      })),
    });
  if (a.followUps?.total)
    kinds.push({
      key: "follow-ups",
      icon: MailQuestion,
      title: `${plural(a.followUps.total, "follow-up")} due today`,
      rows: a.followUps.items.map((f) => ({
        key: f.messageId,
        href: `${base}/outreach/compose?followUp=${encodeURIComponent(f.messageId)}`,
        title: `${f.name} — “${f.subject}”`,
        detail: f.daysOverdue > 0 ? `${plural(f.daysOverdue, "day")} overdue` : "due today",
        tone: f.daysOverdue > 0 ? "warning" : undefined,
      })),
      more: { href: `${base}/outreach/follow-ups`, label: "All follow-ups" },
    });
  if (a.contentDue?.total)
    kinds.push({
      key: "content",
      icon: CalendarClock,
      title: `${plural(a.contentDue.total, "post")} due soon or overdue`,
      note: a.contentDue.overdue ? `${a.contentDue.overdue} overdue` : undefined,
      rows: a.contentDue.items.map((d, i) => ({
        key: `${d.collaborationId}-${i}`,
        href: collab(d.campaignId, d.collaborationId),
        title: `${d.influencerName} — ${d.campaignName}`,
        detail: `${DELIVERABLE_TYPE_LABELS[d.type]} ${d.dueDate < today ? "was due" : "due"} ${formatDay(d.dueDate)}`,
        tone: d.dueDate < today ? "warning" : undefined,
      })),
    });
  if (a.invitations?.total)
    kinds.push({
      key: "invitations",
      icon: Link2,
      title: `${plural(a.invitations.total, "invitation")} not answered yet`,
      note: a.invitations.needLink ? `${a.invitations.needLink} without a working link` : undefined,
      rows: a.invitations.items.map((i) => ({
        key: i.collaborationId,
        href: `${base}/campaigns/${i.campaignId}`,
        title: `${i.influencerName} — ${i.campaignName}`,
        detail:
          i.link === "none"
            ? "no invite link yet"
            : i.link === "expired"
              ? "link expired or revoked: send a new one"
              : `invited ${ago(i.since, today, timeZone)}`,
        tone: i.link === "active" ? undefined : "warning",
      })),
    });
  if (a.campaignsToActivate?.total)
    kinds.push({
      key: "activate",
      icon: Rocket,
      title: `${plural(a.campaignsToActivate.total, "campaign")} still marked Draft`,
      rows: a.campaignsToActivate.items.map((c) => ({
        key: c.campaignId,
        href: `${base}/campaigns/${c.campaignId}`,
        title: c.name,
        detail: `brief sent${c.livePosts ? ` · ${plural(c.livePosts, "post")} live` : ""}: mark it active`,
      })),
    });
  if (a.teamInvitations?.total)
    kinds.push({
      key: "team",
      icon: UserPlus,
      title: `${plural(a.teamInvitations.total, "team invitation")} not accepted yet`,
      rows: [],
      more: { href: `${base}/settings/members`, label: "Members and invitations" },
    });
  return kinds;
}

export function AttentionList({ kinds }: { kinds: Kind[] }) {
  if (!kinds.length)
    return (
      <p className="flex items-center gap-2 rounded-lg border bg-card p-4 text-sm" data-testid="all-caught-up">
        <CheckCircle2 aria-hidden className="size-5 text-success" />
        Nothing needs you right now.
      </p>
    );
  return (
    <ul className="grid gap-3" aria-label="Needs you now">
      {kinds.map((k) => (
        <li key={k.key} className="rounded-lg border bg-card p-4" data-testid={`attention-${k.key}`}>
          <div className="flex flex-wrap items-center gap-2">
            <k.icon aria-hidden className="size-4 shrink-0 text-primary" />
            <h3 className="text-sm font-semibold">{k.title}</h3>
            {k.note ? <Badge variant="warning">{k.note}</Badge> : null}
          </div>
          {k.rows.length ? (
            <ul className="mt-2 grid gap-1">
              {k.rows.map((r) => (
                <li key={r.key}>
                  <IntentLink href={r.href} className="-mx-2 grid rounded-md px-2 py-1.5 hover:bg-accent">
                    <span className="truncate text-sm font-medium">{r.title}</span>
                    <span className={r.tone === "warning" ? "text-xs text-warning" : "text-xs text-muted-foreground"}>{r.detail}</span>
                  </IntentLink>
                </li>
              ))}
            </ul>
          ) : null}
          {k.more ? (
            <IntentLink
              href={k.more.href}
              className="mt-2 inline-block text-sm font-medium text-primary underline-offset-4 hover:underline"
            >
              {k.more.label} →
            </IntentLink>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
