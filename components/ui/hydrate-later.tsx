// A part of a page that the browser makes interactive after the rest of it, in small slices.
//
// React hydrates content inside a Suspense boundary that arrived server-rendered at a low priority
// (its "offscreen" lane) and yields to the browser every few milliseconds while doing so; everything
// outside such a boundary is hydrated in one go, as one long main-thread task. Wrapping a large,
// already-rendered block (a table of 50 rows, a list of collaborations) in HydrateLater takes it out
// of that task: the page's first task after load gets shorter (Lighthouse's Total Blocking Time),
// and a click on the block before it is hydrated is replayed once it is.
//
// Only for children that render without waiting (the page has already loaded their data): a child
// that suspends here would let the response start before the page decided on its status code, and a
// notFound() after that is answered 200. No fallback is needed for the same reason.
import { Suspense, type ReactNode } from "react";

export function HydrateLater({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
