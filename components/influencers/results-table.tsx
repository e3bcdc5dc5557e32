// The roster's result rows, rendered on the server; selection and the bulk actions are the
// BulkActions island above them, which listens to the checkboxes' change events.
import Link from "next/link";

import { BulkActions } from "./bulk-actions";
import { erText, Followers, RiskBadge, TierBadge } from "./metrics";
import type { RosterRow } from "./roster-row";

const TABLE_ID = "roster-results";

export function ResultsTable({
  slug,
  rows,
  lists,
  canWrite,
  query,
  hasMore,
}: {
  slug: string;
  rows: RosterRow[];
  lists: { id: string; name: string }[];
  canWrite: boolean;
  /** The search as a URL query string, without the page position: what "all matching" acts on. */
  query: string;
  /** The search has more rows than this page. */
  hasMore: boolean;
}) {
  return (
    <div className="grid gap-3">
      <BulkActions
        slug={slug}
        tableId={TABLE_ID}
        pageSize={rows.length}
        lists={lists}
        canWrite={canWrite}
        query={query}
        hasMore={hasMore}
      />
      {/* relative: the sr-only texts in the rows are absolutely positioned and would otherwise escape the scroller and widen the page. */}
      <div className="relative overflow-x-auto rounded-lg border" tabIndex={0} role="region" aria-label="Search results">
        <table id={TABLE_ID} className="w-full min-w-[760px] text-sm">
          <caption className="sr-only">Influencers matching the search</caption>
          <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="w-10 p-2">
                <input type="checkbox" aria-label="Select all on this page" className="size-4 accent-primary" data-page-select />
              </th>
              <th scope="col" className="p-2">
                Influencer
              </th>
              <th scope="col" className="p-2">
                Tier
              </th>
              <th scope="col" className="p-2 text-right">
                Followers
              </th>
              <th scope="col" className="p-2 text-right">
                <abbr title="Engagement rate by followers: (average likes + average comments) ÷ followers × 100, or the rate given on import">
                  ER
                </abbr>
                <span className="sr-only"> (engagement rate by followers)</span>
              </th>
              <th scope="col" className="p-2">
                Authenticity risk
              </th>
              <th scope="col" className="p-2">
                Niches
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t align-top hover:bg-muted/30">
                <td className="p-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${r.displayName}`}
                    className="size-4 accent-primary"
                    value={r.id}
                    data-row-select
                  />
                </td>
                <td className="p-2">
                  <Link href={`/w/${slug}/influencers/${r.id}`} prefetch={false} className="font-medium text-primary hover:underline">
                    {r.displayName}
                  </Link>
                  <div className="text-xs text-muted-foreground">{r.subtitle}</div>
                </td>
                <td className="p-2">
                  <TierBadge tier={r.tier} />
                </td>
                <td className="p-2 text-right tabular-nums">
                  <Followers value={r.followers} />
                </td>
                {/* The column header defines ER once; each cell is the number alone. */}
                <td className="p-2 text-right tabular-nums">{erText(r.engagementRate)}</td>
                <td className="max-w-72 p-2">
                  <RiskBadge level={r.riskLevel} score={r.riskScore} />
                  {r.riskReason ? <p className="mt-1 line-clamp-2 text-xs text-muted-foreground">{r.riskReason}</p> : null}
                </td>
                <td className="p-2 text-xs text-muted-foreground">
                  {r.niches}
                  {r.tags.length ? <div className="mt-1 text-foreground">{r.tags.map((t) => `#${t}`).join(" ")}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
