"use client";

// After approval: the link to the published post.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { submitLiveUrlAction } from "@/app/(portal)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function LiveUrlForm({ token, deliverableId, current }: { token: string; deliverableId: string; current: string | null }) {
  const router = useRouter();
  const [url, setUrl] = useState(current ?? "");
  const { run, pending, error, fieldErrors } = useAction(submitLiveUrlAction);
  return (
    <form
      method="post"
      className="grid gap-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run([token, { deliverableId, url }], () => router.refresh());
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Live post URL" hint="Once it is published, paste the link to the post." error={fieldErrors.url}>
        <Input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://www.instagram.com/p/…" />
      </Field>
      <div>
        <Button type="submit" disabled={pending || !url.trim()}>
          {pending ? "Sending…" : current ? "Update live link" : "Send live link"}
        </Button>
      </div>
    </form>
  );
}
