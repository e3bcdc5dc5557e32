"use client";

// The roster's result rows: a client component only so that the page's flight data carries the rows
// as values (RosterRowWire) rather than as their HTML. The server builds the HTML from them (for the
// page's HTML), and React writes it with dangerouslySetInnerHTML. Passing the HTML itself from a
// server component put it into the page twice, the second time with every `<` and `>` escaped as
// \u003c and \u003e: 47 KB of a 125 KB roster view (README "Development notes", "Long static tables").
//
// Hydration builds nothing: React does not compare inner HTML when it hydrates, so the server's rows
// stay in place whatever string the browser passes, and building it would format every figure with
// Intl, whose first use in a page costs about 25 ms of a desktop's main thread (100 ms on Lighthouse's
// phone) while the page is still starting. The browser builds rows only when they change after that
// (a new search or page, a refresh): then it also builds the hydrated rows' HTML, and keeps the
// server's rows (and any ticked boxes in them) when the two are the same.
import { useMemo, useState, useSyncExternalStore } from "react";

import { rosterRowsHtml } from "./results-rows";
import { fromWire, type RosterRowWire } from "./roster-row";

/** What the browser passes while the server's rows are on the page (React never writes it: see above). */
const SERVER_ROWS = "";
const noSubscription = () => () => {};
const build = (slug: string, rows: RosterRowWire[]) => rosterRowsHtml(slug, rows.map(fromWire));

export function ResultsBody({ slug, rows }: { slug: string; rows: RosterRowWire[] }) {
  // The server snapshot is read on the server and while hydrating; the client snapshot on a fresh
  // client render (a client-side navigation to the roster), which builds its rows as usual.
  const fromServer = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  // The rows the page was hydrated with, while the server's HTML of them is what the table shows.
  const [hydrated, setHydrated] = useState(() => (fromServer && typeof window !== "undefined" ? { slug, rows } : null));
  const html = useMemo(() => {
    if (!hydrated) return build(slug, rows);
    if (hydrated.slug === slug && hydrated.rows === rows) return SERVER_ROWS;
    const next = build(slug, rows);
    return next === build(hydrated.slug, hydrated.rows) ? SERVER_ROWS : next;
  }, [slug, rows, hydrated]);
  // New rows replace the server's: from then on renders compare against React's own string, as usual.
  if (hydrated && html !== SERVER_ROWS) setHydrated(null);
  return <tbody suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />;
}
