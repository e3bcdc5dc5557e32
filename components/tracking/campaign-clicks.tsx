// "Clicks and conversions" of a campaign page: headline numbers with their definitions, clicks by
// day, per influencer, by link and by code. Rendered by the page in one line; loads its own data
// (tenant-scoped by the page's workspace). Orders and revenue (ConversionsSlot and the table columns)
// only for members who may read analytics, loaded in parallel with the clicks.
import { Suspense } from "react";

import { ClicksByDayChart } from "@/components/charts/clicks-by-day-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { conversionStats } from "@/lib/conversions/queries";
import { conversionHeadline, formatRevenue, joinCampaignConversions } from "@/lib/conversions/with-clicks";
import { campaignImpressions } from "@/lib/posts/records";
import { campaignClickPerformance, CHART_DAYS } from "@/lib/tracking/performance";

import { ClickSummary, ConversionsSlot } from "./click-summary";
import { ConversionSummary } from "./conversion-summary";

const th = "px-3 py-2 font-medium";
const EMPTY = { orders: 0, revenue: [], byCollaboration: [], byLink: [], byCode: [] };
const num = "px-3 py-2 text-right tabular-nums";

type Props = {
  workspaceId: string;
  slug: string;
  campaignId: string;
  timeZone: string;
  /** The campaign's reported impressions, when known (CTR needs them). */
  impressions?: number | null;
  /** Whether the member may see orders and revenue (`analytics.read`, as the Conversions page). */
  canSeeConversions?: boolean;
};

/** Streams in after the rest of the page: a campaign with many clicks takes a moment to count. */
export function CampaignClicks(props: Props) {
  return (
    <Suspense
      fallback={
        <Card aria-busy="true">
          <CardHeader>
            <CardTitle>Clicks and conversions</CardTitle>
            <CardDescription>Counting clicks…</CardDescription>
          </CardHeader>
          <CardContent className="h-48" />
        </Card>
      }
    >
      <CampaignClicksCard {...props} />
    </Suspense>
  );
}

