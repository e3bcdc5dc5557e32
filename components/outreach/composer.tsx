"use client";

// The composer: pick influencers and a template; each gets its own message, filled in from the
// template with the two personal fields asked per influencer, and checked live. The server checks
// again and records any override.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { queueMessagesAction } from "@/app/(app)/actions/outreach";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { renderTemplate, type MergeValues } from "@/lib/outreach/merge-fields";
import type { ComposeCandidate } from "@/lib/outreach/messages";
import { PLATFORM_LABELS } from "@/lib/vocabulary";

import { isSendable, lintDraft, MessageCard, type Draft } from "./message-card";
import { RecipientPicker } from "./recipient-picker";

export interface ComposerProps {
  slug: string;
  candidates: ComposeCandidate[];
  templates: { id: string; name: string; subject: string; body: string }[];
  brand: { name: string; links: string[] };
  senderName: string;
  initialIds: string[];
  initialTemplateId: string;
  followUp: { parentId: string; influencerId: string; subject: string; body: string } | null;
  remainingToday: number;
}

type Shared = { offer: string; deliverables: string; timeline: string; senderRole: string };
type Entry = Draft & { touched: boolean };

const MAX = 100;

export function Composer(props: ComposerProps) {
  const { slug, candidates, templates, brand, senderName, followUp } = props;
  const router = useRouter();
  const byId = useMemo(() => new Map(candidates.map((c) => [c.id, c])), [candidates]);
  const [selected, setSelected] = useState<string[]>(followUp ? [followUp.influencerId] : props.initialIds.filter((id) => byId.has(id)));
  const [templateId, setTemplateId] = useState(props.initialTemplateId);
  const [shared, setShared] = useState<Shared>({ offer: "", deliverables: "", timeline: "", senderRole: "" });
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    followUp
      ? {
          [followUp.influencerId]: {
            subject: followUp.subject,
            body: followUp.body,
            recentPostUrl: "",
            recentPostNote: "",
            override: false,
            overrideReason: "",
            touched: true,
          },
        }
      : {},
  );
  const [when, setWhen] = useState<"now" | "later">("now");
  const [scheduledAt, setScheduledAt] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const { run, pending, error, fieldErrors } = useAction(queueMessagesAction);
  const template = templates.find((t) => t.id === templateId) ?? null;

  function rendered(c: ComposeCandidate, e: Pick<Entry, "recentPostUrl" | "recentPostNote">): { subject: string; body: string } {
    if (!template) return { subject: "", body: "" };
    const values: MergeValues = {
      name: c.name,
      handle: c.handle ? `@${c.handle}` : "",
      platform: c.platform ? PLATFORM_LABELS[c.platform] : "",
      recent_post_url: e.recentPostUrl,
      recent_post_note: e.recentPostNote,
      brand: brand.name,
      brand_links: brand.links,
      offer: shared.offer,
      deliverables: shared.deliverables,
      timeline: shared.timeline,
      sender_name: senderName.split(/\s+/)[0] ?? "",
      sender_role: shared.senderRole,
    };
    return { subject: renderTemplate(template.subject, values).text, body: renderTemplate(template.body, values).text };
  }

  function draftOf(c: ComposeCandidate): Draft {
    const e = entries[c.id] ?? {
      recentPostUrl: "",
      recentPostNote: "",
      override: false,
      overrideReason: "",
      touched: false,
      subject: "",
      body: "",
    };
    return e.touched ? e : { ...e, ...rendered(c, e) };
  }

  /** Editing the subject or body "touches" the message: from then on the template no longer rewrites it. */
  function patch(c: ComposeCandidate, p: Partial<Draft>) {
    const cur = draftOf(c);
    const touched = (entries[c.id]?.touched ?? false) || "subject" in p || "body" in p;
    setEntries((all) => ({ ...all, [c.id]: { ...cur, ...p, touched } }));
  }

  const chosen = selected.map((id) => byId.get(id)).filter((c): c is ComposeCandidate => Boolean(c));
  const drafts = chosen.map((c) => ({ c, d: draftOf(c) }));
  const results = drafts.map(({ c, d }) => lintDraft(c, d, brand));
  const blocking = drafts.filter(({ d }, i) => !isSendable(d, results[i]!)).length;
  const passing = results.filter((r) => !r.findings.some((f) => f.severity === "error")).length;

  function submit() {
    setLocalError(null);
    if (!chosen.length) return setLocalError("Pick at least one influencer.");
    if (blocking) {
      setLocalError(
        `${blocking} message${blocking > 1 ? "s" : ""} still ${blocking > 1 ? "have" : "has"} problems. Fill in every placeholder; fix the rest, or tick “Send anyway” and give a reason.`,
      );
      const first = drafts.findIndex(({ d }, i) => !isSendable(d, results[i]!));
      document.getElementById(`msg-title-${drafts[first]!.c.id}`)?.scrollIntoView({ behavior: "smooth", block: "start" });
      return;
    }
    if (when === "later" && !scheduledAt) return setLocalError("Pick when to send.");
    run(
      [
        slug,
        {
          kind: followUp ? "follow_up" : "first",
          parentId: followUp?.parentId,
          templateId: followUp ? undefined : template?.id,
          scheduledAt: when === "later" ? new Date(scheduledAt).toISOString() : undefined,
          messages: drafts.map(({ c, d }) => ({
            influencerId: c.id,
            subject: d.subject,
            body: d.body,
            recentPostUrl: d.recentPostUrl || undefined,
            overrideReason: d.override ? d.overrideReason : undefined,
          })),
        },
      ],
      (res) => router.push(`/w/${slug}/outreach/messages?queued=${res.queued}`),
    );
  }

  const overLimit = when === "now" && chosen.length > props.remainingToday;

  return (
    <div className="grid gap-6">
      {!followUp ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle>1. Who</CardTitle>
              <CardDescription>Each person gets their own message; nothing goes out as a blast.</CardDescription>
            </CardHeader>
            <CardContent>
              {candidates.length ? (
                <RecipientPicker candidates={candidates} selected={selected} onChange={setSelected} max={MAX} />
              ) : (
                <p className="text-sm text-muted-foreground">
                  Your roster is empty. Add influencers first, then come back to write to them.
                </p>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>2. Starting point</CardTitle>
              <CardDescription>
                A template fills in names, links and your offer; you add what you liked about each person’s post.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3">
              <Field label="Template">
                <NativeSelect
                  value={templateId}
                  onChange={(e) => {
                    setTemplateId(e.target.value);
                    setEntries((all) => Object.fromEntries(Object.entries(all).map(([k, v]) => [k, { ...v, touched: false }])));
                  }}
                >
                  <option value="">Blank — write each message yourself</option>
                  {templates.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              {template ? (
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field label="Offer" hint="e.g. $300 plus the full SPF set">
                    <Input value={shared.offer} onChange={(e) => setShared({ ...shared, offer: e.target.value })} />
                  </Field>
                  <Field label="Deliverables" hint="e.g. one reel and two stories">
                    <Input value={shared.deliverables} onChange={(e) => setShared({ ...shared, deliverables: e.target.value })} />
                  </Field>
                  <Field label="Timeline" hint="e.g. live between 3 and 14 June">
                    <Input value={shared.timeline} onChange={(e) => setShared({ ...shared, timeline: e.target.value })} />
                  </Field>
                  <Field label="Your role" hint="e.g. partnerships lead">
                    <Input value={shared.senderRole} onChange={(e) => setShared({ ...shared, senderRole: e.target.value })} />
                  </Field>
                </div>
              ) : null}
            </CardContent>
          </Card>
        </div>
      ) : null}

      {chosen.length ? (
        <section aria-labelledby="messages-heading" className="grid gap-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="messages-heading" className="text-base font-semibold">
              {followUp ? "Follow-up" : `3. Messages (${chosen.length})`}
            </h2>
            <p className="text-sm text-muted-foreground" aria-live="polite">
              {passing} of {chosen.length} pass the check
            </p>
          </div>
          {drafts.map(({ c, d }, i) => (
            <MessageCard
              key={c.id}
              index={i}
              candidate={c}
              draft={d}
              result={results[i]!}
              onChange={(p) => patch(c, p)}
              serverError={
                fieldErrors[`messages.${i}.body`]?.[0] ??
                fieldErrors[`messages.${i}.overrideReason`]?.[0] ??
                fieldErrors[`messages.${i}.influencerId`]?.[0]
              }
              showPersonalFields={!followUp}
            />
          ))}
        </section>
      ) : null}

      <Card className="sticky bottom-2 z-10 shadow-md">
        <CardContent className="flex flex-wrap items-end gap-4 pt-5">
          <fieldset className="flex flex-wrap items-center gap-4 text-sm">
            <legend className="sr-only">When to send</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="when" checked={when === "now"} onChange={() => setWhen("now")} /> Send now
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="when" checked={when === "later"} onChange={() => setWhen("later")} /> Schedule
            </label>
            {when === "later" ? (
              <>
                <label htmlFor="scheduled-at" className="sr-only">
                  Send at
                </label>
                <Input
                  id="scheduled-at"
                  type="datetime-local"
                  value={scheduledAt}
                  onChange={(e) => setScheduledAt(e.target.value)}
                  className="w-auto"
                />
              </>
            ) : null}
          </fieldset>
          <div className="ml-auto flex flex-wrap items-center gap-3">
            {overLimit ? (
              <span className="text-xs text-warning">{props.remainingToday} left in today’s limit; the rest go tomorrow.</span>
            ) : null}
            <Button onClick={submit} disabled={pending || !chosen.length}>
              {pending
                ? "Queueing…"
                : followUp
                  ? "Send follow-up"
                  : `Send ${chosen.length || ""} message${chosen.length === 1 ? "" : "s"}`.replace("  ", " ")}
            </Button>
          </div>
          {localError || error ? (
            <Alert tone="error" className="basis-full">
              {localError ?? error}
            </Alert>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
