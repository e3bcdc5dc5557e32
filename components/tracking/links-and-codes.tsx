// "Links & codes" of a collaboration page: its tracking links with clicks, and its discount codes.
// Rendered by the page in one line; loads its own data (tenant-scoped by the page's workspace).
import type { ReactNode } from "react";

import { ClicksByDayChart } from "@/components/charts/clicks-by-day-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { linkDraft } from "@/lib/tracking/links";
import { CHART_DAYS, collaborationClickPerformance } from "@/lib/tracking/performance";
import { collaborationTracking } from "@/lib/tracking/queries";
import { workspaceTimeZone } from "@/lib/workspaces/crud";

import { CampaignDefaultsForm } from "./campaign-defaults-form";
import { ClickSummary, ConversionsSlot } from "./click-summary";
import { DiscountCodes } from "./discount-codes";
import { LinkCreateForm } from "./link-create-form";
import { LinkRow } from "./link-row";

export async function LinksAndCodes({
  slug,
  workspaceId,
  collaborationId,
  canWrite,
  impressions = null,
  conversions,
}: {
  slug: string;
  workspaceId: string;
  collaborationId: string;
  canWrite: boolean;
  /** The collaboration's reported impressions, when known (CTR needs them). */
  impressions?: number | null;
  /** Orders and revenue of this collaboration (the conversions work). */
  conversions?: ReactNode;
}) {
  const timeZone = await workspaceTimeZone(workspaceId);
  const [{ links, codes }, draft, perf] = await Promise.all([
    collaborationTracking(workspaceId, collaborationId),
    canWrite ? linkDraft(workspaceId, collaborationId) : null,
    collaborationClickPerformance({ workspaceId, collaborationId, timeZone }),
  ]);
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
        <ConversionsSlot>{conversions}</ConversionsSlot>
        {links.length ? <ClicksByDayChart series={perf.byDay} label={`Clicks per day, last ${CHART_DAYS} days (${timeZone})`} /> : null}
        {links.length === 0 ? <p className="text-sm text-muted-foreground">No tracking links yet.</p> : null}
        <ul className="grid gap-3">
          {links.map((l) => (
            <LinkRow key={l.id} slug={slug} link={l} canWrite={canWrite} />
          ))}
        </ul>
        {draft ? <LinkCreateForm slug={slug} collaborationId={collaborationId} draft={draft} /> : null}
        {draft ? <CampaignDefaultsForm slug={slug} campaignId={draft.campaignId} defaults={draft.templates} /> : null}
        <DiscountCodes slug={slug} collaborationId={collaborationId} codes={codes} canWrite={canWrite} />
      </CardContent>
    </Card>
  );
}
