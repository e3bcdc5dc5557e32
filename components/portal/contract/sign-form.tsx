"use client";

// Sign the contract: the typed legal name (the signature that counts), an optional drawing, and
// "I agree and sign". When the influencer is a minor their parent or guardian signs in the same form.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { signContractAction } from "@/app/(portal)/i/[token]/contract/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

import { SignaturePad } from "./signature-pad";
import { SigningCodeField, type SigningCodeState } from "./signing-code-field";

const LABELS = {
  typedName: "Your full legal name",
  drawnSignature: "Your drawn signature",
  agree: "I agree and sign",
  "guardian.typedName": "Parent or guardian’s full legal name",
  "guardian.drawnSignature": "Parent or guardian’s drawn signature",
  "guardian.agree": "Parent or guardian agrees and signs",
  code: "Code from the email",
};

export function SignForm(props: {
  token: string;
  version: number;
  legalName: string;
  isMinor: boolean;
  guardianName: string | null;
  signingCode: SigningCodeState;
}) {
  const router = useRouter();
  const [name, setName] = useState(props.legalName);
  const [drawn, setDrawn] = useState("");
  const [agree, setAgree] = useState(false);
  const [guardianName, setGuardianName] = useState(props.guardianName ?? "");
  const [guardianDrawn, setGuardianDrawn] = useState("");
  const [guardianAgree, setGuardianAgree] = useState(false);
  const [code, setCode] = useState("");
  const { run, pending, error, fieldErrors } = useAction(signContractAction, LABELS);
  const needsCode = props.signingCode.required && !props.signingCode.verified;
  const ready =
    name.trim() !== "" && agree && (!props.isMinor || (guardianName.trim() !== "" && guardianAgree)) && (!needsCode || code.trim() !== "");

  return (
    <form
      method="post"
      className="grid gap-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run(
          [
            props.token,
            {
              version: props.version,
              typedName: name,
              drawnSignature: drawn,
              agree: agree as true,
              guardian: props.isMinor ? { typedName: guardianName, drawnSignature: guardianDrawn, agree: guardianAgree as true } : null,
              code: needsCode ? code : "",
            },
          ],
          () => router.refresh(),
        );
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset className="grid gap-3">
        <legend className="sr-only">Your signature</legend>
        <Field label={LABELS.typedName} hint="Typing your name is your signature." error={fieldErrors.typedName}>
          <Input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" maxLength={200} />
        </Field>
        <SignaturePad label={LABELS.drawnSignature} onChange={setDrawn} />
        {fieldErrors.drawnSignature ? <p className="text-xs font-medium text-destructive">{fieldErrors.drawnSignature[0]}</p> : null}
        <label className="flex items-start gap-3 rounded-md border bg-background p-3 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-5 shrink-0 accent-primary"
            checked={agree}
            onChange={(e) => setAgree(e.target.checked)}
          />
          <span>
            <strong>I agree and sign.</strong> I have read this contract and sign it electronically; my typed name is my signature.
          </span>
        </label>
      </fieldset>

      {props.isMinor ? (
        <fieldset className="grid gap-3 border-t pt-4">
          <legend className="sr-only">Parent or guardian’s signature</legend>
          <div className="grid gap-0.5">
            <h3 className="text-sm font-semibold">Parent or guardian</h3>
            <p className="text-sm text-muted-foreground">Because you are under 18, your parent or guardian signs too.</p>
          </div>
          <Field label={LABELS["guardian.typedName"]} error={fieldErrors["guardian.typedName"]}>
            <Input value={guardianName} onChange={(e) => setGuardianName(e.target.value)} maxLength={200} />
          </Field>
          <SignaturePad label={LABELS["guardian.drawnSignature"]} onChange={setGuardianDrawn} />
          <label className="flex items-start gap-3 rounded-md border bg-background p-3 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-5 shrink-0 accent-primary"
              checked={guardianAgree}
              onChange={(e) => setGuardianAgree(e.target.checked)}
            />
            <span>
              <strong>I agree and sign</strong> as the parent or guardian, and consent to this contract on their behalf.
            </span>
          </label>
        </fieldset>
      ) : null}

      {props.signingCode.required ? (
        <SigningCodeField
          token={props.token}
          version={props.version}
          state={props.signingCode}
          value={code}
          onChange={setCode}
          error={fieldErrors.code}
        />
      ) : null}

      <div>
        <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={pending || !ready}>
          {pending ? "Signing…" : "Sign the contract"}
        </Button>
      </div>
    </form>
  );
}
