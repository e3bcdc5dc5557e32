// The roster's result rows as one HTML string, for the results table's <tbody>. The rows are static
// (the BulkActions island reads their checkboxes from the DOM, and a click on a name is routed by it
// too), so they need no React elements: written as React elements, 50 rows × 30 elements were half
// of the page's server time — serialised into the flight data (48 KB), parsed again to render the
// HTML, parsed a third time in the browser and hydrated node by node. As a string they are written
// once into the HTML and never hydrated; ResultsBody (results-body.tsx) builds the string on the
// server and again in the browser from the rows' values, which are all the flight data carries
// (README "Development notes").
//
// Every value from the database goes through escape-html, in text and in attributes alike (it
// escapes both quote characters, and the attributes are single-quoted): a roster is imported from
// spreadsheets anyone can write.
import escapeHtml from "escape-html";

import { badgeVariants } from "@/components/ui/badge";
import { formatCount } from "@/lib/metrics/format";

import { erText, followersTitle, riskBadge, tierLabel } from "./metrics";
import type { RosterRow } from "./roster-row";

/** The markup of one row; `slug` and the id are escaped like everything else. */
function rowHtml(slug: string, r: RosterRow): string {
  const e = escapeHtml;
  const risk = riskBadge(r.riskLevel, r.riskScore);
  return (
    `<tr>` +
    `<td><input type='checkbox' aria-label='Select ${e(r.displayName)}' value='${e(r.id)}' data-row-select='true'/></td>` +
    `<td><a href='/w/${e(encodeURIComponent(slug))}/influencers/${e(encodeURIComponent(r.id))}'>${e(r.displayName)}</a><small>${e(r.subtitle)}</small></td>` +
    `<td><span class='${badgeVariants({ variant: "outline" })}'>${e(tierLabel(r.tier))}</span></td>` +
    `<td><span title='${e(followersTitle(r.followers))}'>${e(formatCount(r.followers))}</span></td>` +
    // The column header defines ER once; each cell is the number alone.
    `<td>${e(erText(r.engagementRate))}</td>` +
    `<td><span class='${badgeVariants({ variant: risk.variant })}'>${e(risk.text)}</span>${r.riskReason ? `<small>${e(r.riskReason)}</small>` : ""}</td>` +
    `<td>${e(r.niches)}${r.tags.length ? `<p>${e(r.tags.map((t) => `#${t}`).join(" "))}</p>` : ""}</td>` +
    `</tr>`
  );
}

/** The <tbody> content for `rows`: what the results table's dangerouslySetInnerHTML takes. */
export function rosterRowsHtml(slug: string, rows: readonly RosterRow[]): string {
  return rows.map((r) => rowHtml(slug, r)).join("");
}
