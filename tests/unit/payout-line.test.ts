// The collaboration page's payout line (components/billing/payout-line.tsx), rendered to HTML: the
// notice, the one-click button disabled with Stripe's amount reason, and what someone without
// payments.send reads instead of the button.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import { PayoutLine } from "@/components/billing/payout-line";
import type { PaymentPayout } from "@/lib/billing/payouts";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {} }) }));
vi.mock("@/app/(app)/actions/payouts", () => ({ payCreatorPaymentAction: async () => ({ ok: true, data: null }) }));

const ready: PaymentPayout = {
  transferId: null,
  transferStatus: null,
  transferFailure: null,
  transferredOn: null,
  blocked: null,
  amountProblem: null,
};

function line(payout: PaymentPayout, opts: { canSend?: boolean; canRecord?: boolean; onboarding?: "none" | "ready" } = {}) {
  return renderToStaticMarkup(
    createElement(PayoutLine, {
      slug: "acme",
      paymentId: "pay_1",
      payout,
      onboarding: opts.onboarding ?? "ready",
      outstandingMinor: 1_234_550,
      amount: "HUF 12,345.50",
      canSend: opts.canSend ?? true,
      canRecord: opts.canRecord ?? true,
    }),
  );
}

describe("PayoutLine", () => {
  it("offers the one-click button when the payment can be sent", () => {
    const html = line(ready);
    expect(html).toContain("Pay HUF 12,345.50 through Stripe");
    expect(html).not.toContain(`disabled=""`);
  });

  it("disables the button with Stripe's amount reason", () => {
    const html = line({ ...ready, amountProblem: "Stripe sends HUF payouts only in whole HUF." });
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-describedby="pay-reason-pay_1"/);
    expect(html).toContain('id="pay-reason-pay_1"');
    expect(html).toContain("Stripe sends HUF payouts only in whole HUF.");
  });

  it("without payments.send: no button, and a member who records by hand is told why; a viewer reads only the notice", () => {
    const member = line(ready, { canSend: false, canRecord: true });
    expect(member).not.toContain("through Stripe</button>");
    expect(member).toContain("Only owners and admins can send payments through Stripe");
    const viewer = line(
      { ...ready, transferStatus: "failed", transferFailure: "Insufficient funds." },
      { canSend: false, canRecord: false },
    );
    expect(viewer).not.toContain("<button");
    expect(viewer).not.toContain("Only owners and admins");
    expect(viewer).toContain("The Stripe transfer failed: Insufficient funds.");
  });

  it("shows the waiting notice instead of repeating the onboarding blocker", () => {
    const html = line(
      { ...ready, blocked: "The creator hasn't set up payouts yet: they do it from their portal link." },
      { onboarding: "none" },
    );
    expect(html).toContain('data-kind="waiting"');
    expect(html).not.toContain("hasn't set up payouts yet");
  });
});
