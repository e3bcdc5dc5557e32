// "Links & codes" of a collaboration page: its tracking links with clicks, and its discount codes.
// Rendered by the page in one line; loads its own data (tenant-scoped by the page's workspace).
// Orders and revenue (ConversionsSlot) only for members who may read analytics, loaded in parallel.

import { ClicksByDayChart } from "@/components/charts/clicks-by-day-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { conversionStats } from "@/lib/conversions/queries";
import { conversionHeadline, formatRevenue, joinCollaborationConversions } from "@/lib/conversions/with-clicks";
import { formatPercent } from "@/lib/metrics";
import { formatDateTime } from "@/lib/time-zone";
import { linkDraft } from "@/lib/tracking/links";
import { CHART_DAYS, collaborationClickPerformance } from "@/lib/tracking/performance";
import { collaborationTracking } from "@/lib/tracking/queries";
import { workspaceTimeZone } from "@/lib/workspaces/crud";

import { CampaignDefaultsForm } from "./campaign-defaults-form";
import { ClickSummary, ConversionsSlot } from "./click-summary";
import { ConversionSummary } from "./conversion-summary";
import { DiscountCodes } from "./discount-codes";
import { LinkCreateForm } from "./link-create-form";
import { LinkRow } from "./link-row";

const th = "px-3 py-2 font-medium";
const num = "px-3 py-2 text-right tabular-nums";

export async function LinksAndCodes({
  slug,
  workspaceId,
  collaborationId,
  canWrite,
  impressions = null,
  conversions = null,
}: {
  slug: string;
  workspaceId: string;
  collaborationId: string;
  canWrite: boolean;
  /** The collaboration's reported impressions, when known (CTR needs them). */
  impressions?: number | null;
  /**
   * Orders and revenue are shown when set: only for members who may read analytics (the
   * Conversions page's permission); the ids filter the Conversions page to this collaboration.
   */
  conversions?: { campaignId: string; influencerId: string } | null;
}) {
  const timeZone = await workspaceTimeZone(workspaceId);
  const [{ links, codes }, draft, perf, stats] = await Promise.all([
    collaborationTracking(workspaceId, collaborationId),
    canWrite ? linkDraft(workspaceId, collaborationId) : null,
    collaborationClickPerformance({ workspaceId, collaborationId, timeZone }),
    conversions ? conversionStats({ workspaceId, collaborationId }) : null,
  ]);
  const joined = stats ? joinCollaborationConversions({ links, codes, linkClicks: perf.byLink }, stats) : null;
  const head = stats ? conversionHeadline(stats, perf.totals.unique) : null;
  return (
    <Card data-testid="links-and-codes">
      <CardHeader>
        <CardTitle>Links &amp; codes</CardTitle>
        <CardDescription>
          Clicks exclude bots and link previews; unique counts each visitor once a day. A click id is added to the destination so the store
          can report the order it led to.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ClickSummary clicks={perf.totals} impressions={impressions} />
        {head && joined && conversions ? (
          <ConversionsSlot>
            <ConversionSummary
              {...head}
              unique={perf.totals.unique}
              conversionsHref={`/w/${slug}/conversions?campaign=${conversions.campaignId}&influencer=${conversions.influencerId}`}
            />
            {joined.links.length || joined.codes.length ? (
              <div className="mt-2 overflow-x-auto rounded-md border">
                <table className="w-full text-sm" data-testid="conversions-by-link-and-code">
                  <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
                    <tr>
                      <th className={th}>Link or code</th>
                      <th className={`${th} text-right`}>Orders</th>
                      <th className={`${th} text-right`}>Revenue</th>
                      <th className={`${th} hidden text-right sm:table-cell`}>Conv. rate</th>
                    </tr>
                  </thead>
                  <tbody>
                    {joined.links.map((l) => (
                      <tr key={l.id} className="border-t">
                        <td className="px-3 py-2">
                          <code className="font-mono text-xs">/r/{l.code}</code>
                        </td>
                        <td className={num}>{l.conversions.orders}</td>
                        <td className={num}>{formatRevenue(l.conversions.revenue)}</td>
                        <td className={`${num} hidden sm:table-cell`}>{formatPercent(l.rate, 2)}</td>
                      </tr>
                    ))}
                    {joined.codes.map((c) => (
                      <tr key={c.id} className="border-t">
                        <td className="px-3 py-2">
                          <code className="font-mono text-xs">{c.code}</code> <span className="text-xs text-muted-foreground">code</span>
                        </td>
                        <td className={num}>{c.conversions.orders}</td>
                        <td className={num}>{formatRevenue(c.conversions.revenue)}</td>
                        <td className={`${num} hidden text-muted-foreground sm:table-cell`}>no clicks</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </ConversionsSlot>
        ) : null}
        {links.length ? <ClicksByDayChart series={perf.byDay} label={`Clicks per day, last ${CHART_DAYS} days (${timeZone})`} /> : null}
        {links.length === 0 ? <p className="text-sm text-muted-foreground">No tracking links yet.</p> : null}
        <ul className="grid gap-3">
          {links.map((l) => (
            <LinkRow
              key={l.id}
              slug={slug}
              link={{ ...l, ends: l.expiresAt ? `${formatDateTime(new Date(l.expiresAt), timeZone)} (${timeZone})` : null }}
              canWrite={canWrite}
            />
          ))}
        </ul>
        {draft ? <LinkCreateForm slug={slug} collaborationId={collaborationId} draft={draft} /> : null}
        {draft ? <CampaignDefaultsForm slug={slug} campaignId={draft.campaignId} defaults={draft.templates} /> : null}
        <DiscountCodes slug={slug} collaborationId={collaborationId} codes={codes} canWrite={canWrite} />
      </CardContent>
    </Card>
  );
}
