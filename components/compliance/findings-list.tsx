"use client";

// Findings with their plain-language message and a concrete fix, each fix copyable or applicable.
import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/workspaces/copy-button";
import { findingTitle, type Finding, type FindingCode } from "@/lib/compliance";

// Codes whose `fix` is the whole rewritten caption (the others are instructions).
const CAPTION_FIX_CODES: ReadonlySet<FindingCode> = new Set([
  "MISSING_DISCLOSURE",
  "VAGUE_DISCLOSURE",
  "DISCLOSURE_NOT_UPFRONT",
  "DISCLOSURE_BURIED",
  "PLATFORM_LABEL_ONLY",
  "UNDISCLOSED_EDITING",
  "DESCRIPTION_DISCLOSURE_MISSING",
]);

export function FindingsSummary({ compliant, findings }: { compliant: boolean; findings: Finding[] }) {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (compliant) {
    return (
      <div className="flex items-center gap-2 rounded-md border border-success/40 bg-success/10 px-3 py-2 text-sm font-medium text-success">
        <CheckCircle2 aria-hidden className="size-5" />
        Compliant{warnings ? ` — ${warnings} warning${warnings > 1 ? "s" : ""} to look at` : ""}
      </div>
    );
  }
  return (
    <div className="flex items-center gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm font-medium text-destructive">
      <XCircle aria-hidden className="size-5" />
      Not compliant: {errors} problem{errors > 1 ? "s" : ""} to fix{warnings ? `, ${warnings} warning${warnings > 1 ? "s" : ""}` : ""}
    </div>
  );
}

export function FindingsList({ findings, onApplyFix }: { findings: Finding[]; onApplyFix?: (caption: string) => void }) {
  if (!findings.length) return null;
  return (
    <ol className="grid gap-3" aria-label="Findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className="rounded-md border p-3" data-code={f.code}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-xs font-semibold text-muted-foreground">{i + 1}</span>
            {f.severity === "error" ? (
              <XCircle aria-hidden className="size-4 text-destructive" />
            ) : (
              <AlertTriangle aria-hidden className="size-4 text-warning" />
            )}
            <span className="font-medium">{findingTitle(f.code)}</span>
            <Badge variant={f.severity === "error" ? "destructive" : "warning"}>{f.severity === "error" ? "Error" : "Warning"}</Badge>
          </div>
          <p className="mt-2 text-sm">{f.message}</p>
          {f.fix ? (
            <div className="mt-2 grid gap-2">
              <p className="text-xs font-medium text-muted-foreground">
                {CAPTION_FIX_CODES.has(f.code) ? "Suggested caption" : "How to fix"}
              </p>
              <p className="rounded bg-muted px-2 py-1.5 text-sm whitespace-pre-wrap">{f.fix}</p>
              <div className="flex gap-2">
                <CopyButton text={f.fix} label="Copy fix" />
                {onApplyFix && CAPTION_FIX_CODES.has(f.code) ? (
                  <Button type="button" size="sm" variant="secondary" onClick={() => onApplyFix(f.fix!)}>
                    Use this caption
                  </Button>
                ) : null}
              </div>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
