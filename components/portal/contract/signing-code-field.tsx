"use client";

// The emailed one-time code in the sign form, when the brand asks for one: "Email me a code", then
// the six digits (checked together with the signature). Already verified → nothing to type.
import { useState } from "react";

import { sendSigningCodeAction } from "@/app/(portal)/i/[token]/contract/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export type SigningCodeState = { required: false } | { required: true; verified: boolean; sentTo: string | null };

export function SigningCodeField(props: {
  token: string;
  version: number;
  state: SigningCodeState & { required: true };
  value: string;
  onChange: (code: string) => void;
  error?: string[];
}) {
  const [sentTo, setSentTo] = useState(props.state.sentTo);
  const { run, pending, error } = useAction(sendSigningCodeAction);
  if (props.state.verified) {
    return <Alert tone="success">Your email code is confirmed. You can sign now.</Alert>;
  }
  return (
    <div className="grid gap-2 rounded-md border bg-background p-3" data-testid="signing-code">
      <p className="text-sm">
        The brand asks for a one-time code before you sign. We email it to the address on the contract; it works for 10 minutes.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {sentTo ? <p className="text-sm text-muted-foreground">Code sent to {sentTo}.</p> : null}
      <div className="flex flex-wrap items-end gap-2">
        <Button
          type="button"
          variant="outline"
          disabled={pending}
          onClick={() => run([props.token, { version: props.version }], (r) => setSentTo(r.sentTo))}
        >
          {pending ? "Sending…" : sentTo ? "Send a new code" : "Email me a code"}
        </Button>
        <Field label="Code from the email" error={props.error}>
          <Input
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={9}
            className="w-36 tracking-widest"
          />
        </Field>
      </div>
    </div>
  );
}
