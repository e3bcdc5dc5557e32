// Settings → Billing: the plan, usage against each limit, and the way to Checkout or the portal.
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { billingOverview } from "@/lib/billing/limits";
import { PLANS } from "@/lib/billing/plans";
import { dateTimeFormat } from "@/lib/time-zone";

import { BillingActions } from "./billing-actions";

type Overview = Awaited<ReturnType<typeof billingOverview>>;

const STATUS_LABELS: Record<string, string> = {
  none: "No subscription",
  active: "Active",
  trialing: "Trial",
  past_due: "Payment overdue",
  unpaid: "Unpaid",
  canceled: "Canceled",
  incomplete: "Awaiting first payment",
  incomplete_expired: "Checkout expired",
  paused: "Paused",
};

const day = (d: Date) => dateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(d);

export function BillingPanel({ slug, overview, yearly }: { slug: string; overview: Overview; yearly: { pro: boolean; agency: boolean } }) {
  const o = overview;
  const live = ["active", "trialing", "past_due", "unpaid"].includes(o.status);
  const offers = (["pro", "agency"] as const).map((plan) => ({ plan, name: PLANS[plan].name, yearly: yearly[plan] }));
  return (
    <div className="grid max-w-3xl gap-6" data-testid="billing-panel">
      <Card>
        <CardHeader>
          <CardTitle className="flex flex-wrap items-center gap-2">
            {PLANS[o.plan].name} plan <Badge variant="outline">{STATUS_LABELS[o.status] ?? o.status}</Badge>
          </CardTitle>
          <CardDescription>
            {o.status === "trialing" && o.currentPeriodEnd ? `Trial ends ${day(o.currentPeriodEnd)}. ` : null}
            {o.status === "active" && o.currentPeriodEnd
              ? o.cancelAtPeriodEnd
                ? `Ends ${day(o.currentPeriodEnd)}; the workspace then returns to Free limits. Nothing is deleted.`
                : `Renews ${day(o.currentPeriodEnd)}.`
              : null}
            {!live ? "Upgrade for a bigger roster, more active campaigns and more seats. Nothing is ever deleted on a downgrade." : null}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {o.graceEndsAt ? (
            <Alert tone="warning">
              The last payment failed. Update the payment method before {day(o.graceEndsAt)}, when the workspace becomes read-only.
            </Alert>
          ) : null}
          {o.readOnly ? (
            <Alert tone="error">Payment is overdue: no new records can be added until it is settled. Everything stays readable.</Alert>
          ) : null}
          <BillingActions slug={slug} offers={o.plan === "agency" ? [] : offers} canCheckout={!live} canPortal={o.hasCustomer} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Usage</CardTitle>
          <CardDescription>What the {PLANS[o.plan].name} plan allows, and what this workspace uses.</CardDescription>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-4">
            {o.usage.map((u) => {
              const over = u.limit !== null && u.used! > u.limit;
              return (
                <li key={u.kind} className="grid gap-1" data-testid={`usage-${u.kind}`}>
                  <div className="flex justify-between gap-2 text-sm">
                    <span>{u.label}</span>
                    <span className={over ? "font-medium text-destructive" : "text-muted-foreground"}>
                      {u.used!.toLocaleString("en-US")} of {u.limit === null ? "unlimited" : u.limit.toLocaleString("en-US")}
                    </span>
                  </div>
                  {u.limit !== null ? (
                    <progress
                      className="h-2 w-full accent-primary"
                      max={Math.max(u.limit, 1)}
                      value={Math.min(u.used!, u.limit)}
                      aria-label={`${u.label}: ${u.used} of ${u.limit}`}
                    />
                  ) : null}
                  {over ? (
                    <p className="text-xs text-destructive">
                      Over the limit: nothing is removed, but no more can be added until usage fits.
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </CardContent>
      </Card>
    </div>
  );
}
