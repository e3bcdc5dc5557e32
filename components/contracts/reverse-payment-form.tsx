"use client";

// "Reverse" on a recorded payment: asks why, then appends a reversing entry (never edits the record).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { reversePaymentRecordAction } from "@/app/(app)/actions/payments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function ReversePaymentForm(props: { slug: string; recordId: string; description: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { run, pending, error, fieldErrors } = useAction(reversePaymentRecordAction, { reason: "Reason" });
  if (!open) {
    return (
      <Button
        type="button"
        size="sm"
        variant="link"
        className="h-auto p-0 text-xs"
        onClick={() => setOpen(true)}
        aria-label={`Reverse: ${props.description}`}
      >
        Reverse
      </Button>
    );
  }
  return (
    <form
      method="post"
      noValidate
      className="mt-1 grid gap-2 rounded-md border bg-muted/30 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        run([props.slug, { recordId: props.recordId, reason }], () => {
          setOpen(false);
          setReason("");
          router.refresh();
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field
        label={`Why reverse ${props.description}?`}
        hint="The record stays in the history with this reason. Record the right payment afterwards."
        error={fieldErrors.reason}
      >
        <Input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} autoFocus />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="destructive" disabled={pending || !reason.trim()}>
          {pending ? "Reversing…" : "Reverse payment"}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
