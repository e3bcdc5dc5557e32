"use client";

// "Record payment": amount (in currency units), date paid and a reference, against one scheduled payment.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { recordPaymentAction } from "@/app/(app)/actions/payments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function RecordPaymentForm(props: {
  slug: string;
  paymentId: string;
  currency: string;
  outstanding: string;
  today: string;
  label: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState(props.outstanding);
  const [paidOn, setPaidOn] = useState(props.today);
  const [reference, setReference] = useState("");
  const { run, pending, error, fieldErrors } = useAction(recordPaymentAction, {
    amount: "Amount",
    paidOn: "Date paid",
    reference: "Reference",
  });
  if (!open) {
    return (
      <Button type="button" size="sm" variant="outline" onClick={() => setOpen(true)} aria-label={`Record payment: ${props.label}`}>
        Record payment
      </Button>
    );
  }
  return (
    <form
      method="post"
      noValidate
      className="grid gap-3 rounded-md border bg-muted/30 p-3 sm:grid-cols-[8rem_10rem_1fr] sm:items-start"
      onSubmit={(e) => {
        e.preventDefault();
        run([props.slug, { paymentId: props.paymentId, amount, paidOn, reference }], () => {
          setOpen(false);
          setReference("");
          router.refresh();
        });
      }}
    >
      {error ? (
        <div className="sm:col-span-3">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <Field label={`Amount (${props.currency})`} error={fieldErrors.amount}>
        <Input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} autoFocus />
      </Field>
      <Field label="Date paid" error={fieldErrors.paidOn}>
        <Input type="date" value={paidOn} max={props.today} onChange={(e) => setPaidOn(e.target.value)} />
      </Field>
      <Field label="Reference" hint="Transfer id, invoice number…" error={fieldErrors.reference}>
        <Input value={reference} maxLength={200} onChange={(e) => setReference(e.target.value)} />
      </Field>
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit" size="sm" disabled={pending || !amount.trim()}>
          {pending ? "Saving…" : "Save payment"}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
