// An influencer's timeline for their profile page: messages, replies, stage changes, notes and
// collaborations, newest first. Server component; give it the items from
// `listTimeline({ workspaceId, influencerId })` (lib/outreach/timeline.ts):
//   <InfluencerTimeline slug={slug} influencerId={id} items={await listTimeline({ workspaceId, influencerId: id })} canWrite={can(role, "outreach.write")} />
import { ArrowRightLeft, Ban, Handshake, MessageSquareReply, Send, StickyNote } from "lucide-react";

import { IntentLink } from "@/components/ui/intent-link";
import type { TimelineItem } from "@/lib/outreach/timeline";

import { AddNoteForm } from "./add-note-form";
import { dateTime } from "./format";

const ICONS: Record<string, typeof Send> = {
  message_sent: Send,
  reply: MessageSquareReply,
  stage_changed: ArrowRightLeft,
  note: StickyNote,
  collaboration: Handshake,
  opted_out: Ban,
};

export function InfluencerTimeline({
  slug,
  influencerId,
  items,
  canWrite,
}: {
  slug: string;
  influencerId: string;
  items: TimelineItem[];
  canWrite: boolean;
}) {
  return (
    <section aria-labelledby="timeline-heading" className="grid gap-4">
      <h2 id="timeline-heading" className="text-base font-semibold">
        Timeline
      </h2>
      {canWrite ? <AddNoteForm slug={slug} influencerId={influencerId} /> : null}
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing yet. Messages, replies, stage changes and notes will show here.</p>
      ) : (
        <ol className="relative grid gap-4 border-l pl-5" data-testid="influencer-timeline">
          {items.map((item) => {
            const Icon = ICONS[item.kind] ?? StickyNote;
            return (
              <li key={item.id} className="relative">
                <span className="absolute top-0.5 -left-[1.95rem] flex size-5 items-center justify-center rounded-full border bg-background">
                  <Icon className="size-3 text-muted-foreground" aria-hidden />
                </span>
                <p className={item.kind === "note" ? "text-sm whitespace-pre-wrap" : "text-sm"}>
                  {item.ref?.type === "collaboration" && item.ref.campaignId ? (
                    <IntentLink href={`/w/${slug}/campaigns/${item.ref.campaignId}`} className="hover:underline">
                      {item.summary}
                    </IntentLink>
                  ) : (
                    item.summary
                  )}
                </p>
                <p className="text-xs text-muted-foreground">
                  <time dateTime={new Date(item.at).toISOString()}>{dateTime(item.at)}</time>
                  {item.actorName ? ` · ${item.actorName}` : ""}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
