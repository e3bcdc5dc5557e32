// A part of a page that the browser makes interactive after the rest of it, in small slices.
//
// React hydrates the server-rendered content of an Activity boundary (like that of a Suspense
// boundary) at a low priority, its "offscreen" lane, and yields to the browser every few
// milliseconds while doing so; everything outside such a boundary is hydrated in one go, as one long
// main-thread task. Wrapping a large, already-rendered block (a list of collaborations, a card with
// a search) in HydrateLater takes it out of that task: the page's first task after load gets shorter
// (Lighthouse's Total Blocking Time), and a click on the block before it is hydrated is replayed
// once it is.
//
// Activity, not Suspense: the server streams a Suspense boundary's content larger than React's
// progressive chunk (12.8 kB) after the shell, hidden, and reveals it a moment later — on a phone the
// page painted without the block and then everything below it jumped down (the campaign page's
// Lighthouse CLS 0.24 with Suspense here, 0 with Activity). An Activity boundary's content is
// written in place, so the first paint is the final layout.
//
// Only for children that render without waiting (the page has already loaded their data): an
// Activity boundary is not a Suspense boundary, so a child that suspended would hold up the whole
// page around it.
import { Activity, type ReactNode } from "react";

export function HydrateLater({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
