// The portal's "Payments" (the creator's own schedule and its status, read-only) and "Product"
// (shipping address, shipment, "I received it") sections. Server component; the forms are islands.
import { money } from "@/components/contracts/money";
import { PaymentStateBadge } from "@/components/contracts/payment-state-badge";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { pendingDueText } from "@/lib/contracts/payment-state";
import { portalPaymentsAndSeeding } from "@/lib/contracts/portal-view";
import { formatDay } from "@/lib/time-zone";

import { ConfirmReceipt, ShippingAddressForm } from "./shipping-address-form";

export async function PortalSeeding({ token }: { token: string }) {
  const data = await portalPaymentsAndSeeding(token);
  if (!data) return null;
  const { payments, seeding } = data;
  return (
    <>
      {payments.payments.length ? (
        <Card data-testid="portal-payments">
          <CardHeader>
            <CardTitle>Your payments</CardTitle>
            <CardDescription>From your signed contract. The brand marks each payment when it is sent.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="grid divide-y">
              {payments.payments.map((p) => (
                <li key={p.id} className="grid gap-1 py-3 first:pt-0 last:pb-0" data-state={p.state}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="font-medium">{p.label}</span>
                    <span className="flex items-center gap-2">
                      <strong className="tabular-nums">{money(p.amountMinor, p.currency)}</strong>
                      <PaymentStateBadge state={p.state} />
                    </span>
                  </div>
                  <p className="text-sm text-muted-foreground">
                    {p.dueDate ? `Due ${formatDay(p.dueDate, true)}` : `Due ${pendingDueText(p.milestone, p.netDays).toLowerCase()}`}
                    {p.paidMinor > 0 && p.state !== "paid" ? ` · ${money(p.paidMinor, p.currency)} received so far` : ""}
                  </p>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
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
              <ShippingAddressForm token={token} current={seeding.address} countries={data.countries} />
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
