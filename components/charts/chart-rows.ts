// The rows under a chart's "Show as table", as one HTML string (ChartFigure's table body). Pure, and
// loaded in the browser too: ChartTableBody (chart-table-body.tsx) builds the string there again.
import escapeHtml from "escape-html";

export type ChartColumn = { label: string; muted?: boolean };
export type ChartRow = { date: string; values: readonly (string | number)[] };
/** A row as ChartTableBody receives it: the day, then the values in the columns' order. */
export type ChartRowWire = readonly (string | number)[];

/**
 * The table's rows as one HTML string, for its <tbody>: a row per day of a campaign or a report
 * period (hundreds of cells on the Results tab's three charts), static text that needs no React
 * elements. As elements they were serialised into the flight data, rendered to HTML and hydrated one
 * by one in the browser; as a string they are written once into the HTML and never hydrated, and the
 * flight data carries only the values they are built from (README "Development notes", long static
 * tables). The cells are styled from the table (ChartFigure's TABLE_STYLES), so a row is its values
 * and little else. Every value goes through escape-html; attributes are single-quoted.
 */
export function chartRowsHtml(columns: readonly ChartColumn[], rows: readonly ChartRow[]): string {
  const e = escapeHtml;
  return rows
    .map(
      (r) =>
        `<tr><td>${e(r.date)}</td>` +
        r.values.map((v, i) => `<td${columns[i]?.muted ? " class='text-muted-foreground'" : ""}>${e(String(v))}</td>`).join("") +
        `</tr>`,
    )
    .join("");
}
