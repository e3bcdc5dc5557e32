"use client";

// Approve or request changes on a submitted draft. Approve is disabled while the draft has an error
// finding; the server refuses it as well.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { reviewDraftAction } from "@/app/(app)/actions/review";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function ReviewActions({ slug, draftId, hasError }: { slug: string; draftId: string; hasError: boolean }) {
  const router = useRouter();
  const id = useId();
  const [comment, setComment] = useState("");
  const { run, pending, error, fieldErrors } = useAction(reviewDraftAction);
  const decide = (decision: "approve" | "request_changes") => run([slug, { draftId, decision, comment }], () => router.refresh());
  return (
    <div className="grid gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Comment for the influencer" hint="Required when requesting changes." error={fieldErrors.comment}>
        <Textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button disabled={pending || hasError} onClick={() => decide("approve")} aria-describedby={hasError ? `${id}-why` : undefined}>
          Approve
        </Button>
        <Button variant="outline" disabled={pending} onClick={() => decide("request_changes")}>
          Request changes
        </Button>
        {hasError ? (
          <p id={`${id}-why`} className="text-xs text-destructive">
            Can’t approve: this version has a disclosure error.
          </p>
        ) : null}
      </div>
    </div>
  );
}
