"use client";

// One personalised message in the composer: the two personal fields, subject and body, the live
// personalization check, and the explicit "send anyway" override when the check finds errors that
// may be overridden (an unfilled placeholder may not: it has to be filled in or removed).
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { blockingErrors, lintOutreachMessage, overridableErrors, type OutreachLintResult } from "@/lib/outreach/lint";
import type { ComposeCandidate } from "@/lib/outreach/messages";

import { LintFindings } from "./lint-findings";

export interface Draft {
  subject: string;
  body: string;
  recentPostUrl: string;
  recentPostNote: string;
  override: boolean;
  overrideReason: string;
}

export function lintDraft(c: ComposeCandidate, d: Draft, brand: { name: string; links: string[] }): OutreachLintResult {
  return lintOutreachMessage({
    subject: d.subject,
    body: d.body,
    influencer: {
      name: c.name,
      handle: c.handle,
      platform: c.platform ?? undefined,
      recentPost: d.recentPostUrl ? { url: d.recentPostUrl } : undefined,
    },
    brand,
  });
}

/** Whether the draft can be queued: no placeholder left, and any other error overridden with a reason. */
export function isSendable(d: Draft, result: OutreachLintResult): boolean {
  if (blockingErrors(result).length) return false;
  return !overridableErrors(result).length || (d.override && d.overrideReason.trim() !== "");
}

export function MessageCard({
  index,
  candidate: c,
  draft,
  result,
  onChange,
  serverError,
  showPersonalFields,
}: {
  index: number;
  candidate: ComposeCandidate;
  draft: Draft;
  /** `lintDraft(candidate, draft, brand)`, computed once by the composer. */
  result: OutreachLintResult;
  onChange: (patch: Partial<Draft>) => void;
  serverError?: string;
  showPersonalFields: boolean;
}) {
  const hasOverridable = overridableErrors(result).length > 0;
  const placeholder = blockingErrors(result)[0];
  return (
    <Card data-testid="message-card" aria-labelledby={`msg-title-${c.id}`}>
      <CardHeader className="flex-row flex-wrap items-baseline justify-between gap-2">
        <CardTitle id={`msg-title-${c.id}`}>
          {index + 1}. {c.name}
        </CardTitle>
        <span className="text-xs text-muted-foreground">
          {c.handle ? `@${c.handle} · ` : ""}
          {c.email}
        </span>
      </CardHeader>
      <CardContent className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="grid content-start gap-3">
          {showPersonalFields ? (
            <div className="grid gap-3 rounded-md bg-muted/40 p-3 sm:grid-cols-2">
              <Field
                label="Their recent post (link)"
                hint={
                  c.profileUrl ? (
                    <a className="underline" href={c.profileUrl} target="_blank" rel="noreferrer">
                      Open their profile
                    </a>
                  ) : undefined
                }
              >
                <Input
                  type="url"
                  value={draft.recentPostUrl}
                  onChange={(e) => onChange({ recentPostUrl: e.target.value })}
                  placeholder="https://…"
                />
              </Field>
              <Field label="What you liked about it">
                <Input
                  value={draft.recentPostNote}
                  onChange={(e) => onChange({ recentPostNote: e.target.value })}
                  placeholder="the way you layered SPF over serum"
                />
              </Field>
            </div>
          ) : null}
          <Field label="Subject">
            <Input value={draft.subject} onChange={(e) => onChange({ subject: e.target.value })} />
          </Field>
          <Field label="Message" hint="A footer with your postal address and an opt-out link is added when it is sent.">
            <Textarea
              rows={14}
              value={draft.body}
              onChange={(e) => onChange({ body: e.target.value })}
              className="font-mono text-[13px] leading-relaxed"
            />
          </Field>
        </div>
        <div className="grid content-start gap-3">
          <LintFindings result={result} id={`lint-${c.id}`} />
          {placeholder ? (
            <p className="text-xs font-medium text-destructive" data-testid="not-overridable">
              “Send anyway” doesn’t cover placeholders: fill them in or remove them, or they arrive exactly as written.
            </p>
          ) : null}
          {hasOverridable ? (
            <div className="grid gap-2 rounded-md border border-dashed p-3">
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4"
                  checked={draft.override}
                  onChange={(e) => onChange({ override: e.target.checked })}
                />
                <span>Send anyway — I know this message doesn’t pass the check</span>
              </label>
              {draft.override ? (
                <Field label="Reason (recorded in the audit log)" error={serverError}>
                  <Input
                    value={draft.overrideReason}
                    onChange={(e) => onChange({ overrideReason: e.target.value })}
                    placeholder="e.g. we already spoke on the phone"
                  />
                </Field>
              ) : serverError ? (
                <p className="text-xs font-medium text-destructive" role="alert">
                  {serverError}
                </p>
              ) : null}
            </div>
          ) : serverError ? (
            <p className="text-xs font-medium text-destructive" role="alert">
              {serverError}
            </p>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
