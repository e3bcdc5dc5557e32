"use client";

// The pipeline board: a column per stage. Cards move by drag and drop (HTML5), or from the keyboard:
// focus a card and press ← / → to move it to the previous / next stage, or use its "Move to" menu.
// Every move is announced in a live region; a failed move is rolled back and announced too.
import { Handshake } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type DragEvent, type KeyboardEvent } from "react";

import { moveStageAction } from "@/app/(app)/actions/outreach";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { IntentLink } from "@/components/ui/intent-link";
import { formatCount } from "@/lib/metrics/format";
import type { PipelineCard } from "@/lib/outreach/pipeline";
import { adjacentStage, PIPELINE_STAGES, STAGE_LABELS, type PipelineStageKey } from "@/lib/outreach/stages";

import { shortDate } from "./format";
import { LogReplyDialog } from "./log-reply-dialog";

const STAGE_TONE: Record<PipelineStageKey, string> = {
  prospect: "bg-muted-foreground/50",
  contacted: "bg-primary",
  replied: "bg-sky-500",
  negotiating: "bg-warning",
  agreed: "bg-success",
  declined: "bg-destructive",
  no_response: "bg-muted-foreground/30",
};

export function PipelineBoard({
  slug,
  initial,
  canWrite,
  timeZone,
}: {
  slug: string;
  initial: PipelineCard[];
  canWrite: boolean;
  timeZone: string;
}) {
  const router = useRouter();
  const [cards, setCards] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const [agreed, setAgreed] = useState<PipelineCard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragOver, setDragOver] = useState<PipelineStageKey | null>(null);
  const [, startTransition] = useTransition();
  const [syncedFrom, setSyncedFrom] = useState(initial);
  if (syncedFrom !== initial) {
    setSyncedFrom(initial);
    setCards(initial);
  }

  function move(card: PipelineCard, stage: PipelineStageKey, afterEntryId?: string, refocus = false) {
    if (!canWrite || (stage === card.stage && !afterEntryId)) return;
    const before = cards;
    const moved = { ...card, stage };
    const rest = cards.filter((c) => c.id !== card.id);
    const at = afterEntryId ? rest.findIndex((c) => c.id === afterEntryId) + 1 : rest.length;
    setCards([...rest.slice(0, at), moved, ...rest.slice(at)]);
    setError(null);
    setAnnouncement(`Moved ${card.name} to ${STAGE_LABELS[stage]}.`);
    if (refocus) requestAnimationFrame(() => document.getElementById(`card-${card.id}`)?.focus());
    startTransition(async () => {
      const res = await moveStageAction(slug, { entryId: card.id, stage, afterEntryId });
      if (!res.ok) {
        setCards(before);
        setError(res.error.message);
        setAnnouncement(`Could not move ${card.name}: ${res.error.message}`);
        return;
      }
      if (res.data.offerCollaboration) setAgreed(moved);
      router.refresh();
    });
  }

  function onKey(e: KeyboardEvent, card: PipelineCard) {
    if (e.target !== e.currentTarget) return;
    const dir = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    const next = adjacentStage(card.stage, dir);
    if (next) move(card, next, undefined, true);
    else setAnnouncement(`${card.name} is already in the ${dir > 0 ? "last" : "first"} stage.`);
  }

  function onDrop(e: DragEvent, stage: PipelineStageKey, afterEntryId?: string) {
    e.preventDefault();
    e.stopPropagation();
    setDragOver(null);
    const id = e.dataTransfer.getData("text/x-pipeline-entry");
    const card = cards.find((c) => c.id === id);
    if (card && afterEntryId !== card.id) move(card, stage, afterEntryId);
  }

  return (
    <div className="grid grid-cols-1 gap-4">
      <p className="sr-only" aria-live="polite" role="status">
        {announcement}
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {agreed ? (
        <Alert tone="success" className="flex flex-wrap items-center justify-between gap-3">
          <span>
            <Handshake className="mr-1.5 inline size-4" aria-hidden />
            {agreed.name} agreed. Set up the collaboration so the brief, contract and content have a home.
          </span>
          <span className="flex gap-2">
            <Button asChild size="sm">
              <IntentLink href={`/w/${slug}/campaigns?addInfluencer=${encodeURIComponent(agreed.influencerId)}`}>
                Create collaboration
              </IntentLink>
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setAgreed(null)}>
              Not now
            </Button>
          </span>
        </Alert>
      ) : null}
      {canWrite ? (
        <p className="text-xs text-muted-foreground">Drag cards between columns, or focus a card and press ← / → to move it one stage.</p>
      ) : null}
      <div className="relative -mx-4 overflow-x-auto px-4 pb-2">
        <ol
          className="grid auto-cols-[minmax(13.5rem,1fr)] grid-flow-col gap-3 xl:auto-cols-[minmax(0,1fr)] xl:gap-2"
          aria-label="Pipeline stages"
        >
          {PIPELINE_STAGES.map((stage) => {
            const inStage = cards.filter((c) => c.stage === stage);
            return (
              <li
                key={stage}
                data-testid={`stage-${stage}`}
                aria-labelledby={`stage-title-${stage}`}
                className={cn(
                  "flex min-h-40 min-w-0 flex-col rounded-lg border bg-muted/40 p-2",
                  dragOver === stage && "ring-2 ring-primary",
                )}
                onDragOver={(e) => {
                  if (!canWrite) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = "move";
                  setDragOver(stage);
                }}
                onDragLeave={() => setDragOver((s) => (s === stage ? null : s))}
                onDrop={(e) => onDrop(e, stage)}
              >
                <h2 id={`stage-title-${stage}`} className="flex items-center gap-2 px-1 pb-2 text-sm font-semibold">
                  <span className={cn("size-2 rounded-full", STAGE_TONE[stage])} aria-hidden />
                  {STAGE_LABELS[stage]}
                  <span className="ml-auto text-xs font-normal text-muted-foreground">{inStage.length}</span>
                </h2>
                <ul
                  className="grid grid-cols-[minmax(0,1fr)] gap-2"
                  aria-label={`${STAGE_LABELS[stage]}: ${inStage.length} influencer${inStage.length === 1 ? "" : "s"}`}
                >
                  {inStage.map((card) => (
                    <li
                      key={card.id}
                      id={`card-${card.id}`}
                      tabIndex={0}
                      draggable={canWrite}
                      aria-roledescription="pipeline card"
                      aria-label={`${card.name}, ${STAGE_LABELS[card.stage]}`}
                      aria-describedby={canWrite ? "pipeline-keys" : undefined}
                      data-testid="pipeline-card"
                      onDragStart={(e) => {
                        e.dataTransfer.setData("text/x-pipeline-entry", card.id);
                        e.dataTransfer.effectAllowed = "move";
                      }}
                      onDragOver={(e) => canWrite && e.preventDefault()}
                      onDrop={(e) => onDrop(e, stage, card.id)}
                      onKeyDown={(e) => onKey(e, card)}
                      className="grid min-w-0 cursor-grab grid-cols-[minmax(0,1fr)] gap-1.5 rounded-md border bg-card p-3 text-sm shadow-xs active:cursor-grabbing xl:p-2"
                    >
                      <div className="flex items-baseline justify-between gap-2">
                        <IntentLink
                          href={`/w/${slug}/influencers/${card.influencerId}`}
                          title={card.name}
                          className="truncate font-medium hover:underline"
                        >
                          {card.name}
                        </IntentLink>
                        <span className="shrink-0 text-xs text-muted-foreground">{formatCount(card.followers)}</span>
                      </div>
                      {card.handle ? (
                        <p className="truncate text-xs text-muted-foreground">
                          @{card.handle}
                          {card.platform ? ` · ${card.platform}` : ""}
                        </p>
                      ) : null}
                      <p className="text-xs text-muted-foreground">
                        {card.lastReplyAt
                          ? `Replied ${shortDate(card.lastReplyAt, timeZone)}`
                          : card.lastSentAt
                            ? `Emailed ${shortDate(card.lastSentAt, timeZone)}`
                            : "Not contacted yet"}
                      </p>
                      {canWrite ? (
                        <div className="flex flex-wrap items-center gap-2 pt-1">
                          <label className="sr-only" htmlFor={`move-${card.id}`}>
                            Move {card.name} to
                          </label>
                          <select
                            id={`move-${card.id}`}
                            value={card.stage}
                            onChange={(e) => move(card, e.target.value as PipelineStageKey)}
                            className="h-8 w-full rounded-md border border-input bg-background px-2 text-xs"
                          >
                            {PIPELINE_STAGES.map((s) => (
                              <option key={s} value={s}>
                                {STAGE_LABELS[s]}
                              </option>
                            ))}
                          </select>
                          <LogReplyDialog slug={slug} influencerId={card.influencerId} name={card.name} />
                        </div>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </div>
      <p id="pipeline-keys" className="sr-only">
        Press left or right arrow to move to the previous or next stage.
      </p>
    </div>
  );
}