async function CampaignClicksCard({ workspaceId, slug, campaignId, timeZone, impressions: given, canSeeConversions = false }: Props) {
  const [perf, stats, impressions] = await Promise.all([
    campaignClickPerformance({ workspaceId, campaignId, timeZone }),
    canSeeConversions ? conversionStats({ workspaceId, campaignId }) : null,
    // CTR's denominator: what the posts reported (their latest snapshots), unless the caller knows it.
    given !== undefined ? given : campaignImpressions(workspaceId, campaignId),
  ]);
  const p = { ...perf, ...joinCampaignConversions(perf, stats ?? EMPTY) };
  const head = stats ? conversionHeadline(stats, perf.totals.unique) : null;
  const conv = stats !== null;
  const collab = (id: string) => `/w/${slug}/campaigns/${campaignId}/collaborations/${id}`;
  return (
    <Card aria-labelledby="campaign-clicks" data-testid="campaign-clicks">
      <CardHeader>
        <CardTitle id="campaign-clicks">Clicks and conversions</CardTitle>
        <CardDescription>From the campaign’s tracking links. Each number says what it counts.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <ClickSummary clicks={p.totals} impressions={impressions} />
        {head ? (
          <ConversionsSlot>
            <ConversionSummary {...head} unique={perf.totals.unique} conversionsHref={`/w/${slug}/conversions?campaign=${campaignId}`} />
          </ConversionsSlot>
        ) : null}
        {p.byLink.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No tracking links yet: create them from each influencer’s page (Links &amp; codes).
          </p>
        ) : (
          <ClicksByDayChart series={p.byDay} label={`Clicks per day, last ${CHART_DAYS} days (${timeZone})`} />
        )}
        <section aria-labelledby="clicks-per-influencer" className="grid gap-2">
          <h3 id="clicks-per-influencer" className="text-sm font-semibold">
            Per influencer
          </h3>
          <div className="overflow-x-auto rounded-md border">
            <table className="w-full text-sm" data-testid="clicks-per-influencer">
              <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
                <tr>
                  <th className={th}>Influencer</th>
                  <th className={`${th} text-right`}>Clicks</th>
                  <th className={`${th} text-right`}>Unique</th>
                  <th className={`${th} hidden text-right sm:table-cell`}>Bots</th>
                  {conv ? <th className={`${th} text-right`}>Orders</th> : null}
                  {conv ? <th className={`${th} text-right`}>Revenue</th> : null}
                  <th className={`${th} hidden lg:table-cell`}>Links · codes</th>
                </tr>
              </thead>
              <tbody>
                {p.byInfluencer.map((r) => (
                  <tr key={r.collaborationId} className="border-t">
                    <td className="px-3 py-2">
                      <IntentLink className="hover:underline" href={collab(r.collaborationId)}>
                        {r.influencerName}
                      </IntentLink>
                    </td>
                    <td className={num}>{r.clicks.total}</td>
                    <td className={num}>{r.clicks.unique}</td>
                    <td className={`${num} hidden text-muted-foreground sm:table-cell`}>{r.clicks.bots}</td>
                    {conv ? <td className={num}>{r.conversions.orders}</td> : null}
                    {conv ? <td className={`${num} whitespace-nowrap`}>{formatRevenue(r.conversions.revenue)}</td> : null}
                    <td className="hidden px-3 py-2 text-xs text-muted-foreground lg:table-cell">
                      {r.links} {r.links === 1 ? "link" : "links"}
                      {r.codes.length ? ` · ${r.codes.join(", ")}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        {p.byLink.length ? (
          <section aria-labelledby="clicks-by-link" className="grid gap-2">
            <h3 id="clicks-by-link" className="text-sm font-semibold">
              By link
            </h3>
            <div className="overflow-x-auto rounded-md border">
              <table className="w-full text-sm" data-testid="clicks-by-link">
                <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
                  <tr>
                    <th className={th}>Link</th>
                    <th className={`${th} hidden sm:table-cell`}>Influencer</th>
                    <th className={`${th} text-right`}>Clicks</th>
                    <th className={`${th} text-right`}>Unique</th>
                    <th className={`${th} hidden text-right sm:table-cell`}>Bots</th>
                    {conv ? <th className={`${th} text-right`}>Orders</th> : null}
                    {conv ? <th className={`${th} text-right`}>Revenue</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {p.byLink.map((l) => (
                    <tr key={l.id} className="border-t">
                      <td className="px-3 py-2">
                        <code className="font-mono text-xs">/r/{l.code}</code>
                        {!l.live ? <span className="ml-2 text-xs text-muted-foreground">(not live)</span> : null}
                        <span className="block text-xs text-muted-foreground sm:hidden">{l.influencerName}</span>
                      </td>
                      <td className="hidden px-3 py-2 sm:table-cell">{l.influencerName}</td>
                      <td className={num}>{l.clicks.total}</td>
                      <td className={num}>{l.clicks.unique}</td>
                      <td className={`${num} hidden text-muted-foreground sm:table-cell`}>{l.clicks.bots}</td>
                      {conv ? <td className={num}>{l.conversions.orders}</td> : null}
                      {conv ? <td className={`${num} whitespace-nowrap`}>{formatRevenue(l.conversions.revenue)}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}
        <section aria-labelledby="by-code" className="grid gap-2">
          <h3 id="by-code" className="text-sm font-semibold">
            By discount code
          </h3>
          {p.codes.length && conv ? (
            <div className="overflow-x-auto rounded-md border">
              <table className="w-full text-sm" data-testid="campaign-codes">
                <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
                  <tr>
                    <th className={th}>Code</th>
                    <th className={`${th} hidden sm:table-cell`}>Influencer</th>
                    <th className={`${th} text-right`}>Orders</th>
                    <th className={`${th} text-right`}>Revenue</th>
                  </tr>
                </thead>
                <tbody>
                  {p.codes.map((c) => (
                    <tr key={c.id} className="border-t">
                      <td className="px-3 py-2">
                        <code className="font-mono">{c.code}</code>
                        <span className="block text-xs text-muted-foreground sm:hidden">{c.influencerName}</span>
                      </td>
                      <td className="hidden px-3 py-2 sm:table-cell">{c.influencerName}</td>
                      <td className={num}>{c.conversions.orders}</td>
                      <td className={num}>{formatRevenue(c.conversions.revenue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : p.codes.length ? (
            <ul className="flex flex-wrap gap-2 text-sm" data-testid="campaign-codes">
              {p.codes.map((c) => (
                <li key={c.id} className="rounded-md border px-2 py-1">
                  <code className="font-mono">{c.code}</code> <span className="text-xs text-muted-foreground">· {c.influencerName}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">No discount codes yet.</p>
          )}
          <p className="text-xs text-muted-foreground">
            A code has no clicks. An order counts under its code only when no tracking-link click claimed it.
          </p>
        </section>
      </CardContent>
    </Card>
  );
}
