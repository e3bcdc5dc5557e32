// The per-creator table of the Results tab. Sorting is a link per column header (?sort=&dir=), so it
// works without JavaScript; the CSV export gets the same order. The table scrolls inside its own box
// on a narrow screen.
import { ArrowDown, ArrowUp, Download } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import type { CreatorRow } from "@/lib/analytics/campaign-types";
import { CREATOR_COLUMNS, type CreatorSortKey, type SortDir } from "@/lib/analytics/creators-table";
import { formatPercent } from "@/lib/metrics";

import { money } from "./format";
import { Missing } from "./missing";

const NUMERIC: ReadonlySet<CreatorSortKey> = new Set(["posts", "reach", "err", "ctr", "cost", "conversions", "revenue", "roi"]);

export function CreatorsTable({
  rows,
  sort,
  dir,
  baseHref,
  exportHref,
}: {
  rows: CreatorRow[];
  sort: CreatorSortKey;
  dir: SortDir;
  baseHref: string;
  exportHref: string;
}) {
  return (
    <section aria-labelledby="creators-heading" className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="creators-heading" className="text-base font-semibold">
          Creators ({rows.length})
        </h2>
        <a
          href={exportHref}
          download
          className="inline-flex items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm font-medium hover:bg-muted"
          data-testid="creators-csv"
        >
          <Download className="size-4" aria-hidden="true" /> Export CSV
        </a>
      </div>
      <div className="relative overflow-x-auto rounded-lg border" role="region" aria-labelledby="creators-heading" tabIndex={0}>
        <table className="w-full min-w-[56rem] text-sm">
          <caption className="sr-only">
            Results per creator, sorted by {CREATOR_COLUMNS.find((c) => c.key === sort)?.label} (
            {dir === "asc" ? "ascending" : "descending"})
          </caption>
          <thead className="bg-muted text-left text-xs text-muted-foreground">
            <tr>
              {CREATOR_COLUMNS.map((c) => {
                const active = c.key === sort;
                const next: SortDir = active ? (dir === "asc" ? "desc" : "asc") : NUMERIC.has(c.key) ? "desc" : "asc";
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                    className={`px-3 py-2 font-medium ${NUMERIC.has(c.key) ? "text-right" : ""}`}
                  >
                    <IntentLink
                      href={`${baseHref}?sort=${c.key}&dir=${next}#creators-heading`}
                      scroll={false}
                      className="inline-flex items-center gap-1 hover:text-foreground"
                    >
                      {c.label}
                      {active ? (
                        dir === "asc" ? (
                          <ArrowUp className="size-3" aria-hidden="true" />
                        ) : (
                          <ArrowDown className="size-3" aria-hidden="true" />
                        )
                      ) : null}
                    </IntentLink>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.collaborationId} className="border-t align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {r.influencer.name}
                  {r.influencer.handle ? (
                    <span className="block text-xs font-normal text-muted-foreground">@{r.influencer.handle.replace(/^@/, "")}</span>
                  ) : null}
                  {r.live === "not live yet" ? (
                    <Badge variant="outline" className="mt-1">
                      Not live yet
                    </Badge>
                  ) : null}
                </th>
                <td className="px-3 py-2 capitalize">{r.tier}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.posts}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {r.reach === null ? <Missing reason={r.live === "live" ? r.missing.reach : null} /> : r.reach.toLocaleString("en-US")}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {r.err === null ? <Missing reason={r.live === "live" ? r.missing.err : null} /> : formatPercent(r.err, 2)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {r.ctr === null ? <Missing reason={r.live === "live" ? r.missing.ctr : null} /> : formatPercent(r.ctr, 2)}
                  {r.live === "live" ? (
                    <span className="block text-[11px] text-muted-foreground">
                      {r.clicksSource === "tracking" ? "tracking links" : "platform clicks"}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                  {r.cost === null ? <Missing reason={r.missing.cost} /> : money(r.cost)}
                  {r.live === "not live yet" && r.cost ? (
                    <span className="block text-[11px] text-muted-foreground">not in CPM/ROI</span>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{r.conversions.toLocaleString("en-US")}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                  {r.revenue === null ? <Missing /> : money(r.revenue)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {r.roi === null ? <Missing reason={r.live === "live" ? r.missing.roi : null} /> : formatPercent(r.roi, 1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
