// The budget planner: estimated deliverable cost (rate card, low–high) and agreed fees against the budget.
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { BudgetPlan } from "@/lib/campaigns/budget";
import { formatMinorUnits } from "@/lib/metrics";

function Bar({ label, value, max, tone, text }: { label: string; value: number; max: number; tone: string; text: string }) {
  const pct = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <div className="grid gap-1">
      <div className="flex justify-between text-xs">
        <span className="text-muted-foreground">{label}</span>
        <span className="font-medium tabular-nums">{text}</span>
      </div>
      <div className="h-2.5 overflow-hidden rounded-full bg-muted" aria-hidden>
        <div className={`h-full rounded-full ${tone}`} style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

export function BudgetCard({ plan, customRateCard }: { plan: BudgetPlan; customRateCard: boolean }) {
  const fmt = (m: number) => formatMinorUnits(m, plan.currency);
  const max = Math.max(plan.budgetMinor ?? 0, plan.agreedMinor, plan.estimate.highMinor, 1);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Budget</CardTitle>
        <CardDescription>
          Estimate from the {customRateCard ? "workspace’s" : "default micro-influencer (USD)"} rate card × planned deliverables.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3" data-testid="budget-card" data-status={plan.status}>
        <Bar
          label="Budget"
          value={plan.budgetMinor ?? 0}
          max={max}
          tone="bg-foreground/30"
          text={plan.budgetMinor === null ? "Not set" : fmt(plan.budgetMinor)}
        />
        <Bar
          label={plan.productMinor > 0 ? "Agreed fees and products" : "Agreed fees"}
          value={plan.agreedMinor}
          max={max}
          tone={plan.status === "over" ? "bg-destructive" : "bg-primary"}
          text={fmt(plan.agreedMinor)}
        />
        <Bar
          label="Estimated deliverables (high)"
          value={plan.estimate.highMinor}
          max={max}
          tone={plan.status === "at_risk" ? "bg-warning" : "bg-success"}
          text={`${fmt(plan.estimate.lowMinor)} – ${fmt(plan.estimate.highMinor)}`}
        />
        {plan.remainingMinor !== null ? (
          <p className="text-sm">
            Remaining after agreed {plan.productMinor > 0 ? "fees and products" : "fees"}:{" "}
            <strong className={plan.remainingMinor < 0 ? "text-destructive" : ""}>{fmt(plan.remainingMinor)}</strong>
          </p>
        ) : null}
        {plan.warnings.map((w, i) => (
          <Alert key={i} tone={plan.status === "over" && i === 0 ? "error" : "warning"}>
            {w}
          </Alert>
        ))}
      </CardContent>
    </Card>
  );
}
