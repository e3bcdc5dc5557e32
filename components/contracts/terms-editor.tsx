"use client";

// The contract editor: the terms form, the readiness findings recomputed on every keystroke
// (checkContract is pure and runs here), save, a preview of the rendered text, and "Send for
// signature" — disabled, with the reason, while the terms have an error or unsaved changes.
import { AlertTriangle, CircleAlert, CircleCheck, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { saveContractTermsAction, sendContractAction } from "@/app/(app)/actions/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useAction } from "@/components/workspaces/use-action";
import { checkContract, type ContractFinding } from "@/lib/contracts/check";
import type { ContractTerms } from "@/lib/contracts/schema";

import { ContractPreview } from "./contract-preview";
import type { PreviewTemplate } from "./contract-preview";
import { anchorOf } from "./terms-field";
import { TermsForm } from "./terms-form";

/** What is saved: blank territories left out (the input keeps a trailing one while typing). */
function normalise(t: ContractTerms): ContractTerms {
  return { ...t, usage: { ...t.usage, territories: t.usage.territories.map((s) => s.trim()).filter(Boolean) } };
}

function focusField(field: string) {
  const el = document.getElementById(anchorOf(field)) ?? document.getElementById(anchorOf(field.replace(/\[\d+\].*$/, "")));
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  el.focus({ preventScroll: true });
}

function FindingsList({ findings, draft }: { findings: ContractFinding[]; draft: boolean }) {
  if (findings.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm text-success" data-testid="contract-ready">
        <CircleCheck className="size-4" aria-hidden /> {draft ? "Ready to send: nothing missing." : "Nothing missing."}
      </p>
    );
  }
  return (
    <ul className="grid gap-2" data-testid="contract-findings" aria-live="polite">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className="flex items-start gap-2 text-sm" data-code={f.code} data-severity={f.severity}>
          {f.severity === "error" ? (
            <CircleAlert className="mt-0.5 size-4 shrink-0 text-destructive" aria-label="Error" />
          ) : (
            <AlertTriangle className="mt-0.5 size-4 shrink-0 text-warning" aria-label="Warning" />
          )}
          <a
            href={`#${anchorOf(f.field)}`}
            className="hover:underline"
            onClick={(e) => {
              e.preventDefault();
              focusField(f.field);
            }}
          >
            {f.message}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function TermsEditor({
  slug,
  contractId,
  state,
  initialTerms,
  template,
  canWrite,
}: {
  slug: string;
  contractId: string;
  state: string;
  initialTerms: ContractTerms;
  template: PreviewTemplate;
  canWrite: boolean;
}) {
  const router = useRouter();
  const [terms, setTerms] = useState(initialTerms);
  const [saved, setSaved] = useState(() => JSON.stringify(normalise(initialTerms)));
  const save = useAction(saveContractTermsAction);
  const send = useAction(sendContractAction);
  const check = useMemo(() => checkContract(terms), [terms]);
  const dirty = JSON.stringify(normalise(terms)) !== saved;
  const editable = canWrite && ["draft", "sent", "signed_by_influencer"].includes(state);
  const errors = check.findings.filter((f) => f.severity === "error");

  const fieldErrors: Record<string, string[]> = {};
  const fieldWarnings: Record<string, string[]> = {};
  for (const f of check.findings) ((f.severity === "error" ? fieldErrors : fieldWarnings)[f.field] ??= []).push(f.message);
  for (const [k, v] of Object.entries(save.fieldErrors)) if (k.startsWith("terms.")) (fieldErrors[k.slice(6)] ??= []).push(...v);

  const sendBlocked =
    state !== "draft"
      ? null
      : errors.length > 0
        ? `Fix ${errors.length === 1 ? "the error" : `the ${errors.length} errors`} above before sending.`
        : dirty
          ? "Save your changes before sending."
          : null;

  const doSave = () => {
    const next = normalise(terms);
    save.run([slug, { contractId, terms: next }], () => {
      setSaved(JSON.stringify(next));
      router.refresh();
    });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
      <div className="order-2 grid gap-6 lg:order-1">
        <fieldset disabled={!editable} className="contents">
          <legend className="sr-only">Contract terms</legend>
          <TermsForm terms={terms} set={setTerms} errors={fieldErrors} warnings={fieldWarnings} />
        </fieldset>
        <ContractPreview terms={normalise(terms)} template={template} />
      </div>
      <aside className="order-1 grid gap-4 lg:sticky lg:top-4 lg:order-2" aria-label="Readiness and actions">
        <Card>
          <CardHeader>
            <CardTitle>Readiness</CardTitle>
          </CardHeader>
          <CardContent>
            <FindingsList findings={check.findings} draft={state === "draft"} />
          </CardContent>
        </Card>
        {editable ? (
          <Card>
            <CardContent className="grid gap-3 pt-5">
              {state !== "draft" ? (
                <Alert tone="warning">
                  This contract was sent. Saving a change voids the pending signature
                  {state === "signed_by_influencer" ? " the influencer gave" : ""}; you then send a new version.
                </Alert>
              ) : null}
              {save.error ? <Alert tone="error">{save.error}</Alert> : null}
              {send.error ? <Alert tone="error">{send.error}</Alert> : null}
              <Button type="button" variant={state === "draft" ? "outline" : "default"} disabled={!dirty || save.pending} onClick={doSave}>
                {save.pending ? "Saving…" : dirty ? (state === "draft" ? "Save changes" : "Save and void the sent version") : "Saved"}
              </Button>
              {state === "draft" ? (
                <>
                  <Button
                    type="button"
                    disabled={sendBlocked !== null || send.pending}
                    aria-describedby={sendBlocked ? "send-blocked" : undefined}
                    onClick={() => send.run([slug, { contractId }], () => router.refresh())}
                  >
                    <Send /> {send.pending ? "Sending…" : "Send for signature"}
                  </Button>
                  {sendBlocked ? (
                    <p id="send-blocked" className="text-xs text-muted-foreground">
                      {sendBlocked}
                    </p>
                  ) : (
                    <p className="text-xs text-muted-foreground">
                      Freezes this version and its fingerprint; the influencer signs it through their invite link.
                    </p>
                  )}
                </>
              ) : null}
            </CardContent>
          </Card>
        ) : null}
      </aside>
      {editable ? (
        // Phones: the actions card is above a long form, so saving stays within reach at the bottom.
        <div
          role="region"
          aria-label="Save the contract"
          className="sticky bottom-0 z-30 order-3 flex items-center justify-between gap-3 rounded-t-lg border bg-background/95 px-4 py-3 shadow-lg backdrop-blur lg:hidden"
        >
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {save.pending ? "Saving…" : dirty ? "Unsaved changes" : "All changes saved"}
            {errors.length ? ` · ${errors.length} to fix` : ""}
          </p>
          <Button type="button" size="sm" disabled={!dirty || save.pending} onClick={doSave}>
            Save
          </Button>
        </div>
      ) : null}
    </div>
  );
}
