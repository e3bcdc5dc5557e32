"use client";

// Consent to electronic records and signatures, before the contract is shown (the disclosure's text
// comes from lib/contracts/consent.ts).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { giveContractConsentAction } from "@/app/(portal)/i/[token]/contract/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";
import type { ConsentDisclosure } from "@/lib/contracts/consent";

export function ConsentForm({ token, version, disclosure }: { token: string; version: number; disclosure: ConsentDisclosure }) {
  const router = useRouter();
  const [agree, setAgree] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(giveContractConsentAction);
  return (
    <form
      method="post"
      className="grid gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run([token, { version, agree: agree as true }], () => router.refresh());
      }}
    >
      <dl className="grid gap-3 text-sm">
        {disclosure.items.map((item) => (
          <div key={item.heading} className="grid gap-0.5">
            <dt className="font-medium">{item.heading}</dt>
            <dd className="text-muted-foreground">{item.text}</dd>
          </div>
        ))}
      </dl>
      {error ? <Alert tone="error">{fieldErrors.agree?.[0] ?? error}</Alert> : null}
      <label className="flex items-start gap-3 rounded-md border bg-background p-3 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-5 shrink-0 accent-primary"
          checked={agree}
          onChange={(e) => setAgree(e.target.checked)}
          aria-invalid={fieldErrors.agree ? true : undefined}
        />
        <span>{disclosure.agreement}</span>
      </label>
      <div>
        <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={pending || !agree}>
          {pending ? "Saving…" : "Continue to the contract"}
        </Button>
      </div>
    </form>
  );
}
