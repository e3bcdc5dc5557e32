"use client";

// Create or edit a campaign: name, goal, KPIs with targets, industry, budget, dates, hashtag, handles,
// approved claims, jurisdiction. Field-level errors come back from the server action.
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { createCampaignAction, updateCampaignAction } from "@/app/(app)/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { CAMPAIGN_GOALS, GOAL_LABELS, INDUSTRIES, KPI_METRICS, type CampaignGoal, type KpiMetric } from "@/lib/campaigns/labels";

export type CampaignFormValues = {
  name: string;
  goal: CampaignGoal;
  kpis: { metric: string; target: number }[];
  industry: string | null;
  budget: number | null;
  currency: string;
  startDate: string | null;
  endDate: string | null;
  hashtag: string | null;
  brandHandles: string[];
  approvedClaims: string[];
  jurisdiction: string;
};

/** The labels on screen, for the error summary above the form. */
const FIELD_LABELS: Record<string, string> = {
  name: "Campaign name",
  goal: "Goal",
  industry: "Industry",
  budget: "Budget",
  currency: "Currency",
  startDate: "Start date",
  endDate: "End date",
  jurisdiction: "Disclosure rules",
  hashtag: "Campaign hashtag",
  brandHandles: "Brand handles",
  approvedClaims: "Approved claims",
};

