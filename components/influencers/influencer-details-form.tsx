"use client";

// Notes, tags, niches and contact details of one influencer, editable in place.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { updateInfluencerAction } from "@/app/(app)/actions/influencers";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

type Values = {
  id: string;
  displayName: string;
  email: string;
  country: string;
  location: string;
  languages: string;
  niches: string;
  tags: string;
  brandsWorkedWith: string;
  notes: string;
};

/** Fields that show their own error (the summary names them). */
const DETAIL_LABELS = { displayName: "Name", email: "Email", country: "Country", notes: "Notes" };

export function InfluencerDetailsForm({ slug, influencer, canWrite }: { slug: string; influencer: Values; canWrite: boolean }) {
  const router = useRouter();
  const [v, setV] = useState(influencer);
  const [saved, setSaved] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(updateInfluencerAction, DETAIL_LABELS);
  const set = (k: keyof Values) => (e: { target: { value: string } }) => {
    setSaved(false);
    setV({ ...v, [k]: e.target.value });
  };
  const { id, ...rest } = v;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details and notes</CardTitle>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            run([slug, { influencerId: id, ...rest }], () => {
              setSaved(true);
              router.refresh();
            });
          }}
        >
          <fieldset disabled={!canWrite} className="grid gap-3">
            <Field label="Name" error={fieldErrors.displayName}>
              <Input value={v.displayName} onChange={set("displayName")} />
            </Field>
            <Field label="Email" error={fieldErrors.email}>
              <Input type="email" value={v.email} onChange={set("email")} />
            </Field>
            <Field label="Country" error={fieldErrors.country}>
              <Input value={v.country} onChange={set("country")} />
            </Field>
            <Field label="Location">
              <Input value={v.location} onChange={set("location")} />
            </Field>
            <Field label="Languages" hint="Comma-separated">
              <Input value={v.languages} onChange={set("languages")} />
            </Field>
            <Field label="Niches" hint="Comma-separated">
              <Input value={v.niches} onChange={set("niches")} />
            </Field>
            <Field label="Tags" hint="Comma-separated">
              <Input value={v.tags} onChange={set("tags")} />
            </Field>
            <Field label="Brands worked with" hint="Comma-separated">
              <Input value={v.brandsWorkedWith} onChange={set("brandsWorkedWith")} />
            </Field>
            <Field label="Notes" error={fieldErrors.notes}>
              <Textarea value={v.notes} onChange={set("notes")} rows={5} />
            </Field>
            {canWrite ? (
              <Button type="submit" disabled={pending}>
                {pending ? "Saving…" : "Save details"}
              </Button>
            ) : null}
          </fieldset>
          {error ? <Alert tone="error">{error}</Alert> : saved ? <Alert tone="success">Saved.</Alert> : null}
        </form>
      </CardContent>
    </Card>
  );
}
