"use client";

// Runs a server action that returns an ActionResult and keeps its pending state and errors.
// `run` keeps its identity across renders (server actions are module-level references), so it is
// safe as an effect dependency: a new function each render would re-run such an effect after every
// result, for ever.
// Field errors go to the fields (`fieldErrors[key]`); `error` is the summary above the form. Pass the
// form's labels (field key → the label on screen) and the summary names those fields instead of
// repeating their messages; errors for keys the form doesn't show are spelled out there. The
// summary is derived while rendering, so `labels` may be a new object each render.
import { useCallback, useState, useTransition } from "react";

import type { ActionResult } from "@/lib/auth/workspace-action";
import { summarizeFieldErrors, type FieldErrors } from "@/lib/field-errors";

export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<ActionResult<T>>, labels?: Record<string, string>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // The error's code: PAYMENT_REQUIRED (a plan limit) shows an upgrade button (components/billing/upgrade-hint.tsx).
  const [code, setCode] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const run = useCallback(
    (args: A, onSuccess?: (data: T) => void) => {
      setError(null);
      setCode(null);
      setFieldErrors({});
      startTransition(async () => {
        const res = await action(...args);
        if (res.ok) onSuccess?.(res.data);
        else {
          setError(res.error.message);
          setCode(res.error.code);
          setFieldErrors(res.error.fieldErrors ?? {});
        }
      });
    },
    [action],
  );
  const summary = error !== null && labels ? summarizeFieldErrors(error, fieldErrors, labels) : error;
  return { run, pending, error: summary, code, fieldErrors, setError };
}
