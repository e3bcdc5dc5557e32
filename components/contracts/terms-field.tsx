// Pieces of the contract terms form: a labelled field whose id is its terms path (so a readiness
// finding can link to it), a whole-number input, and a checkbox row.
import { cloneElement, type ReactElement, type ReactNode } from "react";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** "deliverables[2].dueDate" → "terms-deliverables-2-dueDate": the DOM id of a terms field. */
export function anchorOf(field: string): string {
  return `terms-${field.replace(/[^A-Za-z0-9]+/g, "-").replace(/-+$/, "")}`;
}

export function TermsField({
  field,
  label,
  hint,
  errors,
  warnings,
  children,
}: {
  field: string;
  label: string;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Readiness warnings: shown under the field, but the value is not invalid. */
  warnings?: readonly string[];
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = anchorOf(field);
  const message = errors?.[0];
  const warning = message ? undefined : warnings?.[0];
  const describedBy =
    [hint ? `${id}-hint` : null, message ? `${id}-error` : null, warning ? `${id}-warning` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid content-start gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {cloneElement(children, { id, "aria-describedby": describedBy, "aria-invalid": message ? true : undefined })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="text-xs font-medium text-destructive">
          {message}
        </p>
      ) : null}
      {warning ? (
        <p id={`${id}-warning`} className="text-xs font-medium text-warning">
          {warning}
        </p>
      ) : null}
    </div>
  );
}

/** A whole number ≥ 0, or null when empty. */
export function WholeNumberInput({
  value,
  onValue,
  max = 3650,
  ...rest
}: { value: number | null; onValue: (n: number | null) => void; max?: number } & Record<string, unknown>) {
  return (
    <Input
      {...rest}
      type="number"
      inputMode="numeric"
      min={0}
      max={max}
      step={1}
      value={value ?? ""}
      onChange={(e) => {
        const raw = e.target.value;
        if (raw === "") return onValue(null);
        const n = Math.trunc(Number(raw));
        if (Number.isFinite(n)) onValue(Math.min(max, Math.max(0, n)));
      }}
    />
  );
}

export function CheckRow({
  field,
  label,
  hint,
  checked,
  onChecked,
}: {
  field: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChecked: (v: boolean) => void;
}) {
  const id = anchorOf(field);
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 accent-primary"
        checked={checked}
        onChange={(e) => onChecked(e.target.checked)}
      />
      <div className="grid gap-0.5">
        <Label htmlFor={id}>{label}</Label>
        {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
      </div>
    </div>
  );
}
