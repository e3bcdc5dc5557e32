"use client";

// New tracking link: destination (prefilled from the campaign) and the four UTM values its
// templates give, each editable.
import { Link2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { createLinkAction } from "@/app/(app)/actions/tracking";
import { UtmFields, type UtmValues } from "@/components/tracking/utm-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

type Draft = UtmValues & { destinationUrl: string };

export function LinkCreateForm({ slug, collaborationId, draft }: { slug: string; collaborationId: string; draft: Draft }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Draft>({
    destinationUrl: draft.destinationUrl,
    utmSource: draft.utmSource,
    utmMedium: draft.utmMedium,
    utmCampaign: draft.utmCampaign,
    utmContent: draft.utmContent,
  });
  const create = useAction(createLinkAction, {
    destinationUrl: "Destination",
    utmSource: "utm_source",
    utmMedium: "utm_medium",
    utmCampaign: "utm_campaign",
    utmContent: "utm_content",
  });
  if (!open)
    return (
      <div>
        <Button size="sm" onClick={() => setOpen(true)}>
          <Link2 aria-hidden /> New tracking link
        </Button>
      </div>
    );
  const set = (k: keyof Draft, v: string) => setValues({ ...values, [k]: v });
  return (
    <form
      method="post"
      className="grid gap-3 rounded-md border p-3"
      aria-label="New tracking link"
      onSubmit={(e) => {
        e.preventDefault();
        create.run([slug, { collaborationId, ...values }], () => {
          setOpen(false);
          router.refresh();
        });
      }}
    >
      {create.error ? <Alert tone="error">{create.error}</Alert> : null}
      <Field
        label="Destination"
        hint="http:// or https:// only. The campaign's destination is the default."
        error={create.fieldErrors.destinationUrl}
      >
        <Input
          type="url"
          required
          value={values.destinationUrl}
          onChange={(e) => set("destinationUrl", e.target.value)}
          placeholder="https://shop.example/product"
        />
      </Field>
      <UtmFields values={values} onChange={set} errors={create.fieldErrors} />
      <FormActions disabled={create.pending} onCancel={() => setOpen(false)}>
        Create link
      </FormActions>
    </form>
  );
}
