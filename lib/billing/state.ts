// What a workspace's subscription state allows right now. Pure: the caller passes the clock and the
// grace period. Rules (README "Billing"):
//   active, trialing             → the plan paid for;
//   past_due, within the grace    → the plan paid for, with a banner naming the day the grace ends;
//   past_due after the grace, unpaid → read-only: nothing limited can be added (nothing is removed);
//   anything else (none, incomplete, incomplete_expired, canceled, paused) → Free limits.
// The grace period runs from the start of the unpaid billing period (`periodStart`, read from the
// subscription), not from when we first heard of it: the same subscription gives the same dates
// whatever order its events arrive in.
import type { PlanId } from "./plans";

const DAY_MS = 86_400_000;

export type BillingRecord = { plan: PlanId; status: string; periodStart: Date | null };

export type EffectiveBilling = {
  /** Whose limits apply. */
  limitsPlan: PlanId;
  /** True once a past_due grace has run out (or the subscription is unpaid): no limited thing can be added. */
  readOnly: boolean;
  /** While past_due within the grace period: when it ends. */
  graceEndsAt: Date | null;
};

/** `periodStart` + `graceDays` days. `graceDays` 0 ends the grace at the period start itself. */
export function graceEndsAt(periodStart: Date, graceDays: number): Date {
  return new Date(periodStart.getTime() + graceDays * DAY_MS);
}

export function effectiveBilling(record: BillingRecord | null, now: Date, graceDays: number): EffectiveBilling {
  if (!record) return { limitsPlan: "free", readOnly: false, graceEndsAt: null };
  switch (record.status) {
    case "active":
    case "trialing":
      return { limitsPlan: record.plan, readOnly: false, graceEndsAt: null };
    case "past_due": {
      // No period start known: the grace is counted from now, so it never ends early by mistake.
      const ends = graceEndsAt(record.periodStart ?? now, graceDays);
      if (now.getTime() < ends.getTime()) return { limitsPlan: record.plan, readOnly: false, graceEndsAt: ends };
      return { limitsPlan: record.plan, readOnly: true, graceEndsAt: null };
    }
    case "unpaid":
      return { limitsPlan: record.plan, readOnly: true, graceEndsAt: null };
    default:
      return { limitsPlan: "free", readOnly: false, graceEndsAt: null };
  }
}
