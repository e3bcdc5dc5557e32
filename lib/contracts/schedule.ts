/**
 * The creator's payment schedule from the terms: each milestone's amount and due date.
 *
 * Pure module: dates come in as arguments, never from the clock. All dates are UTC calendar dates
 * "YYYY-MM-DD"; a Date argument is read by its UTC date, a string by its first ten characters
 * ("2026-01-31T23:00:00-05:00" is 31 January: pass a Date when the offset matters).
 *
 * - Milestones: `paymentMilestones`, or — when there are none — one milestone of 100 % when the
 *   content goes live (the whole fee at once, after delivery).
 * - Amount: floor(fee × percent / 100) in minor units; when the percents add up to 100 the last
 *   milestone takes the remainder, so the amounts add up to the fee exactly (10 001 at 50/50 →
 *   5 000 + 5 001). No cash fee (null or 0) → no schedule ([]).
 * - Basis date: the signing date for "signing", the go-live date for "live", the date itself for a
 *   dated milestone; null while that event hasn't happened (then dueDate is null too).
 * - Due date: basis + net days, counted in calendar days across month and year ends
 *   (2026-01-31 + 30 → 2026-03-02; 2028-02-01 + 28 → 2028-02-29). Net days null counts as 0
 *   (a contract without them cannot be sent: checkContract's NO_PAYMENT_TERMS).
 */
import type { MilestoneWhen, PaymentMilestone } from "./schema";

export interface ScheduleTerms {
  currency: string;
  feeMinor: number | null;
  paymentNetDays: number | null;
  paymentMilestones: readonly PaymentMilestone[];
}

export interface ScheduleEvents {
  signedAt: Date | string | null;
  liveAt: Date | string | null;
}

export interface ScheduledPayment {
  /** 0-based position in the schedule. */
  index: number;
  percent: number;
  when: MilestoneWhen;
  amountMinor: number;
  currency: string;
  basisDate: string | null;
  dueDate: string | null;
}

const DAY_MS = 86_400_000;

/** A Date or a "YYYY-MM-DD…" string as its UTC calendar date; null stays null. */
export function toUtcDate(value: Date | string | null): string | null {
  if (value === null) return null;
  if (typeof value === "string") {
    const date = value.slice(0, 10);
    dateParts(date);
    return date;
  }
  if (Number.isNaN(value.getTime())) throw new RangeError("Invalid date");
  return value.toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of a "YYYY-MM-DD" date; RangeError for anything else. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "YYYY-MM-DD" plus n calendar days (n ≥ 0 or < 0), in UTC. */
export function addDays(date: string, n: number): string {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day) + n * DAY_MS).toISOString().slice(0, 10);
}

export function paymentSchedule(terms: ScheduleTerms, events: ScheduleEvents): ScheduledPayment[] {
  const fee = terms.feeMinor ?? 0;
  if (fee <= 0) return [];
  const milestones: readonly PaymentMilestone[] =
    terms.paymentMilestones.length > 0 ? terms.paymentMilestones : [{ percent: 100, when: "live" }];
  const complete = milestones.reduce((sum, m) => sum + m.percent, 0) === 100;
  const net = terms.paymentNetDays ?? 0;
  const signedAt = toUtcDate(events.signedAt);
  const liveAt = toUtcDate(events.liveAt);

  let allocated = 0;
  return milestones.map((m, index) => {
    const last = index === milestones.length - 1;
    const amountMinor = last && complete ? fee - allocated : Math.floor((fee * m.percent) / 100);
    allocated += amountMinor;
    const basisDate = m.when === "signing" ? signedAt : m.when === "live" ? liveAt : m.when;
    return {
      index,
      percent: m.percent,
      when: m.when,
      amountMinor,
      currency: terms.currency,
      basisDate,
      dueDate: basisDate === null ? null : addDays(basisDate, net),
    };
  });
}
