"use client";

// The brand answers the influencer's questions (shown in their portal, emailed when we know their address).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { replyToInfluencerAction } from "@/app/(app)/actions/collaborations";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function BrandReply({ slug, collaborationId }: { slug: string; collaborationId: string }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { run, pending, error, fieldErrors } = useAction(replyToInfluencerAction);
  return (
    <form
      method="post"
      className="grid gap-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run([slug, { collaborationId, body }], () => {
          setBody("");
          router.refresh();
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Reply" error={fieldErrors.body}>
        <Textarea rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={pending || !body.trim()}>
          {pending ? "Sending…" : "Send reply"}
        </Button>
      </div>
    </form>
  );
}
