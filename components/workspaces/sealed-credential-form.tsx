"use client";

// The one form that takes a credential (a metric connector's access token or API key, a store's
// signing secret) with the plain fields that describe it: Settings → Connectors (connect, replace a
// token) and Settings → Stores (connect). The secret is a password field whose hint says it is stored
// encrypted and never shown again, and it is emptied once saved; a refused save keeps every input and
// puts each error on its field; the button is disabled while the action runs.
import { useState, type ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import type { ActionResult } from "@/lib/auth/workspace-action";

export type CredentialField<K extends string> = { name: K; label: string; hint?: string } & (
  | { type: "text"; placeholder?: string; maxLength?: number; inputMode?: "numeric" }
  | { type: "date" }
  | { type: "select"; options: readonly { value: string; label: string }[] }
  /** The credential itself; `hint` says how to change it once sealed. */
  | { type: "secret" }
);

export type CredentialValues<K extends string> = Record<K, string>;

export const SEALED_HINT = "Stored encrypted and never shown again.";

/** The secret field's hint: sealed, then (optionally) how to change it. */
export function sealedHint(change?: string): string {
  return change ? `${SEALED_HINT} ${change}` : SEALED_HINT;
}

/**
 * The values once saved: a select the form shows keeps its choice (the next credential is likely of
 * the same kind); every other value is emptied, the secret above all, so it is on screen no longer
 * than it is typed.
 */
export function valuesAfterSave<K extends string>(values: CredentialValues<K>, fields: readonly CredentialField<K>[]): CredentialValues<K> {
  const kept = new Set<string>(fields.filter((f) => f.type === "select").map((f) => f.name));
  const next = { ...values };
  for (const k of Object.keys(next) as K[]) if (!kept.has(k)) next[k] = "";
  return next;
}

/** The form's labels by field name, for the summary above the form (useAction). */
export function credentialLabels<K extends string>(fields: readonly CredentialField<K>[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, f.label]));
}

export function SealedCredentialForm<K extends string, I, T>({
  slug,
  action,
  initial,
  fields,
  adjust,
  toInput,
  submitLabel,
  pendingLabel = submitLabel,
  saved,
  onSaved,
  onCancel,
  card,
  className = "grid gap-3 sm:max-w-xl",
}: {
  slug: string;
  action: (workspaceSlug: string, input: I) => Promise<ActionResult<T>>;
  initial: CredentialValues<K>;
  /** The fields to show for the current values (a platform's choice changes the others). */
  fields: (values: CredentialValues<K>) => readonly CredentialField<K>[];
  /** The values after one changed (e.g. another platform resets the token type). */
  adjust?: (values: CredentialValues<K>, changed: K) => CredentialValues<K>;
  toInput: (values: CredentialValues<K>) => I;
  submitLabel: string;
  /** The button's label while the action runs ("Connecting…"); the submit label by default. */
  pendingLabel?: string;
  /** The message shown after a save, until the next submit. */
  saved?: (data: T) => ReactNode;
  onSaved?: (data: T) => void;
  onCancel?: () => void;
  card?: { title: string; description: (values: CredentialValues<K>) => ReactNode };
  className?: string;
}) {
  const [values, setValues] = useState(initial);
  const [done, setDone] = useState<{ data: T } | null>(null);
  const shown = fields(values);
  const save = useAction(action, credentialLabels(shown));
  const set = (name: K, value: string) => {
    const next = { ...values, [name]: value };
    setValues(adjust ? adjust(next, name) : next);
  };

  const form = (
    <form
      method="post"
      autoComplete="off"
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        save.run([slug, toInput(values)], (data) => {
          setValues(valuesAfterSave(values, shown));
          setDone({ data });
          onSaved?.(data);
        });
      }}
    >
      {save.error ? <Alert tone="error">{save.error}</Alert> : null}
      {done && saved ? <Alert tone="success">{saved(done.data)}</Alert> : null}
      {shown.map((f) => (
        <Field key={f.name} label={f.label} hint={f.type === "secret" ? sealedHint(f.hint) : f.hint} error={save.fieldErrors[f.name]}>
          {f.type === "select" ? (
            <NativeSelect value={values[f.name]} onChange={(e) => set(f.name, e.target.value)}>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </NativeSelect>
          ) : f.type === "secret" ? (
            <Input type="password" value={values[f.name]} onChange={(e) => set(f.name, e.target.value)} autoComplete="new-password" />
          ) : f.type === "date" ? (
            <Input type="date" value={values[f.name]} onChange={(e) => set(f.name, e.target.value)} />
          ) : (
            <Input
              value={values[f.name]}
              onChange={(e) => set(f.name, e.target.value)}
              placeholder={f.placeholder}
              maxLength={f.maxLength}
              inputMode={f.inputMode}
            />
          )}
        </Field>
      ))}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={save.pending}>
          {save.pending ? pendingLabel : submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
  if (!card) return form;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{card.title}</CardTitle>
        <CardDescription>{card.description(values)}</CardDescription>
      </CardHeader>
      <CardContent>{form}</CardContent>
    </Card>
  );
}
