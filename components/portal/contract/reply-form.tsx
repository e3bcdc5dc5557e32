"use client";

// Not ready to sign: ask the brand for changes (they revise and send a new version) or decline.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { declineContractAction, requestContractChangesAction } from "@/app/(portal)/i/[token]/contract/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function ReplyForm({ token, version }: { token: string; version: number }) {
  const router = useRouter();
  const [mode, setMode] = useState<"none" | "changes" | "decline">("none");
  const [text, setText] = useState("");
  const changes = useAction(requestContractChangesAction);
  const decline = useAction(declineContractAction);
  const current = mode === "decline" ? decline : changes;

  if (mode === "none") {
    return (
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" onClick={() => setMode("changes")}>
          Ask for changes…
        </Button>
        <Button variant="ghost" onClick={() => setMode("decline")}>
          Decline…
        </Button>
      </div>
    );
  }
  return (
    <form
      method="post"
      className="grid gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (mode === "decline") decline.run([token, { version, reason: text }], () => router.refresh());
        else changes.run([token, { version, message: text }], () => router.refresh());
      }}
    >
      {current.error ? <Alert tone="error">{current.error}</Alert> : null}
      <Field
        label={mode === "decline" ? "Why are you declining?" : "What would you like changed?"}
        hint={
          mode === "decline"
            ? "The brand sees this. Declining closes this contract."
            : "The brand sees this and sends you a new version to sign."
        }
        error={mode === "decline" ? decline.fieldErrors.reason : changes.fieldErrors.message}
      >
        <Textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} maxLength={mode === "decline" ? 2_000 : 5_000} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={mode === "decline" ? "destructive" : "default"} disabled={current.pending || !text.trim()}>
          {current.pending ? "Sending…" : mode === "decline" ? "Decline the contract" : "Send my request"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setMode("none")}>
          Back
        </Button>
      </div>
    </form>
  );
}
