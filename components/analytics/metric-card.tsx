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
    <section
      aria-labelledby={`${id}-title`}
      className="grid content-start gap-2 rounded-lg border bg-card p-4 text-card-foreground shadow-xs"
      data-testid={`metric-${id}`}
    >
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
        <summary className="cursor-pointer rounded-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
          How it’s calculated
        </summary>
        <div className="mt-2 grid gap-1.5 rounded-md bg-muted p-2">
          <p className="font-mono text-[11px] break-words" data-testid={`formula-${id}`}>
            {formula}
          </p>
          <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-0.5">
            {inputs.map((i) => (
              <div key={i.label} className="contents">
                <dt className="text-muted-foreground">
                  {i.label}
                  {i.note ? <span className="block text-[11px]">{i.note}</span> : null}
                </dt>
                <dd className="text-right tabular-nums">{i.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
    </section>
  );
}
