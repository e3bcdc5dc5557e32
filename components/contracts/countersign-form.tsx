"use client";

// The brand's countersignature (members with contracts.sign): typed legal name and a confirmation,
// for the version the influencer signed. Completing the contract queues the sealed PDF.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { countersignContractAction } from "@/app/(app)/actions/contract-signing";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

const LABELS = { typedName: "Your full legal name", confirm: "Confirmation" };

export function CountersignForm({
  slug,
  contractId,
  version,
  brandLegalName,
  defaultName = "",
}: {
  slug: string;
  contractId: string;
  /** The version the influencer signed (the contract's current version). */
  version: number;
  /** The brand party named in the contract, shown in the confirmation. */
  brandLegalName: string;
  defaultName?: string;
}) {
  const router = useRouter();
  const [name, setName] = useState(defaultName);
  const [confirm, setConfirm] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(countersignContractAction, LABELS);
  return (
    <form
      method="post"
      className="grid gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run([slug, { contractId, version, typedName: name, confirm: confirm as true }], () => router.refresh());
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={LABELS.typedName} hint="Typing your name is your signature." error={fieldErrors.typedName}>
        <Input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" maxLength={200} />
      </Field>
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-primary"
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
        />
        <span>
          I am authorised to sign for <strong>{brandLegalName || "the brand"}</strong> and countersign version {version} of this contract.
        </span>
      </label>
      <div>
        <Button type="submit" disabled={pending || !confirm || !name.trim()}>
          {pending ? "Countersigning…" : "Countersign"}
        </Button>
      </div>
    </form>
  );
}
