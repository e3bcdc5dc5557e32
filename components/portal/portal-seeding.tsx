// The portal's "Payments" (the creator's own schedule and its status, read-only, with a note when one
// is due today or overdue and, with Stripe payouts on, each payment's payout notice), the "Get paid
// through Stripe" card right under it (components/billing/portal-payouts.tsx), and "Product" (shipping address, shipment, "I received it") sections.
// Server component; the forms are islands.
import { PayoutNotice } from "@/components/billing/payout-notice";
import { PortalPayouts } from "@/components/billing/portal-payouts";
import { money } from "@/components/contracts/money";
import { PaymentList } from "@/components/contracts/payment-list";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { portalPayoutAccount } from "@/lib/billing/connect";
import { payoutNotice } from "@/lib/billing/payout-notice";
import { portalPaymentPayouts } from "@/lib/billing/payouts";
import { portalPaymentsAndSeeding } from "@/lib/contracts/portal-view";
import type { PortalContext } from "@/lib/portal/gate";
import { formatDay } from "@/lib/time-zone";

import { ConfirmReceipt, ShippingAddressForm } from "./shipping-address-form";

export async function PortalSeeding({ token, ctx }: { token: string; ctx: PortalContext }) {
  const [{ payments, seeding, countries }, payouts, account] = await Promise.all([
    portalPaymentsAndSeeding(ctx),
    portalPaymentPayouts(ctx),
    portalPayoutAccount(ctx),
  ]);
  const late = payments.payments.filter((p) => p.state === "overdue");
  const dueToday = payments.payments.filter((p) => p.state === "due" && p.dueDate === payments.today);
  return (
    <>
      {payments.payments.length ? (
        <Card data-testid="portal-payments">
          <CardHeader>
            <CardTitle>Your payments</CardTitle>
            <CardDescription>
              From your signed contract.{" "}
              {payouts ? "The brand sends each payment through Stripe when it is due." : "The brand marks each payment when it is sent."}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            {late.length ? (
              <Alert tone="warning" data-testid="portal-payments-overdue">
                {late.length === 1 ? "A payment is overdue" : `${late.length} payments are overdue`}:{" "}
                {late.map((p) => `${money(p.amountMinor - p.paidMinor, p.currency)} was due ${formatDay(p.dueDate!, true)}`).join("; ")}.
                The brand gets a reminder; ask them below if it doesn’t arrive.
              </Alert>
            ) : dueToday.length ? (
              <Alert>{dueToday.length === 1 ? "A payment is due today." : `${dueToday.length} payments are due today.`}</Alert>
            ) : null}
            <PaymentList
              payments={payments.payments}
              progress={(p) => `${money(p.paidMinor, p.currency)} received so far`}
              extra={(p) => {
                const payout = payouts?.payments[p.id];
                return payout ? (
                  <PayoutNotice
                    notice={payoutNotice(
                      { ...payout, onboarding: payouts.onboarding, outstandingMinor: Math.max(0, p.amountMinor - p.paidMinor) },
                      "creator",
                    )}
                  />
                ) : null;
              }}
            />
          </CardContent>
        </Card>
      ) : null}
      {account ? <PortalPayouts token={token} account={account} /> : null}
      {seeding ? (
        <Card data-testid="portal-seeding">
          <CardHeader>
            <CardTitle>Your product</CardTitle>
            <CardDescription>
              {seeding.product}. Only the brand’s owners and admins see your address, and it is deleted 90 days after the collaboration
              ends.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            {seeding.shipment ? (
              <Alert tone={seeding.receivedAt ? "success" : undefined}>
                Shipped {formatDay(seeding.shipment.shippedOn, true)} with {seeding.shipment.carrier}, tracking number{" "}
                <strong>{seeding.shipment.trackingNumber}</strong>.{seeding.receivedAt ? " You confirmed it arrived — thank you." : ""}
              </Alert>
            ) : null}
            {seeding.editable ? (
              <ShippingAddressForm token={token} current={seeding.address} countries={countries} />
            ) : seeding.address ? (
              <address className="text-sm not-italic">
                {seeding.address.recipientName}, {seeding.address.addressLine1}
                {seeding.address.addressLine2 ? `, ${seeding.address.addressLine2}` : ""}, {seeding.address.city}
                {seeding.address.region ? `, ${seeding.address.region}` : ""} {seeding.address.postcode}, {seeding.address.countryName}
              </address>
            ) : null}
            {seeding.shipment && !seeding.receivedAt ? <ConfirmReceipt token={token} /> : null}
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
