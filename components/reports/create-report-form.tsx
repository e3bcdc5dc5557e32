"use client";

// New client report: a campaign (or the whole workspace over dates), a title, the sections, a comment
// for the client, and live or frozen numbers. On success, opens the report to share it.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { createReportAction } from "@/app/(app)/actions/reports";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import {
  REPORT_MODE_LABELS,
  REPORT_MODES,
  REPORT_SECTION_LABELS,
  REPORT_SECTIONS,
  type ReportMode,
  type ReportSection,
} from "@/lib/reports/labels";

const LABELS = {
  title: "Title",
  campaignId: "Campaign",
  from: "From",
  to: "To",
  sections: "Sections",
  comment: "Comment",
  mode: "Numbers",
};

export function CreateReportForm({
  slug,
  campaigns,
  initialCampaignId,
}: {
  slug: string;
  campaigns: { id: string; name: string }[];
  initialCampaignId: string | null;
}) {
  const router = useRouter();
  const initial = campaigns.find((c) => c.id === initialCampaignId) ?? null;
  const [campaignId, setCampaignId] = useState(initial?.id ?? "");
  const [title, setTitle] = useState(initial ? `${initial.name} — results` : "");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [sections, setSections] = useState<ReportSection[]>([...REPORT_SECTIONS]);
  const [comment, setComment] = useState("");
  const [mode, setMode] = useState<ReportMode>("live");
  const create = useAction(createReportAction, LABELS);

  return (
    <form
      method="post"
      className="grid gap-4"
      data-testid="create-report"
      onSubmit={(e) => {
        e.preventDefault();
        create.run([slug, { title, campaignId, from, to, sections, comment, mode }], (r) => router.push(`/w/${slug}/reports/${r.id}`));
      }}
    >
      {create.error ? <Alert tone="error">{create.error}</Alert> : null}
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label="Campaign" error={create.fieldErrors.campaignId} hint="Or the whole workspace over the dates below.">
          <NativeSelect
            value={campaignId}
            onChange={(e) => {
              const c = campaigns.find((x) => x.id === e.target.value);
              if (c && (!title || campaigns.some((x) => title === `${x.name} — results`))) setTitle(`${c.name} — results`);
              setCampaignId(e.target.value);
            }}
          >
            <option value="">Whole workspace (date range)</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Title" error={create.fieldErrors.title}>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} required />
        </Field>
        <Field label="From" error={create.fieldErrors.from} hint={campaignId ? "Optional: posts published from this day." : "Required."}>
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="To" error={create.fieldErrors.to} hint={campaignId ? "Optional: numbers as of the end of this day." : "Required."}>
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Sections</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {REPORT_SECTIONS.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={sections.includes(s)}
                onChange={(e) => setSections((cur) => (e.target.checked ? [...cur, s] : cur.filter((x) => x !== s)))}
              />
              {REPORT_SECTION_LABELS[s]}
            </label>
          ))}
        </div>
        {create.fieldErrors.sections ? <p className="text-xs font-medium text-destructive">{create.fieldErrors.sections[0]}</p> : null}
      </fieldset>
      <Field label="Comment" error={create.fieldErrors.comment} hint="Shown to the client in the “Your comment” section.">
        <Textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={5000} rows={4} />
      </Field>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Numbers</legend>
        {REPORT_MODES.map((m) => (
          <label key={m} className="flex items-center gap-2 text-sm">
            <input type="radio" name="mode" className="size-4" checked={mode === m} onChange={() => setMode(m)} />
            {REPORT_MODE_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={create.pending}>
          {create.pending ? "Creating…" : "Create report"}
        </Button>
      </div>
    </form>
  );
}
