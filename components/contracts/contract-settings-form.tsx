"use client";

// The workspace's contract settings: may influencers submit drafts before the contract is signed, and
// must they enter a code emailed to them before signing?
import { useRouter } from "next/navigation";
import { useState } from "react";

import { updateContractSettingsAction } from "@/app/(app)/actions/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { useAction } from "@/components/workspaces/use-action";
import type { ContractSettings } from "@/lib/contracts/settings";

const OPTIONS: { key: keyof ContractSettings; id: string; label: string; hint: string }[] = [
  {
    key: "draftsBeforeContractSigned",
    id: "drafts-before-signed",
    label: "Drafts can be submitted before the contract is signed",
    hint: "Off by default: the influencer can save drafts, and submits them once the contract is signed.",
  },
  {
    key: "signingCodeRequired",
    id: "signing-code-required",
    label: "Email the influencer a one-time code before they sign",
    hint: "Off by default. When on, a 6-digit code goes to the influencer’s email on the contract, and it is entered before the signature counts (recorded in the audit trail).",
  },
];

export function ContractSettingsForm({ slug, settings, canEdit }: { slug: string; settings: ContractSettings; canEdit: boolean }) {
  const router = useRouter();
  const [value, setValue] = useState(settings);
  const [done, setDone] = useState(false);
  const save = useAction(updateContractSettingsAction);
  const changed = OPTIONS.some((o) => value[o.key] !== settings[o.key]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Signing</CardTitle>
        <CardDescription>How contracts are signed in this workspace.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            setDone(false);
            save.run([slug, value], () => {
              setDone(true);
              router.refresh();
            });
          }}
        >
          {OPTIONS.map((o) => (
            <fieldset key={o.key} disabled={!canEdit} className="flex items-start gap-2">
              <input
                id={o.id}
                type="checkbox"
                className="mt-0.5 size-4 accent-primary"
                checked={value[o.key]}
                onChange={(e) => {
                  setValue({ ...value, [o.key]: e.target.checked });
                  setDone(false);
                }}
              />
              <div className="grid gap-0.5">
                <Label htmlFor={o.id}>{o.label}</Label>
                <p className="text-xs text-muted-foreground">{o.hint}</p>
              </div>
            </fieldset>
          ))}
          {save.error ? <Alert tone="error">{save.error}</Alert> : null}
          {done ? <Alert tone="success">Saved.</Alert> : null}
          {canEdit ? (
            <Button type="submit" variant="outline" className="justify-self-start" disabled={save.pending || !changed}>
              {save.pending ? "Saving…" : "Save"}
            </Button>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
