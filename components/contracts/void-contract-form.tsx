"use client";

// Void a contract that isn't complete (members with contracts.write): its signatures stop counting
// and the influencer can no longer sign it. Asks for the reason, which goes in the audit trail.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { voidContractAction } from "@/app/(app)/actions/contract-signing";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function VoidContractForm({ slug, contractId }: { slug: string; contractId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { run, pending, error, fieldErrors } = useAction(voidContractAction);
  if (!open) {
    return (
      <Button variant="outline" onClick={() => setOpen(true)}>
        Void contract…
      </Button>
    );
  }
  return (
    <form
      method="post"
      className="grid gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run([slug, { contractId, reason }], () => router.refresh());
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Why void it?" hint="Recorded in the audit trail. Pending signatures stop counting." error={fieldErrors.reason}>
        <Textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2_000} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="destructive" disabled={pending || !reason.trim()}>
          {pending ? "Voiding…" : "Void contract"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Back
        </Button>
      </div>
    </form>
  );
}
