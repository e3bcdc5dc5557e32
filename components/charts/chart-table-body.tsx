"use client";

// The body of a chart's "Show as table": a client component only so that the page's flight data
// carries the rows' values rather than their markup. The HTML is built from them by chartRowsHtml on
// the server (into the page's HTML) and again in the browser (React's copy, which hydration does not
// compare with the server's and a new render replaces whole). As markup passed from a server
// component the rows were in the page twice, the second time with every `<` and `>` escaped as
// \u003c and \u003e (README "Development notes", long static tables).
import { useMemo } from "react";

import { chartRowsHtml, type ChartColumn, type ChartRowWire } from "./chart-rows";

export function ChartTableBody({ columns, rows }: { columns: readonly ChartColumn[]; rows: readonly ChartRowWire[] }) {
  const html = useMemo(
    () =>
      chartRowsHtml(
        columns,
        rows.map(([date, ...values]) => ({ date: String(date), values })),
      ),
    [columns, rows],
  );
  return <tbody dangerouslySetInnerHTML={{ __html: html }} />;
}
