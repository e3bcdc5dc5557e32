import { BarChart3 } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";

import { KpiCards } from "@/components/analytics/kpi-cards";
import { KpiTable } from "@/components/analytics/kpi-table";
import { RangePicker } from "@/components/analytics/range-picker";
import { TierChart } from "@/components/analytics/tier-chart";
import { TopCreators } from "@/components/analytics/top-creators";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveRange, type DateRange } from "@/lib/analytics/range";
import { CAMPAIGNS_SHOWN, MIN_REACH_TO_RANK, tierFinding, workspaceAnalytics } from "@/lib/analytics/workspace";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { PLATFORM_LABELS } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Analytics" };

const TIER_LABELS: Record<string, string> = { none: "Under 1K", nano: "Nano", micro: "Micro", macro: "Macro", mega: "Mega" };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "analytics.read");
  const sp = await searchParams;
  const range = resolveRange({ range: first(sp.range), from: first(sp.from), to: first(sp.to) }, workspace.timeZone);
  const base = `/w/${workspace.slug}/analytics`;
  const allCampaigns = first(sp.campaigns) === "all";
  const query = new URLSearchParams(
    range.preset === "custom" ? { range: "custom", from: range.from, to: range.to } : { range: range.preset },
  );
  return (
    <>
      <PageHeader
        title="Analytics"
        description="ERR, CTR, CPM and ROI across campaigns, by platform and by tier, with the formula next to every number."
      />
      <div className="mb-4 grid min-w-0 gap-2">
        <RangePicker base={base} range={range} />
        <p className="text-xs text-muted-foreground" data-testid="range-scope">
          Posts that went live from {range.from} to {range.to} ({workspace.timeZone}), with their latest figures. A creator&apos;s fee,
          orders and revenue are shared equally among all their posts with figures, and a period counts the shares of its posts, so periods
          add up; a creator is counted in the period of their first post.
        </p>
      </div>
      {/* The figures stream in behind the range picker: a long period of a large workspace takes a
          second to sum, and a new range shows the placeholder at once instead of the old numbers. */}
      <Suspense key={`${query}&${allCampaigns}`} fallback={<Summing />}>
        <Figures workspace={workspace} range={range} query={query} allCampaigns={allCampaigns} />
      </Suspense>
    </>
  );
}

/** What the page shows while the period's figures are summed. */
function Summing() {
  return (
    <div role="status" className="grid min-w-0 gap-6" data-testid="analytics-loading">
      <p className="text-sm text-muted-foreground">Summing the period&apos;s posts…</p>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-hidden="true">
        {Array.from({ length: 7 }, (_, i) => (
          <div key={i} className="h-28 animate-pulse rounded-lg border bg-muted/40" />
        ))}
      </div>
      <div className="h-96 animate-pulse rounded-lg border bg-muted/40" aria-hidden="true" />
    </div>
  );
}

async function Figures({
  workspace,
  range,
  query,
  allCampaigns,
}: {
  workspace: { id: string; slug: string; timeZone: string };
  range: DateRange;
  query: URLSearchParams;
  allCampaigns: boolean;
}) {
  const a = await workspaceAnalytics({
    workspaceId: workspace.id,
    timeZone: workspace.timeZone,
    range,
    campaigns: allCampaigns ? "all" : CAMPAIGNS_SHOWN,
  });
  const names = new Map(a.byCampaign.map((c) => [c.key, c.name]));
  const base = `/w/${workspace.slug}/analytics`;
  const tierCurrency = a.byTier.every((t) => t.currency === a.byTier[0]?.currency) ? (a.byTier[0]?.currency ?? null) : null;
  return (
    <>
      {a.total === null ? (
        <EmptyState icon={<BarChart3 />} title="No posts with metrics in this period">
          Numbers appear here once a campaign&apos;s live posts have metrics — entered on a collaboration, reported by the creator in the
          portal, or imported on a campaign&apos;s Metrics tab. Try a longer period.
        </EmptyState>
      ) : (
        <div className="grid min-w-0 gap-6 *:min-w-0">
          <KpiCards report={a.total} />
          <Card>
            <CardHeader>
              <CardTitle>By tier</CardTitle>
              <CardDescription>
                The seed guide&apos;s claim: micro-influencers (10,000–99,999 followers) engage more and cost less than macro
                (100,000–999,999). On your numbers: <span data-testid="tier-finding">{tierFinding(a.byTier)}</span>
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <TierChart
                label="ERR and CPM by tier"
                currency={tierCurrency}
                series={a.byTier.map((t) => ({
                  tier: TIER_LABELS[t.key ?? ""] ?? t.key ?? "",
                  err: t.rates.engagementRateByReach,
                  cpm: t.currency === tierCurrency ? t.rates.cpm : null,
                }))}
              />
              <KpiTable
                caption="KPIs by tier"
                nameHeader="Tier"
                rows={a.byTier}
                name={(r) => TIER_LABELS[r.key ?? ""] ?? r.key}
                testId="by-tier"
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>By campaign</CardTitle>
              {a.campaignCount > a.byCampaign.length || allCampaigns ? (
                <CardDescription data-testid="by-campaign-count">
                  {a.campaignCount > a.byCampaign.length
                    ? `The ${a.byCampaign.length} campaigns with the most impressions, of ${a.campaignCount.toLocaleString("en-US")} in this period.`
                    : `All ${a.campaignCount.toLocaleString("en-US")} campaigns in this period, most impressions first.`}{" "}
                  The CSV export lists every one.
                </CardDescription>
              ) : null}
            </CardHeader>
            <CardContent className="grid gap-3">
              <KpiTable
                caption="KPIs by campaign"
                nameHeader="Campaign"
                rows={a.byCampaign}
                testId="by-campaign"
                name={(r) => (
                  <IntentLink className="underline-offset-2 hover:underline" href={`/w/${workspace.slug}/campaigns/${r.key}`}>
                    {names.get(r.key)}
                  </IntentLink>
                )}
              />
              {a.campaignCount > a.byCampaign.length ? (
                <div>
                  <IntentLink
                    className={buttonVariants({ variant: "outline", size: "sm" })}
                    href={`${base}?${query}&campaigns=all`}
                    scroll={false}
                    data-testid="by-campaign-all"
                  >
                    Show all {a.campaignCount.toLocaleString("en-US")} campaigns
                  </IntentLink>
                </div>
              ) : allCampaigns && a.campaignCount > CAMPAIGNS_SHOWN ? (
                <div>
                  <IntentLink className={buttonVariants({ variant: "outline", size: "sm" })} href={`${base}?${query}`} scroll={false}>
                    Show the first {CAMPAIGNS_SHOWN}
                  </IntentLink>
                </div>
              ) : null}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>By platform</CardTitle>
            </CardHeader>
            <CardContent>
              <KpiTable
                caption="KPIs by platform"
                nameHeader="Platform"
                rows={a.byPlatform}
                testId="by-platform"
                name={(r) => PLATFORM_LABELS[r.key as keyof typeof PLATFORM_LABELS] ?? r.key}
              />
            </CardContent>
          </Card>
          <TopCreators slug={workspace.slug} byRoi={a.topByRoi} byErr={a.topByErr} minReach={MIN_REACH_TO_RANK} />
          <div>
            <a
              className={buttonVariants({ variant: "outline", size: "sm" })}
              href={`/api/w/${workspace.slug}/analytics/export?${query}`}
              download
            >
              Export CSV
            </a>
          </div>
        </div>
      )}
    </>
  );
}
