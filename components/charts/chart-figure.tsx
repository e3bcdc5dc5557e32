// The frame every chart shares: a figure named for screen readers, the plot (decorative: hidden from
// assistive technology) in a box of fixed height so nothing shifts when it loads, a caption that says
// what the plot shows in words, and the same numbers under "Show as table", one row per day.
import type { ReactNode } from "react";

import type { ChartColumn, ChartRow } from "./chart-rows";
import { ChartTableBody } from "./chart-table-body";

export type { ChartColumn, ChartRow } from "./chart-rows";

/**
 * The look of every cell, set once on the table rather than on each of hundreds of cells: the day
 * column doesn't wrap, the figures are right-aligned with tabular digits. A muted column's cells
 * carry one class of their own.
 */
const TABLE_STYLES =
  "[&_tbody_tr]:border-t [&_td]:px-2 [&_td]:py-1 [&_td]:tabular-nums [&_td:first-child]:whitespace-nowrap [&_td:not(:first-child)]:text-right";

export function ChartFigure({
  label,
  testId,
  boxClassName,
  plot,
  caption,
  columns,
  rows,
}: {
  label: string;
  testId: string;
  /** Height of the plot's box, e.g. "h-56". */
  boxClassName: string;
  plot: ReactNode;
  /** The plot in words, for screen readers. */
  caption: ReactNode;
  /** The table's value columns, after "Day". */
  columns: readonly ChartColumn[];
  rows: readonly ChartRow[];
}) {
  return (
    <figure aria-label={label} className="grid gap-2" data-testid={testId}>
      <div className={`${boxClassName} w-full`} aria-hidden="true">
        {plot}
      </div>
      <figcaption className="sr-only">{caption}</figcaption>
      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground hover:text-foreground">Show as table</summary>
        <div className="mt-2 max-h-64 overflow-auto rounded-md border">
          <table className={`w-full text-xs ${TABLE_STYLES}`}>
            <caption className="sr-only">{label}</caption>
            <thead className="sticky top-0 bg-muted text-left text-muted-foreground">
              <tr>
                <th className="px-2 py-1 font-medium">Day</th>
                {columns.map((c) => (
                  <th key={c.label} className="px-2 py-1 text-right font-medium">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <ChartTableBody columns={columns} rows={rows.map((r) => [r.date, ...r.values])} />
          </table>
        </div>
      </details>
    </figure>
  );
}
