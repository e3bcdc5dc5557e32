"use client";

// The verify page's form: pick a PDF, it is sent as raw bytes to the verify route, and the answer
// says whether it is an unaltered executed contract of this workspace. Nothing is stored.
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { VerifyResult } from "@/lib/contracts/executed-pdf";

const MAX_BYTES = 8 * 1024 * 1024;

type State =
  | { kind: "idle" }
  | { kind: "checking"; name: string }
  | { kind: "error"; message: string }
  | { kind: "done"; name: string; result: VerifyResult };

const utc = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

export function VerifyPdfForm({ slug }: { slug: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });

  async function check(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setState({ kind: "error", message: `${file.name} is larger than 8 MB, so it can't be an executed contract from this app.` });
      return;
    }
    setState({ kind: "checking", name: file.name });
    const res = await fetch(`/api/w/${slug}/contracts/verify`, {
      method: "POST",
      headers: { "Content-Type": "application/pdf" },
      body: file,
    }).catch(() => null);
    if (!res) {
      setState({ kind: "error", message: "Couldn't reach the server. Check your connection and try again." });
      return;
    }
    const json = (await res.json().catch(() => null)) as { result?: VerifyResult; error?: { message?: string } } | null;
    if (!res.ok || !json?.result) {
      setState({ kind: "error", message: json?.error?.message ?? "The file couldn't be checked. Try again." });
      return;
    }
    setState({ kind: "done", name: file.name, result: json.result });
  }

  return (
    <div className="grid max-w-2xl gap-4">
      <Card>
        <CardHeader>
          <CardTitle>Check a PDF</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3 text-sm">
          <p className="text-muted-foreground">
            Choose the PDF someone sent you. It is compared, byte for byte, with the sealed PDFs of this workspace&apos;s signed contracts
            (by its SHA-256 fingerprint). The file is not kept.
          </p>
          <label className="inline-flex w-fit cursor-pointer items-center gap-2 rounded-md border px-3 py-2 font-medium focus-within:outline-2 focus-within:outline-ring hover:bg-accent">
            <span>{state.kind === "checking" ? "Checking…" : "Choose a PDF"}</span>
            <input
              type="file"
              accept="application/pdf,.pdf"
              className="sr-only"
              disabled={state.kind === "checking"}
              onChange={(e) => {
                void check(e.target.files?.[0]);
                e.target.value = "";
              }}
            />
          </label>
        </CardContent>
      </Card>
      <div aria-live="polite" aria-atomic="true">
        {state.kind === "checking" ? <p className="text-sm text-muted-foreground">Checking {state.name}…</p> : null}
        {state.kind === "error" ? <Alert tone="error">{state.message}</Alert> : null}
        {state.kind === "done" ? <VerifyAnswer name={state.name} result={state.result} /> : null}
      </div>
    </div>
  );
}

function VerifyAnswer({ name, result }: { name: string; result: VerifyResult }) {
  if (result.status === "not_pdf") {
    return <Alert tone="error">{name} is not a PDF. Upload the executed contract PDF exactly as it was downloaded or emailed.</Alert>;
  }
  if (result.status === "unknown") {
    return (
      <Alert tone="warning" className="grid gap-1">
        <strong>Not verified: {name} is not an unaltered executed contract of this workspace.</strong>
        <span>
          Either it was changed after it was sealed (even one byte, or a page added by a PDF editor, changes its fingerprint), or it belongs
          to another workspace, or it isn&apos;t an executed contract at all.
        </span>
        <span className="text-xs break-all">SHA-256 of this file: {result.sha256}</span>
      </Alert>
    );
  }
  const c = result.contract;
  return (
    <Alert tone="success" className="grid gap-2">
      <strong>Verified: {name} is the unaltered executed contract below.</strong>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-foreground">
        <dt className="text-muted-foreground">Campaign</dt>
        <dd>{c.campaignName}</dd>
        <dt className="text-muted-foreground">Parties</dt>
        <dd>
          {c.brandName} and {c.creatorName}
        </dd>
        <dt className="text-muted-foreground">Completed</dt>
        <dd>{utc(c.completedAt)}</dd>
        <dt className="text-muted-foreground">Sealed</dt>
        <dd>{utc(c.sealedAt)}</dd>
        <dt className="text-muted-foreground">Version</dt>
        <dd>
          {c.version} <span className="text-xs break-all text-muted-foreground">(SHA-256 {c.versionSha256})</span>
        </dd>
        <dt className="text-muted-foreground">Contract</dt>
        <dd className="break-all">{c.id}</dd>
      </dl>
    </Alert>
  );
}
