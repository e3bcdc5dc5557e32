/**
 * What changed between two versions of a brief, in plain language, so the influencer sees what
 * the brand edited since they last read it.
 *
 * Pure module. Values are rendered as text: "" means empty. Leading/trailing whitespace and blank
 * list items are not changes. Lists (key messages, do's, don'ts, links, assets) are compared as a
 * whole and rendered one item per line. Deliverables are compared item by item, ignoring order:
 * identical deliverables match up wherever they sit; the rest are paired in order as "changed",
 * and what is left over is "added" (before "") or "removed" (after "").
 */
import { DELIVERABLE_TYPE_LABELS, PLATFORM_LABELS } from "@/lib/vocabulary";

import { BRIEF_FIELD_LABELS, type Brief, type BriefField, type Deliverable } from "./schema";

export interface BriefChange {
  /** The brief field that changed: "goals", "deliverables", … */
  field: BriefField;
  /** Plain-language name: "Payment terms", "Deliverable 2", "Deliverable 3 (added)". */
  label: string;
  before: string;
  after: string;
}

/** "2 × Reel on Instagram, due 2025-06-14 — notes". Null platform/due date are spelled out. */
export function describeDeliverable(d: Deliverable): string {
  const where = d.platform ? ` on ${PLATFORM_LABELS[d.platform]}` : ", platform not set";
  const when = d.dueDate ? `, due ${d.dueDate}` : ", no due date";
  const notes = d.notes?.trim() ? ` — ${d.notes.trim()}` : "";
  return `${d.count} × ${DELIVERABLE_TYPE_LABELS[d.type]}${where}${when}${notes}`;
}

function lines(items: readonly string[]): string {
  return items
    .map((i) => i.trim())
    .filter((i) => i !== "")
    .join("\n");
}

function linkLines(items: readonly { label: string; url: string }[] | undefined): string {
  return lines((items ?? []).map((l) => [l.label.trim(), l.url.trim()].filter(Boolean).join(" — ")));
}

type Renderer = (brief: Brief) => string;

const RENDER: Record<Exclude<BriefField, "deliverables">, Renderer> = {
  goals: (b) => b.goals.trim(),
  targetAudience: (b) => b.targetAudience.trim(),
  keyMessages: (b) => lines(b.keyMessages),
  timeline: (b) => b.timeline.trim(),
  paymentTerms: (b) => b.paymentTerms.trim(),
  disclosureRequirements: (b) => b.disclosureRequirements.trim(),
  dos: (b) => lines(b.dos),
  donts: (b) => lines(b.donts),
  creativeFreedom: (b) => b.creativeFreedom.trim(),
  links: (b) => linkLines(b.links),
  assets: (b) => linkLines(b.assets),
};

/**
 * The changes from `before` to `after`, in the order the brief shows its fields
 * (`BRIEF_FIELD_LABELS`). Identical briefs give []. Deliverable changes are labelled by their
 * position in `after` ("Deliverable 2"), removed ones by their position in `before`.
 */
export function diffBriefs(before: Brief, after: Brief): BriefChange[] {
  const changes: BriefChange[] = [];
  for (const field of Object.keys(BRIEF_FIELD_LABELS) as BriefField[]) {
    if (field === "deliverables") {
      changes.push(...diffDeliverables(before.deliverables, after.deliverables));
      continue;
    }
    const a = RENDER[field](before);
    const b = RENDER[field](after);
    if (a !== b) changes.push({ field, label: BRIEF_FIELD_LABELS[field], before: a, after: b });
  }
  return changes;
}

function diffDeliverables(before: readonly Deliverable[], after: readonly Deliverable[]): BriefChange[] {
  const oldItems = before.map((d, index) => ({ index, text: describeDeliverable(d) }));
  const newItems = after.map((d, index) => ({ index, text: describeDeliverable(d) }));

  const removed = [...oldItems];
  const added: typeof newItems = [];
  for (const item of newItems) {
    const match = removed.findIndex((r) => r.text === item.text);
    if (match === -1) added.push(item);
    else removed.splice(match, 1);
  }

  const changes: BriefChange[] = [];
  const paired = Math.min(removed.length, added.length);
  for (let i = 0; i < added.length; i++) {
    const now = added[i]!;
    const was = i < paired ? removed[i]! : undefined;
    changes.push({
      field: "deliverables",
      label: was ? `Deliverable ${now.index + 1}` : `Deliverable ${now.index + 1} (added)`,
      before: was ? was.text : "",
      after: now.text,
    });
  }
  for (const was of removed.slice(paired)) {
    changes.push({ field: "deliverables", label: `Deliverable ${was.index + 1} (removed)`, before: was.text, after: "" });
  }
  return changes;
}
