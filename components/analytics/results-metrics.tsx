// The Results tab's headline figures: KPI cards against the campaign's targets, then ERR (with the
// seed's bands), CTR (against the industry range), the cost and return rates and EMV (an estimate),
// each with its formula and inputs one click away.
import type { CampaignResults } from "@/lib/analytics/campaign-types";
import {
  ERR_THRESHOLDS,
  formatCount,
  formatExact,
  formatMoney,
  formatPercent,
  METRIC_FORMULAS,
  STORY_COMPLETION_STRONG,
} from "@/lib/metrics";

import { byUnit } from "./format";
import { MetricCard, type FormulaInput, type Verdict } from "./metric-card";

const KPI_TONE = { met: "success", "on track": "default", behind: "warning" } as const;

const count = (n: number | null) => (n === null ? "—" : formatExact(Math.round(n)));

export function KpiCards({ results }: { results: CampaignResults }) {
  const { kpis, campaign } = results;
  if (kpis.length === 0) return null;
  return (
    <section aria-labelledby="kpi-heading" className="grid gap-3">
      <h2 id="kpi-heading" className="text-base font-semibold">
        Targets
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {kpis.map((k) => {
          const unit = k.unit === "%" ? "%" : "count";
          return (
            <MetricCard
              key={k.metric}
              id={`kpi-${k.metric}`}
              title={k.label}
              value={k.actual === null ? null : byUnit(k.actual, unit, campaign.currency)}
              missing={k.missing}
              verdict={
                k.status
                  ? { label: k.status === "met" ? "Met" : k.status === "on track" ? "On track" : "Behind", tone: KPI_TONE[k.status] }
                  : null
              }
              benchmark={`Target ≥ ${byUnit(k.target, unit, campaign.currency)}`}
              formula={k.formula}
              inputs={[
                ...k.inputs.map((i) => ({ label: i.label, value: count(i.value), note: i.note })),
                { label: "Target", value: byUnit(k.target, unit, campaign.currency) },
              ]}
            />
          );
        })}
      </div>
    </section>
  );
}

function errVerdict(rating: CampaignResults["errRating"]): Verdict | null {
  if (rating === "exceptional") return { label: "Exceptional", tone: "success" };
  if (rating === "solid") return { label: "Solid", tone: "success" };
  if (rating === "below") return { label: "Below 2 %", tone: "warning" };
  return null;
}

