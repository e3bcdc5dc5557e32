// The pure parts of creator payouts (lib/billing/payout-state.ts, payout-notice.ts): onboarding
// states, whether a payment can be paid with one click and why not, Stripe's amount steps, the
// transfer idempotency key, and the payout notice both sides read.
import { describe, expect, it } from "vitest";

import { payoutNotice, type PayoutNoticeInput } from "@/lib/billing/payout-notice";
import { onboardingState, payBlocker, transferAmountProblem, transferIdempotencyKey, type PayCheck } from "@/lib/billing/payout-state";

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

describe("transferAmountProblem", () => {
  // Intl puts a no-break space after a currency code; the expectations use plain spaces.
  const problem = (minor: number, currency: string) => transferAmountProblem(minor, currency)?.replace(/\u00a0/g, " ") ?? null;

  it("HUF, TWD and ISK go out only in whole units: multiples of 100 minor units", () => {
    for (const c of ["HUF", "TWD", "ISK", "huf"]) {
      expect(problem(1_234_500, c), c).toBeNull();
      expect(problem(100, c), c).toBeNull();
    }
    expect(problem(1_234_550, "HUF")).toBe(
      "Stripe sends HUF payouts only in whole HUF, so HUF 12,345.50 can't be sent through Stripe. " +
        "Record the payment by hand, or record HUF 0.50 of it by hand first and send the rest.",
    );
    expect(problem(1_234_501, "TWD")).toMatch(/^Stripe sends TWD payouts only in whole TWD, so NT\$12,345\.01 can't/);
    expect(problem(99, "ISK")).toMatch(/record ISK 0\.99 of it by hand first/);
  });

  it("the three-decimal currencies (BHD, JOD, KWD, OMR, TND) must end in 0", () => {
    for (const c of ["BHD", "JOD", "KWD", "OMR", "TND"]) {
      expect(problem(12_340, c), c).toBeNull();
      expect(problem(12_345, c), c).toMatch(new RegExp(`^Stripe sends ${c} payouts only in steps of ${c} 0\\.010 \\(the last digit 0\\)`));
    }
    expect(problem(12_345, "KWD")).toMatch(/KWD 12\.345 can't be sent through Stripe.*record KWD 0\.005 of it by hand first/);
  });

  it("takes any whole amount in other currencies, and says nothing at 0 or below (payBlocker does)", () => {
    expect(problem(1, "USD")).toBeNull();
    expect(problem(1_234_567, "EUR")).toBeNull();
    expect(problem(1_234, "JPY")).toBeNull();
    expect(problem(0, "HUF")).toBeNull();
    expect(problem(-50, "HUF")).toBeNull();
  });
});

describe("payoutNotice", () => {
  const base: PayoutNoticeInput = {
    onboarding: "none",
    transferStatus: null,
    transferFailure: null,
    transferredOn: null,
    outstandingMinor: 5000,
  };

  it("waiting for the creator's Stripe details while something is owed and onboarding isn't ready", () => {
    expect(payoutNotice(base, "marketer")).toEqual({
      kind: "waiting",
      tone: "muted",
      text: "Waiting for the creator’s Stripe details: they set up payouts from their portal link.",
    });
    expect(payoutNotice({ ...base, onboarding: "incomplete" }, "creator")?.text).toMatch(/^Waiting for your Stripe details: finish/);
    expect(payoutNotice({ ...base, onboarding: "review" }, "marketer")?.text).toMatch(
      /^Waiting for Stripe: the creator sent their details/,
    );
    expect(payoutNotice({ ...base, onboarding: "ready" }, "marketer")).toBeNull();
    expect(payoutNotice({ ...base, outstandingMinor: 0 }, "creator")).toBeNull();
  });

  it("sent, with the day, to both sides", () => {
    const sent = {
      ...base,
      onboarding: "ready" as const,
      transferStatus: "sent" as const,
      transferredOn: "2026-12-04",
      outstandingMinor: 0,
    };
    expect(payoutNotice(sent, "marketer")).toEqual({ kind: "sent", tone: "success", text: "Sent through Stripe on Dec 4, 2026." });
    expect(payoutNotice(sent, "creator")?.text).toMatch(/^Sent to your Stripe account on Dec 4, 2026\./);
    expect(payoutNotice({ ...sent, transferredOn: null }, "marketer")?.text).toBe("Sent through Stripe.");
  });

  it("failed and reversed carry Stripe's reason (one full stop), whatever the onboarding", () => {
    const failed = { ...base, onboarding: "ready" as const, transferStatus: "failed" as const, transferFailure: "Insufficient funds." };
    expect(payoutNotice(failed, "marketer")).toEqual({
      kind: "failed",
      tone: "error",
      text: "The Stripe transfer failed: Insufficient funds. Nothing was sent; you can try again.",
    });
    expect(payoutNotice({ ...failed, transferFailure: null }, "creator")?.text).toMatch(
      /^The brand’s Stripe transfer didn’t go through\. Nothing/,
    );
    const reversed = { ...base, transferStatus: "reversed" as const, transferFailure: "Reversed at Stripe" };
    expect(payoutNotice(reversed, "marketer")).toMatchObject({
      kind: "reversed",
      text: "The Stripe transfer was reversed: Reversed at Stripe. The payment is owed again.",
    });
    expect(payoutNotice(reversed, "creator")?.kind).toBe("reversed");
  });
});
