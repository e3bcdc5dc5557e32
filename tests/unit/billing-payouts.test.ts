// The pure parts of creator payouts (lib/billing/payout-state.ts): onboarding states, whether a
// payment can be paid with one click and why not, and the transfer idempotency key.
import { describe, expect, it } from "vitest";

import { onboardingState, payBlocker, transferIdempotencyKey, type PayCheck } from "@/lib/billing/payout-state";

describe("onboardingState", () => {
  it("none without an account, then incomplete → review → ready", () => {
    expect(onboardingState(null)).toBe("none");
    expect(onboardingState({ detailsSubmitted: false, payoutsEnabled: false })).toBe("incomplete");
    expect(onboardingState({ detailsSubmitted: true, payoutsEnabled: false })).toBe("review");
    expect(onboardingState({ detailsSubmitted: true, payoutsEnabled: true })).toBe("ready");
  });
  it("payouts_enabled decides, whatever details_submitted says", () => {
    expect(onboardingState({ detailsSubmitted: false, payoutsEnabled: true })).toBe("ready");
  });
});

describe("payBlocker", () => {
  const ok: PayCheck = { payoutsOn: true, onboarding: "ready", outstandingMinor: 1, dueDate: "2026-12-03", transferStatus: null };

  it("allows a due payment to a ready creator, and a retry after a failure or a reversal", () => {
    expect(payBlocker(ok)).toBeNull();
    expect(payBlocker({ ...ok, transferStatus: "failed" })).toBeNull();
    expect(payBlocker({ ...ok, transferStatus: "reversed" })).toBeNull();
  });

  it("refuses, first match first: payouts off, already sent, nothing owed, not due, onboarding", () => {
    expect(payBlocker({ ...ok, payoutsOn: false, transferStatus: "sent" })).toMatch(/^Payouts through Stripe are off/);
    expect(payBlocker({ ...ok, transferStatus: "sent", outstandingMinor: 0 })).toBe("This payment was already sent through Stripe.");
    expect(payBlocker({ ...ok, outstandingMinor: 0 })).toBe("This payment is already paid in full.");
    expect(payBlocker({ ...ok, outstandingMinor: -5 })).toBe("This payment is already paid in full.");
    expect(payBlocker({ ...ok, dueDate: null })).toBe("This payment isn't due yet.");
    expect(payBlocker({ ...ok, onboarding: "none" })).toMatch(/hasn't set up payouts yet/);
    expect(payBlocker({ ...ok, onboarding: "incomplete" })).toMatch(/hasn't finished setting up/);
    expect(payBlocker({ ...ok, onboarding: "review" })).toMatch(/Stripe hasn't enabled payouts/);
  });
});

describe("transferIdempotencyKey", () => {
  it("is the payment id and the attempt: the same attempt gives the same key, the next one another", () => {
    expect(transferIdempotencyKey("pay_1", 1)).toBe("creator-payment-pay_1-transfer-1");
    expect(transferIdempotencyKey("pay_1", 1)).toBe(transferIdempotencyKey("pay_1", 1));
    expect(transferIdempotencyKey("pay_1", 2)).not.toBe(transferIdempotencyKey("pay_1", 1));
    expect(transferIdempotencyKey("pay_2", 1)).not.toBe(transferIdempotencyKey("pay_1", 1));
  });
});
