// paymentReminderDue: which reminder a payment gets on a day, given what was sent for its due date.
import { describe, expect, it } from "vitest";

import { paymentReminderDue } from "@/lib/contracts/payment-state";

const p = (paidMinor: number, dueDate: string | null) => ({ amountMinor: 10_000, paidMinor, dueDate });

describe("paymentReminderDue", () => {
  it("nothing before the due date, without one, or once paid in full", () => {
    expect(paymentReminderDue(p(0, "2026-07-10"), "2026-07-09", [])).toBeNull();
    expect(paymentReminderDue(p(0, null), "2026-07-09", [])).toBeNull();
    expect(paymentReminderDue(p(10_000, "2026-07-10"), "2026-07-12", [])).toBeNull();
    expect(paymentReminderDue(p(12_000, "2026-07-10"), "2026-07-12", [])).toBeNull();
  });

  it("'due' on the due date, also when partly paid", () => {
    expect(paymentReminderDue(p(0, "2026-07-10"), "2026-07-10", [])).toEqual({ send: "due", record: ["due"] });
    expect(paymentReminderDue(p(1, "2026-07-10"), "2026-07-10", [])).toEqual({ send: "due", record: ["due"] });
    expect(paymentReminderDue(p(0, "2026-07-10"), "2026-07-10", ["due"])).toBeNull();
  });

  it("'overdue' from the day after; records 'due' too when it was missed; once", () => {
    expect(paymentReminderDue(p(0, "2026-07-10"), "2026-07-11", ["due"])).toEqual({ send: "overdue", record: ["overdue"] });
    expect(paymentReminderDue(p(0, "2026-07-10"), "2026-08-30", [])).toEqual({ send: "overdue", record: ["due", "overdue"] });
    expect(paymentReminderDue(p(0, "2026-07-10"), "2026-07-11", ["due", "overdue"])).toBeNull();
    expect(paymentReminderDue(p(0, "2026-07-10"), "2026-07-11", ["overdue"])).toBeNull();
  });
});
