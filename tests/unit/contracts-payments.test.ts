// Creator payments, the pure parts: the split of the fee into milestone amounts (through the
// schedule), a payment's state on a day (boundaries), the list order, totals per currency, and the
// inputs (payment amount, shipping address, shipment).
import { describe, expect, it } from "vitest";

import {
  comparePayments,
  milestoneLabel,
  outstandingMinor,
  paymentSchedule,
  paymentState,
  pendingDueText,
  totalsByCurrency,
  type PaymentState,
} from "@/lib/contracts";
import {
  countryName,
  countryOptions,
  recordPaymentSchema,
  recordShipmentSchema,
  shippingAddressSchema,
} from "@/lib/contracts/seeding-schemas";

const terms = (feeMinor: number | null, milestones: { percent: number; when: string }[], net = 30) => ({
  currency: "USD",
  feeMinor,
  paymentNetDays: net,
  paymentMilestones: milestones,
});

describe("the split of the fee", () => {
  it.each([
    [10_001, [50, 50], [5_000, 5_001]],
    [10_000, [33, 33, 34], [3_300, 3_300, 3_400]],
    [100, [33, 33, 34], [33, 33, 34]],
    [1, [50, 50], [0, 1]],
    [99_999, [30, 30, 40], [29_999, 29_999, 40_001]],
    [7, [100], [7]],
  ])("fee %i at %j → %j (sums to the fee, remainder to the last)", (fee, percents, expected) => {
    const s = paymentSchedule(
      terms(
        fee,
        percents.map((percent) => ({ percent, when: "signing" })),
      ),
      { signedAt: "2026-03-01", liveAt: null },
    );
    expect(s.map((p) => p.amountMinor)).toEqual(expected);
    expect(s.reduce((sum, p) => sum + p.amountMinor, 0)).toBe(fee);
  });

  it("no milestones → the whole fee when live, with no due date until live", () => {
    const s = paymentSchedule(terms(25_000, []), { signedAt: "2026-03-01", liveAt: null });
    expect(s).toEqual([expect.objectContaining({ percent: 100, when: "live", amountMinor: 25_000, dueDate: null })]);
  });

  it("no cash fee → no schedule", () => {
    expect(paymentSchedule(terms(null, []), { signedAt: "2026-03-01", liveAt: null })).toEqual([]);
    expect(paymentSchedule(terms(0, []), { signedAt: "2026-03-01", liveAt: null })).toEqual([]);
  });
});

describe("paymentState(payment, today)", () => {
  const p = (amountMinor: number, paidMinor: number, dueDate: string | null) => ({ amountMinor, paidMinor, dueDate });
  it.each<[string, ReturnType<typeof p>, string, PaymentState]>([
    ["due the day before its date", p(100, 0, "2026-03-31"), "2026-03-30", "due"],
    ["due ON its date (not overdue yet)", p(100, 0, "2026-03-31"), "2026-03-31", "due"],
    ["overdue the day after", p(100, 0, "2026-03-31"), "2026-04-01", "overdue"],
    ["overdue across a year end", p(100, 0, "2026-12-31"), "2027-01-01", "overdue"],
    ["partly paid before the date", p(100, 40, "2026-03-31"), "2026-03-31", "partly_paid"],
    ["partly paid but late is overdue", p(100, 40, "2026-03-31"), "2026-04-01", "overdue"],
    ["paid in full, even late", p(100, 100, "2026-03-31"), "2026-05-01", "paid"],
    ["no due date yet → pending", p(100, 0, null), "2030-01-01", "pending"],
    ["no due date, partly paid", p(100, 1, null), "2030-01-01", "partly_paid"],
    ["a zero amount is paid", p(0, 0, "2026-03-31"), "2026-05-01", "paid"],
  ])("%s", (_, payment, today, state) => {
    expect(paymentState(payment, today)).toBe(state);
  });

  it("outstanding is never negative", () => {
    expect(outstandingMinor({ amountMinor: 100, paidMinor: 30 })).toBe(70);
    expect(outstandingMinor({ amountMinor: 100, paidMinor: 130 })).toBe(0);
  });
});

describe("labels", () => {
  it("names the milestone and its net days", () => {
    expect(milestoneLabel(50, "signing", 0)).toBe("50% on signing");
    expect(milestoneLabel(50, "live", 30)).toBe("50% when live, net 30");
    expect(milestoneLabel(100, "2026-07-01", 15)).toBe("100% on 2026-07-01, net 15");
    expect(pendingDueText("live", 30)).toBe("30 days after going live");
    expect(pendingDueText("live", 0)).toBe("On going live");
  });
});

describe("comparePayments", () => {
  it("overdue first (oldest first), then due and partly paid by date, then pending, then paid", () => {
    const rows = [
      { state: "paid" as const, dueDate: "2026-01-01", tieBreak: "a" },
      { state: "pending" as const, dueDate: null, tieBreak: "b" },
      { state: "due" as const, dueDate: "2026-05-01", tieBreak: "c" },
      { state: "overdue" as const, dueDate: "2026-03-01", tieBreak: "d" },
      { state: "partly_paid" as const, dueDate: "2026-04-01", tieBreak: "e" },
      { state: "overdue" as const, dueDate: "2026-02-01", tieBreak: "f" },
    ];
    expect([...rows].sort(comparePayments).map((r) => r.tieBreak)).toEqual(["f", "d", "e", "c", "b", "a"]);
  });
});

