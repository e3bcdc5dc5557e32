// The campaign's Results tab: did the campaign work, by the seed's measures, with every number
// explained (formulas and inputs one click away). Data entry stays on the Metrics tab.
import { BarChart3 } from "lucide-react";
import type { Metadata } from "next";

import { ContentGallery } from "@/components/analytics/content-gallery";
import { CreatorsTable } from "@/components/analytics/creators-table";
import { DailyCorrectionsNote } from "@/components/analytics/daily-corrections-note";
import { money } from "@/components/analytics/format";
import { KpiCards, RateCards } from "@/components/analytics/results-metrics";
import { StoryFrames } from "@/components/analytics/story-frames";
import { CampaignTabs } from "@/components/campaigns/campaign-tabs";
import { DailyResultsChart } from "@/components/charts/daily-results-chart";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { loadCampaignResults } from "@/lib/analytics/campaign";
import { parseCreatorSort, sortCreators } from "@/lib/analytics/creators-table";
import { can } from "@/lib/auth/permissions";
import { formatCount } from "@/lib/metrics";

import { loadCampaignPage, orNotFound } from "../../load";

type Props = {
  params: Promise<{ workspaceSlug: string; campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspaceSlug, campaignId } = await params;
  return { title: `Results · ${(await loadCampaignPage(workspaceSlug, campaignId, "analytics.read")).campaign.name}` };
}

export default async function Page({ params, searchParams }: Props) {
  const { workspaceSlug, campaignId } = await params;
  const sp = await searchParams;
  const { workspace, role, campaign: c } = await loadCampaignPage(workspaceSlug, campaignId, "analytics.read");
  const results = await orNotFound(loadCampaignResults({ workspaceId: workspace.id, campaignId: c.id, timeZone: workspace.timeZone }));
  const { key, dir } = parseCreatorSort({ sort: sp.sort, dir: sp.dir });
  const base = `/w/${workspace.slug}/campaigns/${c.id}`;
  const { report } = results;
  const notLive = results.creators.filter((r) => r.live === "not live yet" && r.cost);
  return (
    <>
      <PageHeader
        title={c.name}
        description={`Results from ${results.period.from} to ${results.period.to} (${results.period.timeZone}). Each post counts with its latest numbers.`}
      />
      <CampaignTabs slug={workspace.slug} campaignId={c.id} current="results" canWrite={can(role, "campaigns.write")} />
      {report.posts === 0 ? (
        <EmptyState
          icon={<BarChart3 />}
          title="No live posts yet"
          action={
            <IntentLink className="text-sm font-medium underline underline-offset-4" href={`${base}/metrics`}>
              Go to Metrics
            </IntentLink>
          }
        >
          Results appear once a creator’s post is live and has numbers: add the post and its metrics on the Metrics tab, import a CSV, or
          ask the creator to report them in their portal.
        </EmptyState>
      ) : (
        <div className="grid min-w-0 gap-8 [&>*]:min-w-0" data-testid="results-blocks">
          {/* Only with a notice: an empty block would still take a row and its gap (32 px under the tabs). */}
          {results.currencyNotices.length || notLive.length ? (
            <div className="grid gap-2">
              {results.currencyNotices.length ? (
                <Alert tone="warning">
                  Amounts in another currency than {results.campaign.currency} are not converted or added:{" "}
                  {results.currencyNotices.map((n) => `${n.what} ${money(n.amount)}`).join(", ")}. Cost-based rates show “—”.
                </Alert>
              ) : null}
              {notLive.length ? (
                <Alert>
                  {notLive.length} creator{notLive.length === 1 ? " is" : "s are"} not live yet ({money(results.money.notLiveYetCost)} in
                  fees): not counted in cost, CPM or ROI until their first post.
                </Alert>
              ) : null}
            </div>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>At a glance</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-3 lg:grid-cols-6">
                {[
                  ["Live posts", `${report.posts}`, `${report.postsWithMetrics} with numbers`],
                  [
                    "Impressions",
                    report.reported.impressions + report.impressionsFromViews ? formatCount(report.totals.impressions) : "—",
                    report.impressionsFromViews ? "views where no impressions" : "",
                  ],
                  ["Reach", report.reported.reach ? formatCount(report.totals.reach) : "—", `Σ per post, not unique`],
                  ["Engagements", formatCount(report.totals.engagements), "likes, comments, saves, shares"],
                  ["Cost", money(results.money.cost), results.campaign.budget ? `budget ${money(results.campaign.budget)}` : ""],
                  ["Revenue", money(results.money.revenue), `${report.totals.conversions.toLocaleString("en-US")} orders`],
                ].map(([label, value, note]) => (
                  <div key={label} className="grid gap-0.5">
                    <dt className="text-xs text-muted-foreground">{label}</dt>
                    <dd className="text-lg font-semibold tabular-nums">{value}</dd>
                    {note ? <dd className="text-xs text-muted-foreground">{note}</dd> : null}
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
          <KpiCards results={results} />
          <RateCards results={results} />
          <section aria-labelledby="over-time" className="grid gap-3">
            <h2 id="over-time" className="text-base font-semibold">
              Over time
            </h2>
            <div className="grid gap-4 lg:grid-cols-2">
              <Card>
                <CardHeader>
                  <CardTitle className="text-sm">Impressions</CardTitle>
                </CardHeader>
                <CardContent>
                  <DailyResultsChart
                    testId="chart-impressions"
                    label="Impressions by day: running total and new"
                    names={["Total impressions (left axis)", "New that day (right axis)"]}
                    kind="total"
                    series={results.daily.map((d) => ({ date: d.date, a: d.impressionsTotal, b: d.impressions }))}
                  />
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle className="text-sm">Engagements</CardTitle>
                </CardHeader>
                <CardContent>
                  <DailyResultsChart
                    testId="chart-engagements"
                    label="Engagements by day: running total and new"
                    names={["Total engagements (left axis)", "New that day (right axis)"]}
                    kind="total"
                    series={results.daily.map((d) => ({ date: d.date, a: d.engagementsTotal, b: d.engagements }))}
                  />
                </CardContent>
              </Card>
              <Card className="lg:col-span-2">
                <CardHeader>
                  <CardTitle className="text-sm">Clicks and orders</CardTitle>
                </CardHeader>
                <CardContent>
                  <DailyResultsChart
                    testId="chart-clicks"
                    label="Clicks and orders by day"
                    names={["Clicks (left axis)", "Orders (right axis)"]}
                    kind="bars"
                    series={results.daily.map((d) => ({ date: d.date, a: d.clicks, b: d.conversions }))}
                  />
                </CardContent>
              </Card>
            </div>
            <p className="text-xs text-muted-foreground">
              Snapshots are running totals: each day shows every post’s latest numbers as of that day, carried forward until the next
              snapshot.
            </p>
            <DailyCorrectionsNote daily={results.daily} />
          </section>
          <StoryFrames stories={results.stories} />
          <CreatorsTable
            rows={sortCreators(results.creators, key, dir)}
            sort={key}
            dir={dir}
            baseHref={`${base}/results`}
            exportHref={`/api/w/${workspace.slug}/campaigns/${c.id}/results/export?sort=${key}&dir=${dir}`}
          />
          <ContentGallery posts={results.gallery} filesBase={`/api/w/${workspace.slug}/files`} />
        </div>
      )}
    </>
  );
}
