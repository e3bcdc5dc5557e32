"use client";

// The influencer gives the brand a Spark Ads code (TikTok: Creator tools → Ad settings → generate a
// code for 7–365 days) or a Meta partnership-ads permission, with how long it is valid.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { enterAdCodeAction } from "@/app/(portal)/rights/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { AD_CODE_DAYS, AD_CODE_LABELS, type AdCodePlatform } from "@/lib/contracts/usage-rights-labels";

const LABELS = { platform: "Kind of code", code: "Code", validDays: "Valid for (days)", generatedOn: "Generated on" };

export function AdCodeForm({ token, platforms, today }: { token: string; platforms: AdCodePlatform[]; today: string }) {
  const router = useRouter();
  const [platform, setPlatform] = useState<AdCodePlatform>(platforms[0]!);
  const [code, setCode] = useState("");
  const [validDays, setValidDays] = useState("30");
  const [generatedOn, setGeneratedOn] = useState(today);
  const [done, setDone] = useState<string | null>(null);
  const { run, pending, error, fieldErrors } = useAction(enterAdCodeAction, LABELS);
  const range = AD_CODE_DAYS[platform];
  return (
    <form
      method="post"
      className="grid gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        run([token, { platform, code, validDays, generatedOn }], (d) => {
          setCode("");
          setDone(`Code saved. It works until ${d.expiresOn}.`);
          router.refresh();
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      {platforms.length > 1 ? (
        <Field label={LABELS.platform} error={fieldErrors.platform}>
          <NativeSelect value={platform} onChange={(e) => setPlatform(e.target.value as AdCodePlatform)}>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {AD_CODE_LABELS[p]}
              </option>
            ))}
          </NativeSelect>
        </Field>
      ) : (
        <p className="text-sm font-medium">{AD_CODE_LABELS[platform]}</p>
      )}
      <Field label={LABELS.code} hint="Paste it exactly as the app shows it. Only the brand’s team sees it." error={fieldErrors.code}>
        <Input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} placeholder="#…" />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={LABELS.validDays} hint={`${range.min} to ${range.max} days, as you chose in the app.`} error={fieldErrors.validDays}>
          <Input
            type="number"
            inputMode="numeric"
            min={range.min}
            max={range.max}
            value={validDays}
            onChange={(e) => setValidDays(e.target.value)}
          />
        </Field>
        <Field label={LABELS.generatedOn} error={fieldErrors.generatedOn}>
          <Input type="date" max={today} value={generatedOn} onChange={(e) => setGeneratedOn(e.target.value)} />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={pending || !code.trim()}>
          {pending ? "Saving…" : "Give the brand this code"}
        </Button>
      </div>
    </form>
  );
}
