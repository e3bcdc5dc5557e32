"use client";

// The roster's result rows: a client component only so that the page's flight data carries the rows
// as values (RosterRowWire) rather than as their HTML. The HTML is built from them by the same
// function on the server (for the page's HTML) and in the browser (for React's copy), and React
// writes it with dangerouslySetInnerHTML: hydration leaves the server's rows in place (it does not
// compare inner HTML), and a new search replaces them whole. Passing the HTML itself from a server
// component put it into the page twice, the second time with every `<` and `>` escaped as \u003c
// and \u003e: 47 KB of a 125 KB roster view (README "Development notes", "Long static tables").
import { useMemo } from "react";

import { rosterRowsHtml } from "./results-rows";
import { fromWire, type RosterRowWire } from "./roster-row";

export function ResultsBody({ slug, rows }: { slug: string; rows: RosterRowWire[] }) {
  const html = useMemo(() => rosterRowsHtml(slug, rows.map(fromWire)), [slug, rows]);
  return <tbody dangerouslySetInnerHTML={{ __html: html }} />;
}
