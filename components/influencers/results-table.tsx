// The roster's result rows, rendered as one HTML string (results-rows.ts, through ResultsBody);
// selection, the bulk actions and in-app navigation from a row are the BulkActions island above
// them, which listens to the table's change and click events.
import { BulkActions } from "./bulk-actions";
import { ResultsBody } from "./results-body";
import { toWire, type RosterRow } from "./roster-row";

const TABLE_ID = "roster-results";

/**
 * The look of every cell, set once on the table. Columns 4 and 5 (followers, ER) are right-aligned
 * figures; column 6 is at most 18rem wide; a <small> under a cell's main content is its grey second
 * line (the account line, the risk reason, two lines at most); column 7 is grey, its tags line not.
 */
const ROW_STYLES = [
  "[&_th]:p-2 [&_td]:p-2 [&_input]:size-4 [&_input]:accent-primary",
  "[&_th:nth-child(n+4):nth-child(-n+5)]:text-right [&_td:nth-child(n+4):nth-child(-n+5)]:text-right [&_td:nth-child(n+4):nth-child(-n+5)]:tabular-nums",
  "[&_tbody_tr]:border-t [&_tbody_tr]:align-top [&_tbody_tr:hover]:bg-muted/30",
  "[&_td_a]:font-medium [&_td_a]:text-primary [&_td_a:hover]:underline",
  "[&_small]:block [&_small]:text-xs [&_small]:text-muted-foreground [&_td:nth-child(6)_small]:mt-1 [&_td:nth-child(6)_small]:line-clamp-2",
  "[&_td:nth-child(6)]:max-w-72 [&_td:nth-child(7)]:text-xs [&_td:nth-child(7)]:text-muted-foreground [&_td:nth-child(7)_p]:mt-1 [&_td:nth-child(7)_p]:text-foreground",
].join(" ");

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
        lists={lists.map(({ id, name }) => ({ id, name }))}
        canWrite={canWrite}
        query={query}
        hasMore={hasMore}
      />
      {/* relative: the sr-only texts in the rows are absolutely positioned and would otherwise escape the scroller and widen the page. */}
      <div className="relative overflow-x-auto rounded-lg border" tabIndex={0} role="region" aria-label="Search results">
        {/* The cells are styled from the table (ROW_STYLES), not one by one: 50 rows × 7 cells of
            repeated class names were a third of the page's HTML, and again as much in its flight data. */}
        <table id={TABLE_ID} className={`w-full min-w-[760px] text-sm ${ROW_STYLES}`}>
          <caption className="sr-only">Influencers matching the search</caption>
          <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="w-10">
                <input type="checkbox" aria-label="Select all on this page" data-page-select />
              </th>
              <th scope="col">Influencer</th>
              <th scope="col">Tier</th>
              <th scope="col">Followers</th>
              <th scope="col">
                <abbr title="Engagement rate by followers: (average likes + average comments) ÷ followers × 100, or the rate given on import">
                  ER
                </abbr>
                <span className="sr-only"> (engagement rate by followers)</span>
              </th>
              <th scope="col">Authenticity risk</th>
              <th scope="col">Niches</th>
            </tr>
          </thead>
          {/* The rows are one HTML string (results-rows.ts): never parsed into elements or hydrated. */}
          <ResultsBody slug={slug} rows={rows.map(toWire)} />
        </table>
      </div>
    </div>
  );
}
