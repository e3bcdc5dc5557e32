// One headline figure of the Results tab: the value (or "—" with its reason), a verdict badge, a
// benchmark line, and its formula with the inputs it was applied to one click away in a <details>
// (a native disclosure: keyboard and screen-reader friendly without any script).
import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";

import { Missing } from "./missing";

export type Verdict = { label: string; tone: "success" | "warning" | "destructive" | "default" };

export type FormulaInput = { label: string; value: string; note?: string };

export function MetricCard({
  id,
  title,
  value,
  missing,
  verdict,
  estimate,
  benchmark,
  formula,
  inputs,
  children,
}: {
  id: string;
  title: string;
  value: string | null;
  missing?: string | null;
  verdict?: Verdict | null;
  estimate?: boolean;
  benchmark?: ReactNode;
  formula: string;
  inputs: FormulaInput[];
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="metric-card" data-testid={`metric-${id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${id}-title`} className="text-sm font-medium text-muted-foreground">
          {title}
        </h3>
        {estimate ? <Badge variant="outline">Estimate</Badge> : null}
      </div>
      <p className="flex flex-wrap items-baseline gap-2">
        {value === null ? (
          <Missing className="text-2xl font-semibold" reason={missing} />
        ) : (
          <span className="text-2xl font-semibold tabular-nums">{value}</span>
        )}
        {verdict ? <Badge variant={verdict.tone}>{verdict.label}</Badge> : null}
      </p>
      {benchmark ? <p className="text-xs text-muted-foreground">{benchmark}</p> : null}
      {children}
      <details className="group text-xs">
        <summary className="metric-card-toggle">How it’s calculated</summary>
        <div className="metric-card-formula">
          <p className="font-mono text-[11px] break-words" data-testid={`formula-${id}`}>
            {formula}
          </p>
          {/* The terms are styled from the list (.metric-card-inputs in app/globals.css). */}
          <dl className="metric-card-inputs">
            {inputs.map((i) => (
              <div key={i.label}>
                <dt>
                  {i.label}
                  {i.note ? <span>{i.note}</span> : null}
                </dt>
                <dd>{i.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
    </section>
  );
}
