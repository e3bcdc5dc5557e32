// Disclosure-check findings: errors first, each with its message and suggested fix.
import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";

import type { Finding } from "@/lib/compliance";
import { findingTitle } from "@/lib/compliance/titles";

export function FindingsList({
  findings,
  compliant,
  emptyText = "No disclosure problems found.",
}: {
  findings: Finding[];
  compliant: boolean;
  emptyText?: string;
}) {
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  if (!sorted.length) {
    return (
      <p className="flex items-center gap-2 text-sm font-medium text-success">
        <CheckCircle2 aria-hidden className="size-4" /> {emptyText}
      </p>
    );
  }
  return (
    <div className="grid gap-2">
      <p className={compliant ? "text-sm font-medium text-warning" : "text-sm font-medium text-destructive"}>
        {compliant
          ? "No errors — but check the warnings below."
          : `${sorted.filter((f) => f.severity === "error").length} error(s) must be fixed before this can be submitted or approved.`}
      </p>
      <ul className="grid gap-2">
        {sorted.map((f, i) => (
          <li
            key={`${f.code}-${i}`}
            className="rounded-md border p-3 text-sm"
            data-testid="finding"
            data-severity={f.severity}
            data-code={f.code}
          >
            <div className="flex items-start gap-2">
              {f.severity === "error" ? (
                <XCircle aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />
              ) : (
                <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
              )}
              <div className="grid gap-1">
                <p className="font-medium">
                  <span className="sr-only">{f.severity === "error" ? "Error: " : "Warning: "}</span>
                  {findingTitle(f.code)}
                </p>
                <p>{f.message}</p>
                {f.fix ? <p className="text-xs whitespace-pre-line text-muted-foreground">Suggested fix: {f.fix}</p> : null}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
