"use client";

// The workspace's reminder thresholds: days before a usage right or an ad code ends.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { setRightsReminderDaysAction } from "@/app/(app)/actions/rights";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function ReminderDaysForm({ slug, days }: { slug: string; days: number[] }) {
  const router = useRouter();
  const [text, setText] = useState(days.join(", "));
  const [saved, setSaved] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(setRightsReminderDaysAction, { days: "Remind" });
  return (
    <form
      method="post"
      className="flex max-w-xl flex-wrap items-end gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run([slug, { days: text }], (d) => {
          setText(d.days.join(", "));
          setSaved(true);
          router.refresh();
        });
      }}
    >
      <div className="min-w-48 flex-1">
        <Field label="Remind this many days before the end" hint="Up to 5 numbers, e.g. 30, 7, 1." error={fieldErrors.days}>
          <Input inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
      {error && !fieldErrors.days ? <Alert tone="error">{error}</Alert> : null}
      {saved ? (
        <p role="status" className="text-sm text-success">
          Saved.
        </p>
      ) : null}
    </form>
  );
}
