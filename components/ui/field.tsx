// A labelled form field with its hint and error, wired for screen readers (aria-describedby).
import { cloneElement, useId, type ReactElement, type ReactNode } from "react";

import { Label } from "./label";

export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string[] | string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {cloneElement(children, { id, "aria-describedby": describedBy, "aria-invalid": message ? true : undefined })}
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="text-xs font-medium text-destructive">
          {message}
        </p>
      ) : null}
    </div>
  );
}
