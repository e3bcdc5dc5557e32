import { Users } from "lucide-react";
import type { Metadata } from "next";

import { ActivateCampaign } from "@/components/campaigns/activate-campaign";
import { AddInfluencers } from "@/components/campaigns/add-influencers";
import { BudgetCard } from "@/components/campaigns/budget-card";
import { CampaignTabs } from "@/components/campaigns/campaign-tabs";
import { CollaborationsList } from "@/components/campaigns/collaborations-list";
import { CampaignClicks } from "@/components/tracking/campaign-clicks";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { HydrateLater } from "@/components/ui/hydrate-later";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { scoreBrief } from "@/lib/briefs";
import { shouldOfferActivation } from "@/lib/campaigns/activation";
import { campaignBudget } from "@/lib/campaigns/budget-data";
import { CAMPAIGN_STATUS_LABELS, GOAL_LABELS, INDUSTRIES, KPI_METRICS, type KpiMetric } from "@/lib/campaigns/schemas";
import { listCampaignCollaborations } from "@/lib/collaborations/queries";
import { CTR_BENCHMARKS, formatPercent, isCtrIndustry } from "@/lib/metrics";
import { zonedDay } from "@/lib/time-zone";

import { loadCampaignPage } from "../load";

type Props = { params: Promise<{ workspaceSlug: string; campaignId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspaceSlug, campaignId } = await params;
  return { title: (await loadCampaignPage(workspaceSlug, campaignId, "campaigns.read")).campaign.name };
}

export default async function Page({ params }: Props) {
  const { workspaceSlug, campaignId } = await params;
  const { workspace, role, campaign: c } = await loadCampaignPage(workspaceSlug, campaignId, "campaigns.read");
  const [rows, budget] = await Promise.all([listCampaignCollaborations(workspace.id, c.id), campaignBudget(workspace.id, c)]);
  const canWrite = can(role, "campaigns.write");
  const score = scoreBrief(c.brief).score;
  const industry = INDUSTRIES.find((i) => i.value === c.industry)?.label ?? c.industry;
  const bench = c.industry && isCtrIndustry(c.industry) ? CTR_BENCHMARKS[c.industry] : null;
  const livePosts = rows.filter((r) => r.status === "live" || r.status === "completed").length;
  const offerActivation = canWrite && shouldOfferActivation({ ...c, livePosts, today: zonedDay(new Date(), workspace.timeZone) });
  return (
    <>
      <PageHeader
        title={c.name}
        description={
          <>
            {GOAL_LABELS[c.goal]} · <Badge variant="outline">{CAMPAIGN_STATUS_LABELS[c.status]}</Badge>
            {c.startDate || c.endDate ? ` · ${c.startDate ?? "…"} → ${c.endDate ?? "…"}` : ""}
            {c.hashtag ? ` · ${c.hashtag}` : ""}
          </>
        }
        actions={
          can(role, "reports.manage") ? (
            <IntentLink
              className="text-sm font-medium text-primary underline underline-offset-4"
              href={`/w/${workspace.slug}/reports?campaign=${c.id}#new`}
            >
              Create report
            </IntentLink>
          ) : null
        }
      />
      <CampaignTabs slug={workspace.slug} campaignId={c.id} current="overview" canWrite={canWrite} />
      {c.briefVersion === 0 ? (
        <Alert tone="warning" className="mb-4">
          The brief hasn’t been sent yet (completeness {score}/100).{" "}
          <IntentLink className="font-medium underline underline-offset-4" href={`/w/${workspace.slug}/campaigns/${c.id}/brief`}>
            Finish and send the brief
          </IntentLink>{" "}
          before creating invite links.
        </Alert>
      ) : null}
      {offerActivation ? <ActivateCampaign slug={workspace.slug} campaignId={c.id} livePosts={livePosts} /> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
        <div className="grid gap-6">
          <section aria-labelledby="collabs" className="grid gap-3">
            <h2 id="collabs" className="text-base font-semibold">
              Influencers ({rows.length})
            </h2>
            {rows.length ? (
              <HydrateLater>
                <CollaborationsList slug={workspace.slug} campaignId={c.id} rows={rows} canWrite={canWrite} timeZone={workspace.timeZone} />
              </HydrateLater>
            ) : (
              <EmptyState icon={<Users />} title="Nobody invited yet">
                Add influencers from your roster, a list, or by name and handle. Each gets a private link to the brief.
              </EmptyState>
            )}
          </section>
          <CampaignClicks
            workspaceId={workspace.id}
            slug={workspace.slug}
            campaignId={c.id}
            timeZone={workspace.timeZone}
            canSeeConversions={can(role, "analytics.read")}
          />
          {canWrite ? (
            <HydrateLater>
              <AddInfluencers
                slug={workspace.slug}
                campaignId={c.id}
                currency={c.currency}
                budgetMinor={c.budgetMinor}
                rateCard={budget.rateCard}
                collaborations={budget.collaborations}
                briefDeliverables={c.brief.deliverables.map((d) => ({ platform: d.platform, count: d.count }))}
              />
            </HydrateLater>
          ) : null}
        </div>
        <div className="grid gap-6">
          <BudgetCard plan={budget.plan} customRateCard={budget.customRateCard} />
          <Card>
            <CardHeader>
              <CardTitle>Goals and KPIs</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-2 text-sm">
              {c.kpis.length ? (
                <ul className="grid gap-1">
                  {c.kpis.map((k, i) => {
                    const meta = KPI_METRICS[k.metric as KpiMetric];
                    return (
                      <li key={i} className="flex justify-between gap-2">
                        <span className="text-muted-foreground">{meta?.label ?? k.metric}</span>
                        <span className="font-medium tabular-nums">
                          ≥ {meta?.unit === "%" ? formatPercent(k.target, 1) : k.target.toLocaleString("en-US")}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="text-muted-foreground">No KPIs set.</p>
              )}
              {industry ? (
                <p className="text-xs text-muted-foreground">
                  Industry: {industry}
                  {bench ? ` — CTR benchmark ${formatPercent(bench.low, 1)}–${formatPercent(bench.high, 1)} (seed)` : ""}
                </p>
              ) : null}
              {c.approvedClaims.length ? (
                <p className="text-xs text-muted-foreground">Approved claims: {c.approvedClaims.join("; ")}</p>
              ) : null}
              <p className="text-xs text-muted-foreground">Disclosure rules: {c.jurisdiction === "UK" ? "UK (ASA/CMA)" : "US (FTC)"}</p>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
