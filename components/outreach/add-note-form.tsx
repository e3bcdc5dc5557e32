"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { addNoteAction } from "@/app/(app)/actions/outreach";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function AddNoteForm({ slug, influencerId }: { slug: string; influencerId: string }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { run, pending, error, fieldErrors } = useAction(addNoteAction);
  return (
    <form
      method="post"
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        run([slug, { influencerId, body }], () => {
          setBody("");
          router.refresh();
        });
      }}
    >
      <Field label="Add a note" error={fieldErrors.body ?? (error && !fieldErrors.body ? error : undefined)}>
        <Textarea
          rows={2}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          placeholder="Called them; they prefer TikTok briefs by email…"
        />
      </Field>
      <div>
        <Button type="submit" size="sm" disabled={pending || !body.trim()}>
          {pending ? "Saving…" : "Save note"}
        </Button>
      </div>
    </form>
  );
}
