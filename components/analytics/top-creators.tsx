// The period's top creators by ROI and by ERR, each figure with its formula. Server component.
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import type { CreatorReport } from "@/lib/analytics/workspace";
import { formatCount, METRIC_FORMULAS } from "@/lib/metrics";

import { formatRate } from "./kpi-table";

function List({ slug, rows, rate, empty }: { slug: string; rows: CreatorReport[]; rate: "roi" | "engagementRateByReach"; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <ol className="grid grid-cols-1 gap-1 text-sm">
      {rows.map((r, i) => (
        <li key={r.key} className="flex items-baseline justify-between gap-3 border-b py-1 last:border-0">
          <span className="min-w-0 truncate">
            <span className="text-muted-foreground tabular-nums">{i + 1}.</span>{" "}
            <IntentLink className="underline-offset-2 hover:underline" href={`/w/${slug}/influencers/${r.key}`}>
              {r.name}
            </IntentLink>{" "}
            <span className="text-xs text-muted-foreground capitalize">{r.tier}</span>
            <span className="text-xs text-muted-foreground">
              {" "}
              · {r.posts} {r.posts === 1 ? "post" : "posts"} · reach {r.reported.reach ? formatCount(r.totals.reach) : "not reported"}
            </span>
          </span>
          <span className="shrink-0 font-medium tabular-nums">{formatRate(r, rate)}</span>
        </li>
      ))}
    </ol>
  );
}

export function TopCreators({
  slug,
  byRoi,
  byErr,
  minReach,
}: {
  slug: string;
  byRoi: CreatorReport[];
  byErr: CreatorReport[];
  minReach: number;
}) {
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2" data-testid="top-creators">
      <Card>
        <CardHeader>
          <CardTitle>Top creators by ROI</CardTitle>
          <CardDescription>ROI = {METRIC_FORMULAS.roi.formula}; revenue from the orders attributed to the creator.</CardDescription>
        </CardHeader>
        <CardContent>
          <List
            slug={slug}
            rows={byRoi}
            rate="roi"
            empty="No creator has both a fee and recorded revenue in this period (ROI needs both)."
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Top creators by ERR</CardTitle>
          <CardDescription>
            ERR = {METRIC_FORMULAS.engagementRateByReach.formula}; creators with a reach of at least {minReach.toLocaleString("en-US")}.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <List
            slug={slug}
            rows={byErr}
            rate="engagementRateByReach"
            empty={`No creator reached ${minReach.toLocaleString("en-US")} people with reach reported in this period.`}
          />
        </CardContent>
      </Card>
    </div>
  );
}