const splitList = (v: string) =>
  v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function CampaignForm({ slug, campaignId, initial }: { slug: string; campaignId?: string; initial?: CampaignFormValues }) {
  const router = useRouter();
  const [name, setName] = useState(initial?.name ?? "");
  const [goal, setGoal] = useState<CampaignGoal>(initial?.goal ?? "awareness");
  const [kpis, setKpis] = useState<{ metric: KpiMetric; target: string }[]>(
    (initial?.kpis ?? [{ metric: "err", target: 3 }]).map((k) => ({ metric: k.metric as KpiMetric, target: String(k.target) })),
  );
  const [industry, setIndustry] = useState(initial?.industry ?? "");
  const [budget, setBudget] = useState(initial?.budget === null || initial?.budget === undefined ? "" : String(initial.budget));
  const [currency, setCurrency] = useState(initial?.currency ?? "USD");
  const [startDate, setStartDate] = useState(initial?.startDate ?? "");
  const [endDate, setEndDate] = useState(initial?.endDate ?? "");
  const [hashtag, setHashtag] = useState(initial?.hashtag ?? "");
  const [handles, setHandles] = useState((initial?.brandHandles ?? []).join(", "));
  const [claims, setClaims] = useState((initial?.approvedClaims ?? []).join("\n"));
  const [jurisdiction, setJurisdiction] = useState(initial?.jurisdiction ?? "US");
  const labels: Record<string, string> = {
    ...FIELD_LABELS,
    ...Object.fromEntries(
      kpis.flatMap((_, i) => [
        [`kpis.${i}.metric`, `KPI ${i + 1}`],
        [`kpis.${i}.target`, `KPI ${i + 1} target`],
      ]),
    ),
  };
  const create = useAction(createCampaignAction, labels);
  const update = useAction(updateCampaignAction, labels);
  const { pending, error, fieldErrors } = campaignId ? update : create;

  function submit() {
    const input = {
      name,
      goal,
      kpis: kpis.filter((k) => k.target.trim() !== "").map((k) => ({ metric: k.metric, target: Number(k.target) })),
      industry,
      budget: budget.trim() === "" ? null : Number(budget),
      currency,
      startDate,
      endDate,
      hashtag,
      brandHandles: splitList(handles),
      approvedClaims: claims
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean),
      jurisdiction: jurisdiction as "US" | "UK",
    };
    if (campaignId) update.run([slug, { campaignId, ...input }], () => router.push(`/w/${slug}/campaigns/${campaignId}`));
    else create.run([slug, input], (d) => router.push(`/w/${slug}/campaigns/${d.campaignId}/brief`));
  }

  return (
    <form
      method="post"
      className="grid gap-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Campaign name" error={fieldErrors.name}>
          <Input value={name} onChange={(e) => setName(e.target.value)} placeholder="Spring glow launch" required />
        </Field>
        <Field label="Goal" error={fieldErrors.goal}>
          <NativeSelect value={goal} onChange={(e) => setGoal(e.target.value as CampaignGoal)}>
            {CAMPAIGN_GOALS.map((g) => (
              <option key={g} value={g}>
                {GOAL_LABELS[g]}
              </option>
            ))}
          </NativeSelect>
        </Field>
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">KPIs and targets</legend>
        {kpis.map((k, i) => (
          <div key={i} className="grid grid-cols-[1fr_7rem_auto] items-end gap-2">
            <Field label={`KPI ${i + 1}`} error={fieldErrors[`kpis.${i}.metric`]}>
              <NativeSelect
                value={k.metric}
                onChange={(e) => setKpis(kpis.map((x, j) => (j === i ? { ...x, metric: e.target.value as KpiMetric } : x)))}
              >
                {(Object.keys(KPI_METRICS) as KpiMetric[]).map((m) => (
                  <option key={m} value={m}>
                    {KPI_METRICS[m].label}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label={`Target${KPI_METRICS[k.metric].unit === "%" ? " (%)" : ""}`} error={fieldErrors[`kpis.${i}.target`]}>
              <Input
                inputMode="decimal"
                value={k.target}
                onChange={(e) => setKpis(kpis.map((x, j) => (j === i ? { ...x, target: e.target.value } : x)))}
              />
            </Field>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={`Remove KPI ${i + 1}`}
              onClick={() => setKpis(kpis.filter((_, j) => j !== i))}
            >
              <Trash2 />
            </Button>
          </div>
        ))}
        <div>
          <Button type="button" variant="outline" size="sm" onClick={() => setKpis([...kpis, { metric: "ctr", target: "" }])}>
            <Plus /> Add KPI
          </Button>
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Industry" hint="Sets the CTR benchmark." error={fieldErrors.industry}>
          <NativeSelect value={industry} onChange={(e) => setIndustry(e.target.value)}>
            <option value="">Not set</option>
            {INDUSTRIES.map((i) => (
              <option key={i.value} value={i.value}>
                {i.label}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Budget" error={fieldErrors.budget}>
          <Input inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} placeholder="5000" />
        </Field>
        <Field label="Currency" error={fieldErrors.currency}>
          <Input value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value.toUpperCase())} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Start date" error={fieldErrors.startDate}>
          <Input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </Field>
        <Field label="End date" error={fieldErrors.endDate}>
          <Input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </Field>
        <Field label="Disclosure rules" hint="Which rule set drafts are checked against." error={fieldErrors.jurisdiction}>
          <NativeSelect value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value)}>
            <option value="US">US (FTC)</option>
            <option value="UK">UK (ASA/CMA)</option>
          </NativeSelect>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Campaign hashtag" error={fieldErrors.hashtag}>
          <Input value={hashtag} onChange={(e) => setHashtag(e.target.value)} placeholder="#GlowUpSpring" />
        </Field>
        <Field label="Brand handles" hint="Comma-separated, e.g. @glowlabs, @glowlabs_uk" error={fieldErrors.brandHandles}>
          <Input value={handles} onChange={(e) => setHandles(e.target.value)} />
        </Field>
      </div>
      <Field
        label="Approved claims"
        hint="One per line. Drafts making other health or result claims are flagged."
        error={fieldErrors.approvedClaims}
      >
        <Textarea
          rows={3}
          value={claims}
          onChange={(e) => setClaims(e.target.value)}
          placeholder="Hydrates for 24 hours (clinical study, 2025)"
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : campaignId ? "Save campaign" : "Create campaign"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
