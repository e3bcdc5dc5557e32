"use client";

import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";

import { cn } from "@/components/ui/cn";
import type { OutreachLintResult } from "@/lib/outreach";

const CODE_LABELS: Record<string, string> = {
  UNFILLED_PLACEHOLDER: "Unfilled placeholder",
  GENERIC_GREETING: "Generic greeting",
  NO_SPECIFIC_APPRECIATION: "No specific appreciation",
  NO_BRAND_INTRO: "No brand introduction",
  NO_BRAND_LINKS: "No brand links",
  NO_CLEAR_ASK: "No clear ask",
  NO_TIMELINE: "No timeline",
  TOO_LONG: "Too long for a phone",
  SUBJECT_TOO_LONG: "Subject too long",
};

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
                  {CODE_LABELS[f.code] ?? f.code}
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
