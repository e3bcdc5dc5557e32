"use client";

// The brief builder: structured fields with the completeness score (scoreBrief) updated while typing.
// "Save" keeps the working copy; "Send brief" freezes a version the influencers see. Editing after a
// send and sending again creates a new version; the portal shows what changed.
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { saveBriefAction, sendBriefAction } from "@/app/(app)/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { defaultDisclosureRequirements } from "@/lib/briefs/disclosure";
import type { Brief } from "@/lib/briefs/schema";
import { scoreBrief } from "@/lib/briefs/score";
import {
  DELIVERABLE_TYPE_LABELS,
  DELIVERABLE_TYPES,
  PLATFORM_LABELS,
  PLATFORMS,
  type DeliverableType,
  type Platform,
} from "@/lib/vocabulary";

const toLines = (v: string) => v.split("\n");
const fromLines = (v: string[]) => v.join("\n");

export function BriefBuilder({
  slug,
  campaignId,
  initial,
  version,
  jurisdiction,
  brand,
}: {
  slug: string;
  campaignId: string;
  initial: Brief;
  version: number;
  jurisdiction: "US" | "UK";
  brand: string;
}) {
  const router = useRouter();
  const [brief, setBrief] = useState<Brief>(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const save = useAction(saveBriefAction);
  const send = useAction(sendBriefAction);
  const { score, missing } = useMemo(() => scoreBrief(brief), [brief]);
  const set = <K extends keyof Brief>(key: K, value: Brief[K]) => {
    setBrief((b) => ({ ...b, [key]: value }));
    setDirty(true);
    setNotice(null);
  };
  const clean = (b: Brief): Brief => ({
    ...b,
    keyMessages: b.keyMessages.map((s) => s.trim()).filter(Boolean),
    dos: b.dos.map((s) => s.trim()).filter(Boolean),
    donts: b.donts.map((s) => s.trim()).filter(Boolean),
    links: b.links.filter((l) => l.url.trim() || l.label.trim()),
  });
  const error = save.error ?? send.error;
  const fieldErrors = { ...save.fieldErrors, ...send.fieldErrors };
  const fe = (k: string) => fieldErrors[`brief.${k}`];
  const pending = save.pending || send.pending;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem] lg:items-start">
      <form
        method="post"
        className="grid gap-5"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.run([slug, { campaignId, brief: clean(brief) }], () => {
            setDirty(false);
            setNotice("Brief saved. Influencers see it once you send it.");
          });
        }}
      >
        {error ? <Alert tone="error">{error}</Alert> : null}
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        <Field label="Campaign goals" error={fe("goals")}>
          <Textarea
            rows={2}
            value={brief.goals}
            onChange={(e) => set("goals", e.target.value)}
            placeholder="Launch the new SPF serum and drive 200 sales with code GLOW15"
          />
        </Field>
        <Field label="Target audience" error={fe("targetAudience")}>
          <Textarea
            rows={2}
            value={brief.targetAudience}
            onChange={(e) => set("targetAudience", e.target.value)}
            placeholder="Women 25–34 into clean skincare"
          />
        </Field>
        <Field label="Key messages" hint="One per line." error={fe("keyMessages")}>
          <Textarea rows={3} value={fromLines(brief.keyMessages)} onChange={(e) => set("keyMessages", toLines(e.target.value))} />
        </Field>
        <fieldset className="grid gap-3">
          <legend className="mb-1 text-sm font-medium">Deliverables</legend>
          {brief.deliverables.map((d, i) => (
            <div key={i} className="grid grid-cols-2 items-end gap-2 rounded-md border p-3 lg:grid-cols-[1fr_1fr_8rem_10rem_auto]">
              <Field label={`Type (deliverable ${i + 1})`}>
                <NativeSelect
                  value={d.type}
                  onChange={(e) =>
                    set(
                      "deliverables",
                      brief.deliverables.map((x, j) => (j === i ? { ...x, type: e.target.value as DeliverableType } : x)),
                    )
                  }
                >
                  {DELIVERABLE_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {DELIVERABLE_TYPE_LABELS[t]}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              <Field label={`Platform (deliverable ${i + 1})`}>
                <NativeSelect
                  value={d.platform ?? ""}
                  onChange={(e) =>
                    set(
                      "deliverables",
                      brief.deliverables.map((x, j) => (j === i ? { ...x, platform: (e.target.value || null) as Platform | null } : x)),
                    )
                  }
                >
                  <option value="">Not set</option>
                  {PLATFORMS.map((p) => (
                    <option key={p} value={p}>
                      {PLATFORM_LABELS[p]}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              <Field label={`Count (deliverable ${i + 1})`}>
                <Input
                  type="number"
                  min={0}
                  value={d.count}
                  onChange={(e) =>
                    set(
                      "deliverables",
                      brief.deliverables.map((x, j) => (j === i ? { ...x, count: Math.max(0, Number(e.target.value) || 0) } : x)),
                    )
                  }
                />
              </Field>
              <Field label={`Due date (deliverable ${i + 1})`}>
                <Input
                  type="date"
                  value={d.dueDate ?? ""}
                  onChange={(e) =>
                    set(
                      "deliverables",
                      brief.deliverables.map((x, j) => (j === i ? { ...x, dueDate: e.target.value || null } : x)),
                    )
                  }
                />
              </Field>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                aria-label={`Remove deliverable ${i + 1}`}
                onClick={() =>
                  set(
                    "deliverables",
                    brief.deliverables.filter((_, j) => j !== i),
                  )
                }
              >
                <Trash2 />
              </Button>
            </div>
          ))}
          <div>
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => set("deliverables", [...brief.deliverables, { type: "post", platform: "instagram", count: 1, dueDate: null }])}
            >
              <Plus /> Add deliverable
            </Button>
          </div>
        </fieldset>
        <Field label="Timeline" error={fe("timeline")}>
          <Textarea
            rows={2}
            value={brief.timeline}
            onChange={(e) => set("timeline", e.target.value)}
            placeholder="Drafts by May 2, approval within 3 days, posts go live May 8–15"
          />
        </Field>
        <Field label="Payment terms" error={fe("paymentTerms")}>
          <Textarea
            rows={2}
            value={brief.paymentTerms}
            onChange={(e) => set("paymentTerms", e.target.value)}
            placeholder="$300 plus the product, paid within 30 days of going live"
          />
        </Field>
        <Field
          label="Disclosure requirements"
          hint={
            <button
              type="button"
              className="text-primary underline underline-offset-4"
              onClick={() => set("disclosureRequirements", defaultDisclosureRequirements(jurisdiction, brand))}
            >
              Reset to the recommended {jurisdiction === "UK" ? "ASA/CMA" : "FTC"} text
            </button>
          }
          error={fe("disclosureRequirements")}
        >
          <Textarea rows={6} value={brief.disclosureRequirements} onChange={(e) => set("disclosureRequirements", e.target.value)} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Do's" hint="One per line." error={fe("dos")}>
            <Textarea rows={3} value={fromLines(brief.dos)} onChange={(e) => set("dos", toLines(e.target.value))} />
          </Field>
          <Field label="Don'ts" hint="One per line." error={fe("donts")}>
            <Textarea rows={3} value={fromLines(brief.donts)} onChange={(e) => set("donts", toLines(e.target.value))} />
          </Field>
        </div>
        <Field label="Creative freedom" error={fe("creativeFreedom")}>
          <Textarea
            rows={2}
            value={brief.creativeFreedom}
            onChange={(e) => set("creativeFreedom", e.target.value)}
            placeholder="Your tone, your format, your own words"
          />
        </Field>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Links and assets</legend>
          {brief.links.map((l, i) => (
            <div key={i} className="grid grid-cols-[1fr_2fr_auto] items-end gap-2">
              <Field label={`Link ${i + 1} label`}>
                <Input
                  value={l.label}
                  onChange={(e) =>
                    set(
                      "links",
                      brief.links.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)),
                    )
                  }
                />
              </Field>
              <Field label={`Link ${i + 1} URL`} error={fe(`links.${i}.url`)}>
                <Input
                  type="url"
                  value={l.url}
                  onChange={(e) =>
                    set(
                      "links",
                      brief.links.map((x, j) => (j === i ? { ...x, url: e.target.value } : x)),
                    )
                  }
                  placeholder="https://"
                />
              </Field>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                aria-label={`Remove link ${i + 1}`}
                onClick={() =>
                  set(
                    "links",
                    brief.links.filter((_, j) => j !== i),
                  )
                }
              >
                <Trash2 />
              </Button>
            </div>
          ))}
          <div>
            <Button type="button" variant="outline" size="sm" onClick={() => set("links", [...brief.links, { label: "", url: "" }])}>
              <Plus /> Add link
            </Button>
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="outline" disabled={pending}>
            {save.pending ? "Saving…" : "Save"}
          </Button>
          <Button
            type="button"
            disabled={pending}
            onClick={() =>
              send.run([slug, { campaignId, brief: clean(brief) }], (d) => {
                setDirty(false);
                setNotice(`Version ${d.version} sent. Influencers with a link see it now${d.version > 1 ? ", with what changed" : ""}.`);
                router.refresh();
              })
            }
          >
            {send.pending ? "Sending…" : version > 0 ? `Send as version ${version + 1}` : "Send brief"}
          </Button>
          {dirty ? <span className="self-center text-xs text-muted-foreground">Unsaved changes</span> : null}
        </div>
      </form>
      <Card className="lg:sticky lg:top-4">
        <CardHeader>
          <CardTitle>Completeness</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3" aria-live="polite">
          <div className="flex items-baseline gap-1">
            <span className="text-3xl font-semibold tabular-nums" data-testid="brief-score">
              {score}
            </span>
            <span className="text-sm text-muted-foreground">/ 100</span>
          </div>
          <div
            className="h-2 overflow-hidden rounded-full bg-muted"
            role="progressbar"
            aria-label="Brief completeness"
            aria-valuenow={score}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <div
              className={score === 100 ? "h-full bg-success" : score >= 70 ? "h-full bg-primary" : "h-full bg-warning"}
              style={{ width: `${score}%` }}
            />
          </div>
          {missing.length ? (
            <ul className="grid gap-1.5 text-sm">
              {missing.map((m, i) => (
                <li key={i} className="text-muted-foreground">
                  • {m.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm font-medium text-success">Nothing vague left. Ready to send.</p>
          )}
          <p className="text-xs text-muted-foreground">
            {version > 0 ? `Version ${version} is what influencers see now.` : "Not sent yet."}
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
