"use client";

// The workspace's contract settings: may influencers submit drafts before the contract is signed?
import { useRouter } from "next/navigation";
import { useState } from "react";

import { updateContractSettingsAction } from "@/app/(app)/actions/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { useAction } from "@/components/workspaces/use-action";

export function ContractSettingsForm({
  slug,
  draftsBeforeContractSigned,
  canEdit,
}: {
  slug: string;
  draftsBeforeContractSigned: boolean;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [value, setValue] = useState(draftsBeforeContractSigned);
  const [done, setDone] = useState(false);
  const save = useAction(updateContractSettingsAction);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Signing before content</CardTitle>
        <CardDescription>
          When a collaboration has a contract, whether the influencer may submit drafts before both parties have signed it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            setDone(false);
            save.run([slug, { draftsBeforeContractSigned: value }], () => {
              setDone(true);
              router.refresh();
            });
          }}
        >
          <fieldset disabled={!canEdit} className="flex items-start gap-2">
            <input
              id="drafts-before-signed"
              type="checkbox"
              className="mt-0.5 size-4 accent-primary"
              checked={value}
              onChange={(e) => {
                setValue(e.target.checked);
                setDone(false);
              }}
            />
            <div className="grid gap-0.5">
              <Label htmlFor="drafts-before-signed">Drafts can be submitted before the contract is signed</Label>
              <p className="text-xs text-muted-foreground">
                Off by default: the influencer can save drafts, and submits them once the contract is signed.
              </p>
            </div>
          </fieldset>
          {save.error ? <Alert tone="error">{save.error}</Alert> : null}
          {done ? <Alert tone="success">Saved.</Alert> : null}
          {canEdit ? (
            <Button
              type="submit"
              variant="outline"
              className="justify-self-start"
              disabled={save.pending || value === draftsBeforeContractSigned}
            >
              {save.pending ? "Saving…" : "Save"}
            </Button>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
