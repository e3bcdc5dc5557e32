// The fields a draft editor starts from: the latest version's, or the deliverable's defaults. Shared by
// the editor (its initial state) and the portal page, which runs the disclosure check on them on the
// server so that the editor shows its findings without loading the checker (see draft-editor.tsx).
import type { DraftFields } from "@/lib/portal/check-draft";
import type { DraftView } from "@/lib/portal/drafts-view";
import { DELIVERABLE_FORMAT, isContentFormat, type ContentFormat, type DeliverableType, type Platform } from "@/lib/vocabulary";

export type EditorFields = DraftFields & { format: ContentFormat };

export function initialDraftFields(
  deliverable: { type: DeliverableType; platform: Platform | null },
  latest: DraftView | null,
): EditorFields {
  return {
    caption: latest?.caption ?? "",
    platform: latest?.platform ?? deliverable.platform ?? "instagram",
    format: latest && isContentFormat(latest.format) ? latest.format : DELIVERABLE_FORMAT[deliverable.type],
    paidPartnershipLabel: latest?.paidPartnershipLabel ?? false,
    usesFilterOrEditing: latest?.usesFilterOrEditing ?? false,
    transcriptText: latest?.transcriptText ?? "",
  };
}
