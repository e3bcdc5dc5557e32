// The workspace "Payments" list: filters (a plain GET form, works without script), totals per
// currency (never summed across currencies), and one row per scheduled payment, overdue first.
import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NativeSelect } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { Label } from "@/components/ui/label";
import { PAYMENT_STATE_LABELS, PAYMENT_STATES, pendingDueText, type PaymentState } from "@/lib/contracts/payment-state";
import type { listPayments } from "@/lib/contracts/payments";
import { formatDay } from "@/lib/time-zone";

import { money } from "./money";
import { PaymentStateBadge } from "./payment-state-badge";

type List = Awaited<ReturnType<typeof listPayments>>;

export function PaymentsDue(props: {
  slug: string;
  list: List;
  filters: { state: PaymentState | null; campaignId: string | null };
  icon: ReactNode;
}) {
  const { list, filters } = props;
  const filtered = Boolean(filters.state || filters.campaignId);
  return (
    <div className="grid gap-6">
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter payments">
        <div className="grid gap-1.5">
          <Label htmlFor="payments-state">State</Label>
          <NativeSelect id="payments-state" name="state" defaultValue={filters.state ?? ""} className="w-44">
            <option value="">All states</option>
            {PAYMENT_STATES.map((s) => (
              <option key={s} value={s}>
                {PAYMENT_STATE_LABELS[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="payments-campaign">Campaign</Label>
          <NativeSelect id="payments-campaign" name="campaign" defaultValue={filters.campaignId ?? ""} className="w-56 max-w-full">
            <option value="">All campaigns</option>
            {list.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {filtered ? (
          <IntentLink className="pb-2 text-sm text-muted-foreground hover:underline" href={`/w/${props.slug}/payments`}>
            Clear filters
          </IntentLink>
        ) : null}
      </form>

      {list.totals.length ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Totals per currency" data-testid="payment-totals">
          {list.totals.map((t) => (
            <li key={t.currency}>
              <Card>
                <CardContent className="grid gap-1 pt-6 text-sm">
                  <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{t.currency}</p>
                  <p className="text-2xl font-semibold tabular-nums">{money(t.outstandingMinor, t.currency)}</p>
                  <p className="text-muted-foreground">
                    outstanding of {money(t.amountMinor, t.currency)} · {t.count} payment{t.count === 1 ? "" : "s"}
                  </p>
                  {t.overdueMinor > 0 ? <p className="font-medium text-destructive">{money(t.overdueMinor, t.currency)} overdue</p> : null}
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}

      {list.payments.length === 0 ? (
        <EmptyState icon={props.icon} title={filtered ? "No payments match these filters" : "No payments scheduled yet"}>
          {filtered
            ? "Try another state or campaign."
            : "When a contract with a cash fee is signed by both parties, its payment schedule appears here."}
        </EmptyState>
      ) : (
        <Card>
          <CardContent className="pt-6">
            <ul className="grid divide-y" data-testid="payments-list">
              {list.payments.map((p) => (
                <li
                  key={p.id}
                  className="grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4"
                  data-state={p.state}
                >
                  <div className="grid gap-0.5">
                    <IntentLink
                      className="font-medium hover:underline"
                      href={`/w/${props.slug}/campaigns/${p.campaignId}/collaborations/${p.collaborationId}`}
                    >
                      {p.influencerName}
                    </IntentLink>
                    <p className="text-sm text-muted-foreground">
                      {p.campaignName} · {p.label}
                    </p>
                    <p className="text-sm text-muted-foreground">
                      {p.dueDate ? `Due ${formatDay(p.dueDate, true)}` : `Due ${pendingDueText(p.milestone, p.netDays).toLowerCase()}`}
                      {p.paidMinor > 0 && p.state !== "paid" ? ` · ${money(p.paidMinor, p.currency)} paid` : ""}
                    </p>
                  </div>
                  <div className="flex items-center gap-2 sm:justify-end">
                    <strong className="tabular-nums">{money(p.state === "paid" ? p.amountMinor : p.outstandingMinor, p.currency)}</strong>
                    <PaymentStateBadge state={p.state} />
                  </div>
                </li>
              ))}
            </ul>
            {list.total > list.payments.length ? (
              <p className="mt-3 text-sm text-muted-foreground">
                Showing the first {list.payments.length} of {list.total}; filter to see the rest.
              </p>
            ) : null}
          </CardContent>
        </Card>
      )}
    </div>
  );
}
