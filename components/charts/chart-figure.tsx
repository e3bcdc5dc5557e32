// The frame every chart shares: a figure named for screen readers, the plot (decorative: hidden from
// assistive technology) in a box of fixed height so nothing shifts when it loads, a caption that says
// what the plot shows in words, and the same numbers under "Show as table", one row per day.
import type { ReactNode } from "react";

export type ChartColumn = { label: string; muted?: boolean };

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
  rows: readonly { date: string; values: readonly ReactNode[] }[];
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
          <table className="w-full text-xs">
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
            <tbody>
              {rows.map((r) => (
                <tr key={r.date} className="border-t">
                  <td className="px-2 py-1 tabular-nums">{r.date}</td>
                  {r.values.map((v, i) => (
                    <td
                      key={columns[i]?.label ?? i}
                      className={`px-2 py-1 text-right tabular-nums${columns[i]?.muted ? "text-muted-foreground" : ""}`}
                    >
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