export function RateCards({ results }: { results: CampaignResults }) {
  const { report, campaign, ctrBenchmark } = results;
  const t = report.totals;
  const r = report.rates;
  const m = report.missing;
  const cur = campaign.currency;
  const reported = report.reported;
  const cost = reported.cost ? formatMoney(t.cost, cur) : "—";
  const revenue = reported.revenue ? formatMoney(t.revenue, cur) : "—";
  const impressionsKnown = reported.impressions + report.impressionsFromViews > 0;
  const impressions: FormulaInput = {
    label: "Impressions",
    value: impressionsKnown ? formatCount(t.impressions) : "—",
    note: report.impressionsFromViews ? `${report.impressionsFromViews} post(s) report views in place of impressions` : undefined,
  };
  const clicksNote =
    results.clicksSource === "tracking"
      ? "our tracking-link clicks by people (bots excluded)"
      : results.clicksSource === "platform"
        ? "clicks reported by the platform (no tracking links)"
        : results.clicksSource === "mixed"
          ? "tracking-link clicks where a creator has links, else platform-reported"
          : undefined;
  const clicks: FormulaInput = {
    label: "Clicks",
    value: reported.clicks || results.clicksSource ? formatExact(t.clicks) : "—",
    note: clicksNote,
  };
  const costInput: FormulaInput = { label: "Cost (fees + product value, live creators)", value: cost };
  const engagements: FormulaInput = {
    label: "Engagements (likes + comments + saves + shares)",
    value: formatExact(t.engagements),
  };
  const ctrVerdict: Verdict | null =
    ctrBenchmark?.comparison === "above"
      ? { label: "Above range", tone: "success" }
      : ctrBenchmark?.comparison === "within"
        ? { label: "Within range", tone: "success" }
        : ctrBenchmark?.comparison === "below"
          ? { label: "Below range", tone: "warning" }
          : null;
  const money = (v: number | null) => (v === null ? null : formatMoney(v, cur));
  return (
    <section aria-labelledby="rates-heading" className="grid gap-3">
      <h2 id="rates-heading" className="text-base font-semibold">
        Performance
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        <MetricCard
          id="err"
          title={METRIC_FORMULAS.engagementRateByReach.label}
          value={r.engagementRateByReach === null ? null : formatPercent(r.engagementRateByReach, 2)}
          missing={m.engagementRateByReach}
          verdict={errVerdict(results.errRating)}
          benchmark={`Seed: ≥ ${ERR_THRESHOLDS.solid} % solid, ≥ ${ERR_THRESHOLDS.exceptional} % exceptional`}
          formula={METRIC_FORMULAS.engagementRateByReach.formula}
          inputs={[
            { label: "Likes", value: formatExact(t.likes) },
            { label: "Comments", value: formatExact(t.comments) },
            { label: "Saves", value: formatExact(t.saves) },
            {
              label: "Reach",
              value: reported.reach ? formatExact(t.reach) : "—",
              note: `${reported.reach} of ${report.posts} posts reported reach`,
            },
          ]}
        />
        <MetricCard
          id="ctr"
          title={METRIC_FORMULAS.ctr.label}
          value={r.ctr === null ? null : formatPercent(r.ctr, 2)}
          missing={m.ctr}
          verdict={ctrVerdict}
          benchmark={
            ctrBenchmark
              ? `Seed, ${ctrBenchmark.industry.replace("_", " & ")}: ${formatPercent(ctrBenchmark.low, 1)}–${formatPercent(ctrBenchmark.high, 1)}`
              : "No industry benchmark for this campaign’s industry"
          }
          formula={METRIC_FORMULAS.ctr.formula}
          inputs={[clicks, impressions]}
        >
          {clicksNote ? <p className="text-xs text-muted-foreground">Clicks: {clicksNote}.</p> : null}
        </MetricCard>
        <MetricCard
          id="cpm"
          title={METRIC_FORMULAS.cpm.label}
          value={money(r.cpm)}
          missing={m.cpm}
          benchmark="Seed case: $5.13 CPM on 3,414,400 impressions"
          formula={METRIC_FORMULAS.cpm.formula}
          inputs={[costInput, impressions]}
        />
        <MetricCard
          id="cpe"
          title={METRIC_FORMULAS.cpe.label}
          value={money(r.cpe)}
          missing={m.cpe}
          formula={METRIC_FORMULAS.cpe.formula}
          inputs={[costInput, engagements]}
        />
        <MetricCard
          id="cpc"
          title={METRIC_FORMULAS.cpc.label}
          value={money(r.cpc)}
          missing={m.cpc}
          formula={METRIC_FORMULAS.cpc.formula}
          inputs={[costInput, clicks]}
        />
        <MetricCard
          id="cpa"
          title={METRIC_FORMULAS.cpa.label}
          value={money(r.cpa)}
          missing={m.cpa}
          formula={METRIC_FORMULAS.cpa.formula}
          inputs={[
            costInput,
            { label: "Orders (attributed: click, else code)", value: reported.conversions ? formatExact(t.conversions) : "—" },
          ]}
        />
        <MetricCard
          id="roi"
          title={METRIC_FORMULAS.roi.label}
          value={r.roi === null ? null : formatPercent(r.roi, 1)}
          missing={m.roi}
          formula={METRIC_FORMULAS.roi.formula}
          inputs={[{ label: "Revenue (net of refunds)", value: revenue }, costInput]}
        />
        <MetricCard
          id="roas"
          title={METRIC_FORMULAS.roas.label}
          value={r.roas === null ? null : `${r.roas.toFixed(2)}×`}
          missing={m.roas}
          formula={METRIC_FORMULAS.roas.formula}
          inputs={[{ label: "Revenue (net of refunds)", value: revenue }, costInput]}
        />
        <MetricCard
          id="emv"
          title={METRIC_FORMULAS.emv.label}
          value={results.emv === null ? null : formatMoney(results.emv, cur)}
          missing={results.emvMissing}
          estimate
          benchmark="An estimate: what the impressions would have cost as ads. Disputed in the industry."
          formula="impressions × $5.13 ÷ 1,000 (the seed case’s CPM)"
          inputs={[impressions, { label: "CPM assumed", value: "$5.13" }]}
        />
        <MetricCard
          id="story"
          title={METRIC_FORMULAS.storyCompletionRate.label}
          value={results.storyCompletion === null ? null : formatPercent(results.storyCompletion, 1)}
          missing={results.storyCompletion === null ? "no story frame views reported" : null}
          verdict={
            results.storyCompletion === null
              ? null
              : results.storyCompletion >= STORY_COMPLETION_STRONG
                ? { label: "Strong", tone: "success" }
                : { label: "Below 70 %", tone: "warning" }
          }
          benchmark="Seed: 70 % or more is strong"
          formula="Σ views of last frames ÷ Σ views of first frames × 100"
          inputs={results.stories.map((s) => ({
            label: `${s.influencerName}: first → last frame`,
            value: `${formatExact(s.frames[0] ?? 0)} → ${formatExact(s.frames.at(-1) ?? 0)}`,
          }))}
        />
      </div>
    </section>
  );
}
