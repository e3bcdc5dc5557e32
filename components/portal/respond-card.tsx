"use client";

// Accept or decline the collaboration (a reason is asked when declining).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { respondToInviteAction } from "@/app/(portal)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function RespondCard({ token }: { token: string }) {
  const router = useRouter();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const { run, pending, error, fieldErrors } = useAction(respondToInviteAction);
  return (
    <div className="grid gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {declining ? (
        <form
          method="post"
          className="grid gap-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run([token, { decision: "decline", reason }], () => router.refresh());
          }}
        >
          <Field label="Why are you declining?" hint="The brand sees this. One line is enough." error={fieldErrors.reason}>
            <Textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="destructive" disabled={pending}>
              {pending ? "Sending…" : "Decline collaboration"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setDeclining(false)}>
              Back
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button disabled={pending} onClick={() => run([token, { decision: "accept", reason: "" }], () => router.refresh())}>
            {pending ? "Accepting…" : "Accept collaboration"}
          </Button>
          <Button variant="outline" onClick={() => setDeclining(true)}>
            Decline…
          </Button>
        </div>
      )}
    </div>
  );
}
