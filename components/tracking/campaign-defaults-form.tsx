"use client";

// The campaign's link defaults: the destination new links start from and the UTM templates
// ({platform}, {influencer}, {handle}, {campaign}, {deliverable}).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { saveTrackingDefaultsAction } from "@/app/(app)/actions/tracking";
import { UtmFields, type UtmValues } from "@/components/tracking/utm-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export type Defaults = UtmValues & { destinationUrl: string };

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
  const set = (k: keyof Defaults, v: string) => setValues({ ...values, [k]: v });
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
        <Input
          type="url"
          value={values.destinationUrl}
          onChange={(e) => set("destinationUrl", e.target.value)}
          placeholder="https://shop.example/collection"
        />
      </Field>
      <UtmFields values={values} onChange={set} sourceHint="{platform} {influencer} {handle} {campaign} {deliverable}" />
      <FormActions disabled={save.pending} onCancel={() => setOpen(false)}>
        Save defaults
      </FormActions>
    </form>
  );
}
