"use client";

// The campaign's link defaults: the destination new links start from and the UTM templates
// ({platform}, {influencer}, {handle}, {campaign}, {deliverable}).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { saveTrackingDefaultsAction } from "@/app/(app)/actions/tracking";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export type Defaults = { destinationUrl: string; utmSource: string; utmMedium: string; utmCampaign: string; utmContent: string };
const UTM = [
  ["utmSource", "utm_source"],
  ["utmMedium", "utm_medium"],
  ["utmCampaign", "utm_campaign"],
  ["utmContent", "utm_content"],
] as const;

export function CampaignDefaultsForm({ slug, campaignId, defaults }: { slug: string; campaignId: string; defaults: Defaults }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(defaults);
  const save = useAction(saveTrackingDefaultsAction, { destinationUrl: "Campaign destination" });
  if (!open)
    return (
      <div>
        <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
          Campaign link defaults…
        </Button>
      </div>
    );
  const set = (k: keyof Defaults) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [k]: e.target.value });
  return (
    <form
      method="post"
      aria-label="Campaign link defaults"
      className="grid gap-3 rounded-md border p-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.run([slug, { campaignId, ...values, destinationUrl: values.destinationUrl || null }], () => {
          setOpen(false);
          router.refresh();
        });
      }}
    >
      {save.error ? <Alert tone="error">{save.error}</Alert> : null}
      <Field
        label="Campaign destination"
        hint="Where every new link of this campaign points by default."
        error={save.fieldErrors.destinationUrl}
      >
        <Input type="url" value={values.destinationUrl} onChange={set("destinationUrl")} placeholder="https://shop.example/collection" />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        {UTM.map(([k, label]) => (
          <Field key={k} label={label} hint={k === "utmSource" ? "{platform} {influencer} {handle} {campaign} {deliverable}" : undefined}>
            <Input value={values[k]} onChange={set(k)} />
          </Field>
        ))}
      </div>
      <div className="flex gap-2">
        <Button size="sm" type="submit" disabled={save.pending}>
          Save defaults
        </Button>
        <Button size="sm" type="button" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
