/**
 * Creator payments, the pure parts: a milestone's label, a payment's state on a given day, the order
 * of the "payments due" list and its totals per currency.
 *
 * Pure module: "today" is an argument (the workspace's local date "YYYY-MM-DD", never the clock).
 *
 * States, first match wins:
 *   paid         paid ≥ amount (a 0 amount is paid)
 *   overdue      a due date before today and something still owed (also when partly paid)
 *   partly_paid  something paid, something owed, not overdue
 *   due          a due date of today or later, nothing paid yet
 *   pending      no due date yet ("due N days after going live" before the content is live)
 * On the due date itself a payment is due, not overdue; the day after it is overdue.
 */

/** The reference of a payment record that a Stripe Connect transfer wrote (lib/billing/payouts.ts). */
export const STRIPE_TRANSFER_REFERENCE_PREFIX = "Stripe transfer ";

/**
 * Whether a record is the payment's Stripe transfer: money that left through Stripe is taken back at
 * Stripe (a transfer reversal, which Stripe reports and the app records), never by hand, or the
 * schedule would say "owed" while Stripe says "sent".
 */
export function isStripeTransferRecord(reference: string | null, paymentTransferId: string | null): boolean {
  return Boolean(paymentTransferId) && reference === `${STRIPE_TRANSFER_REFERENCE_PREFIX}${paymentTransferId}`;
}

export const PAYMENT_STATES = ["overdue", "due", "partly_paid", "pending", "paid"] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

export const PAYMENT_STATE_LABELS: Record<PaymentState, string> = {
  overdue: "Overdue",
  due: "Due",
  partly_paid: "Partly paid",
  pending: "Not due yet",
  paid: "Paid",
};

export function isPaymentState(value: unknown): value is PaymentState {
  return typeof value === "string" && (PAYMENT_STATES as readonly string[]).includes(value);
}

export interface PaymentFigures {
  amountMinor: number;
  paidMinor: number;
  /** "YYYY-MM-DD" or null when not known yet. */
  dueDate: string | null;
}

/** The state of a payment on `today` ("YYYY-MM-DD", the workspace's local date). */
export function paymentState(p: PaymentFigures, today: string): PaymentState {
  if (p.paidMinor >= p.amountMinor) return "paid";
  if (p.dueDate !== null && p.dueDate < today) return "overdue";
  if (p.paidMinor > 0) return "partly_paid";
  if (p.dueDate !== null) return "due";
  return "pending";
}

/** What is still owed: amount − paid, never below 0. */
export function outstandingMinor(p: Pick<PaymentFigures, "amountMinor" | "paidMinor">): number {
  return Math.max(0, p.amountMinor - p.paidMinor);
}

/**
 * "50% on signing", "50% when live", "100% on 2026-07-01"; net days appended as ", net 30" when
 * more than 0 ("100% when live, net 30").
 */
export function milestoneLabel(percent: number, when: string, netDays: number): string {
  const event = when === "signing" ? "on signing" : when === "live" ? "when live" : `on ${when}`;
  return `${percent}% ${event}${netDays > 0 ? `, net ${netDays}` : ""}`;
}

/** Why a payment has no due date yet, in words: "30 days after going live". */
export function pendingDueText(when: string, netDays: number): string {
  const event = when === "signing" ? "signing" : when === "live" ? "going live" : when;
  return netDays > 0 ? `${netDays} days after ${event}` : `On ${event}`;
}

const RANK: Record<PaymentState, number> = { overdue: 0, partly_paid: 1, due: 1, pending: 2, paid: 3 };

/**
 * Order for the "payments due" list: overdue first, then due and partly paid, then those without a
 * due date, then paid; within a group by due date, earliest first (no date last), then `tieBreak`.
 */
export function comparePayments<T extends { state: PaymentState; dueDate: string | null; tieBreak?: string }>(a: T, b: T): number {
  const rank = RANK[a.state] - RANK[b.state];
  if (rank !== 0) return rank;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return (a.tieBreak ?? "").localeCompare(b.tieBreak ?? "");
}

export interface CurrencyTotals {
  currency: string;
  count: number;
  amountMinor: number;
  paidMinor: number;
  outstandingMinor: number;
  overdueMinor: number;
}

/**
 * Totals per currency, never across currencies: Σ amount, Σ paid, Σ outstanding and Σ outstanding
 * of overdue payments, one entry per currency code, sorted by code. At []: [].
 */
export function totalsByCurrency(rows: readonly (PaymentFigures & { currency: string; state: PaymentState })[]): CurrencyTotals[] {
  const map = new Map<string, CurrencyTotals>();
  for (const r of rows) {
    const t = map.get(r.currency) ?? { currency: r.currency, count: 0, amountMinor: 0, paidMinor: 0, outstandingMinor: 0, overdueMinor: 0 };
    const owed = outstandingMinor(r);
    t.count += 1;
    t.amountMinor += r.amountMinor;
    t.paidMinor += Math.min(r.paidMinor, r.amountMinor);
    t.outstandingMinor += owed;
    if (r.state === "overdue") t.overdueMinor += owed;
    map.set(r.currency, t);
  }
  return [...map.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export const PAYMENT_REMINDER_THRESHOLDS = ["due", "overdue"] as const;
export type PaymentReminderThreshold = (typeof PAYMENT_REMINDER_THRESHOLDS)[number];

/**
 * Which reminder a payment gets on `today`, given the thresholds already sent for its due date.
 * "due" is crossed on the due date, "overdue" the day after (as in paymentState); nothing is crossed
 * without a due date or once nothing is owed. One reminder per payment and run — for the latest
 * threshold crossed — and every crossed threshold is recorded, so a job that missed the due day
 * sends "overdue" once and never a late "due". Returns null when there is nothing new to send.
 */
export function paymentReminderDue(
  p: PaymentFigures,
  today: string,
  sent: readonly string[],
): { send: PaymentReminderThreshold; record: PaymentReminderThreshold[] } | null {
  if (p.dueDate === null || outstandingMinor(p) === 0 || p.dueDate > today) return null;
  const crossed: PaymentReminderThreshold[] = p.dueDate < today ? ["due", "overdue"] : ["due"];
  const record = crossed.filter((t) => !sent.includes(t));
  const latest = crossed[crossed.length - 1]!;
  if (!record.includes(latest)) return null;
  return { send: latest, record };
}
