"use client";

import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";

import { cn } from "@/components/ui/cn";
import { OUTREACH_FINDING_TITLES, type OutreachLintResult } from "@/lib/outreach/lint";

/** The personalization check's result for one message: score and findings, announced politely as they change. */
export function LintFindings({ result, id }: { result: OutreachLintResult; id: string }) {
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const tone = errors ? "text-destructive" : result.findings.length ? "text-warning" : "text-success";
  return (
    <div className="grid gap-2" id={id}>
      <p className={cn("flex items-center gap-1.5 text-sm font-medium", tone)} aria-live="polite" data-testid="lint-summary">
        {errors ? (
          <XCircle className="size-4" aria-hidden />
        ) : result.findings.length ? (
          <AlertTriangle className="size-4" aria-hidden />
        ) : (
          <CheckCircle2 className="size-4" aria-hidden />
        )}
        Personal score {result.score}/100 —{" "}
        {errors
          ? `${errors} problem${errors > 1 ? "s" : ""} to fix`
          : result.findings.length
            ? "good to send, with suggestions"
            : "ready to send"}
      </p>
      {result.findings.length ? (
        <ul className="grid gap-1.5" aria-label="Findings">
          {result.findings.map((f) => (
            <li key={f.code} data-testid="lint-finding" data-code={f.code} className="flex gap-2 rounded-md border px-2.5 py-2 text-xs">
              {f.severity === "error" ? (
                <XCircle className="mt-0.5 size-3.5 shrink-0 text-destructive" aria-hidden />
              ) : (
                <AlertTriangle className="mt-0.5 size-3.5 shrink-0 text-warning" aria-hidden />
              )}
              <span>
                <span className="font-semibold">
                  {OUTREACH_FINDING_TITLES[f.code]}
                  <span className="sr-only"> ({f.severity})</span>:
                </span>{" "}
                {f.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
