/**
 * Pipeline stages: their order and labels, and the automatic moves (a sent first message makes a
 * prospect "contacted"; a logged reply makes a contacted one "replied").
 *
 * Pure module.
 */
export const PIPELINE_STAGES = ["prospect", "contacted", "replied", "negotiating", "agreed", "declined", "no_response"] as const;
export type PipelineStageKey = (typeof PIPELINE_STAGES)[number];

export const STAGE_LABELS: Record<PipelineStageKey, string> = {
  prospect: "Prospect",
  contacted: "Contacted",
  replied: "Replied",
  negotiating: "Negotiating",
  agreed: "Agreed",
  declined: "Declined",
  no_response: "No response",
};

/** The stage to move to when a first message is sent: only a prospect (or someone who never answered) moves. */
export function stageAfterSend(current: PipelineStageKey | null): PipelineStageKey | null {
  return current === null || current === "prospect" || current === "no_response" ? "contacted" : null;
}

/** The stage to move to when a reply is logged: earlier stages move to "replied"; later ones stay. */
export function stageAfterReply(current: PipelineStageKey | null): PipelineStageKey | null {
  return current === null || current === "prospect" || current === "contacted" || current === "no_response" ? "replied" : null;
}

/** The neighbouring stage for keyboard moves; null at either end. */
export function adjacentStage(stage: PipelineStageKey, direction: -1 | 1): PipelineStageKey | null {
  return PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + direction] ?? null;
}

/**
 * A position between two neighbours for ordering cards inside a column (fractional indexing):
 * the midpoint; before the first card `after - 1`; after the last `before + 1`; alone 0.
 */
export function positionBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return 0;
  if (before === null) return after! - 1;
  if (after === null) return before + 1;
  return (before + after) / 2;
}