describe("totalsByCurrency", () => {
  it("never adds different currencies together", () => {
    const t = totalsByCurrency([
      { currency: "USD", amountMinor: 10_000, paidMinor: 2_500, dueDate: "2026-01-01", state: "overdue" },
      { currency: "EUR", amountMinor: 5_000, paidMinor: 0, dueDate: null, state: "pending" },
      { currency: "USD", amountMinor: 4_000, paidMinor: 4_000, dueDate: "2026-01-01", state: "paid" },
    ]);
    expect(t).toEqual([
      { currency: "EUR", count: 1, amountMinor: 5_000, paidMinor: 0, outstandingMinor: 5_000, overdueMinor: 0 },
      { currency: "USD", count: 2, amountMinor: 14_000, paidMinor: 6_500, outstandingMinor: 7_500, overdueMinor: 7_500 },
    ]);
    expect(totalsByCurrency([])).toEqual([]);
  });
});

describe("inputs", () => {
  it("a payment amount is a positive number with at most three decimals", () => {
    const ok = (amount: string) => recordPaymentSchema.safeParse({ paymentId: "p", amount, paidOn: "2026-03-01" }).success;
    expect(ok("150")).toBe(true);
    expect(ok(" 150.50 ")).toBe(true);
    expect(ok("0")).toBe(false);
    expect(ok("-5")).toBe(false);
    expect(ok("1,000")).toBe(false);
    expect(ok("1.2345")).toBe(false);
    expect(recordPaymentSchema.safeParse({ paymentId: "p", amount: "1", paidOn: "2026-02-30" }).success).toBe(false);
  });

  const address = {
    recipientName: " Maya Lopez ",
    addressLine1: "12 Market St",
    city: "San Francisco",
    region: "CA",
    postcode: "94103",
    country: "us",
  };
  it("a shipping address: trimmed, the country upper-cased, postcode checked for the country", () => {
    expect(shippingAddressSchema.parse(address)).toMatchObject({ recipientName: "Maya Lopez", country: "US", addressLine2: "" });
    const errors = (input: object) => shippingAddressSchema.safeParse(input).error?.issues.map((i) => i.path.join("."));
    expect(errors({ ...address, postcode: "9410" })).toEqual(["postcode"]);
    expect(errors({ ...address, country: "GB", postcode: "SW1A 1AA" })).toBeUndefined();
    expect(errors({ ...address, country: "GB", postcode: "12345" })).toEqual(["postcode"]);
    expect(errors({ ...address, country: "IE", postcode: "" })).toBeUndefined(); // no postcode needed
    expect(errors({ ...address, postcode: "" })).toEqual(["postcode"]);
    expect(errors({ ...address, country: "XX" })).toEqual(["country"]);
    expect(errors({ ...address, country: "EU" })).toEqual(["country"]);
    expect(errors({ ...address, country: "UK" })).toEqual(["country"]); // Great Britain is GB
    expect(errors({ ...address, country: "dd" })).toEqual(["country"]); // withdrawn (East Germany)
    expect(errors({ ...address, recipientName: "  ", city: "" })).toEqual(["recipientName", "city"]);
  });

  it("countries are the ISO 3166-1 codes, each once, named by Intl", () => {
    expect(countryName("DE")).toBe("Germany");
    expect(countryName("de")).toBeNull();
    const options = countryOptions();
    expect(options).toHaveLength(250); // 249 assigned codes and XK
    expect(options.find((o) => o.code === "US")?.name).toBe("United States");
    expect(options.find((o) => o.code === "XK")?.name).toBe("Kosovo");
    // Intl names these too: withdrawn codes (a second Germany, Serbia, Zimbabwe…), the UK's own "UK", regions.
    for (const code of ["DD", "YU", "CS", "ZR", "RH", "TP", "SU", "UK", "AC", "IC", "EU", "UN", "ZZ"]) {
      expect(countryName(code), code).toBeNull();
      expect(options.some((o) => o.code === code)).toBe(false);
    }
    expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
    expect(options.map((o) => o.name)).toEqual(options.map((o) => o.name).sort((a, b) => a.localeCompare(b)));
  });

  it("a shipment needs a carrier, a tracking number and a real date", () => {
    const ok = { collaborationId: "c", carrier: "UPS", trackingNumber: "1Z 999-AA1", shippedOn: "2026-03-01" };
    expect(recordShipmentSchema.safeParse(ok).success).toBe(true);
    expect(recordShipmentSchema.safeParse({ ...ok, carrier: " " }).success).toBe(false);
    expect(recordShipmentSchema.safeParse({ ...ok, trackingNumber: "<script>" }).success).toBe(false);
    expect(recordShipmentSchema.safeParse({ ...ok, shippedOn: "yesterday" }).success).toBe(false);
  });
});
