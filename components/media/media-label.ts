import type { DraftMediaView } from "@/lib/portal/drafts-view";

/** What a screen reader hears for an item: its description, or what it is when there is none. */
export function mediaLabel(m: DraftMediaView, index: number, total: number): string {
  const what = m.kind === "video" ? "Video" : "Image";
  return m.altText ? `${what} ${index + 1} of ${total}: ${m.altText}` : `${what} ${index + 1} of ${total} (no description)`;
}
