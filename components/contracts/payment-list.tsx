// One list of scheduled creator payments (label, amount, state, due date, progress), shared by the
// collaboration page and the portal; each side adds its own line and actions per payment.
import type { ReactNode } from "react";

import { pendingDueText, type PaymentState } from "@/lib/contracts/payment-state";
import { formatDay } from "@/lib/time-zone";

import { money } from "./money";
import { PaymentStateBadge } from "./payment-state-badge";

export interface PaymentListItem {
  id: string;
  label: string;
  milestone: string;
  netDays: number;
  amountMinor: number;
  paidMinor: number;
  currency: string;
  dueDate: string | null;
  state: PaymentState;
}

export function PaymentList<P extends PaymentListItem>(props: {
  payments: readonly P[];
  /** What is paid so far, for a payment partly paid ("$50.00 received so far"). */
  progress: (p: P) => string;
  /** More under a payment: its records, a form. */
  extra?: (p: P) => ReactNode;
}) {
  return (
    <ul className="grid divide-y">
      {props.payments.map((p) => (
        <li key={p.id} className="grid gap-2 py-3 first:pt-0 last:pb-0" data-testid="payment-row" data-state={p.state}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <span className="font-medium">{p.label}</span>
            <span className="flex items-center gap-2">
              <strong className="tabular-nums">{money(p.amountMinor, p.currency)}</strong>
              <PaymentStateBadge state={p.state} />
            </span>
          </div>
          <p className="text-sm text-muted-foreground">
            {p.dueDate ? `Due ${formatDay(p.dueDate, true)}` : `Due ${pendingDueText(p.milestone, p.netDays).toLowerCase()}`}
            {p.paidMinor > 0 && p.state !== "paid" ? ` · ${props.progress(p)}` : ""}
          </p>
          {props.extra?.(p)}
        </li>
      ))}
    </ul>
  );
}
