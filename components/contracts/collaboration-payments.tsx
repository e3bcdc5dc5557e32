// The collaboration page's "Payments" and "Product" sections: the schedule from the signed contract
// (amounts, due dates, states, payments recorded and reversed), the "Record payment" and "Reverse"
// forms, and the seeded product (value, shipping address for members with shipping.read, shipment,
// receipt). Server component.
import { PayoutLine } from "@/components/billing/payout-line";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { collaborationPayouts } from "@/lib/billing/payouts";
import { isStripeTransferRecord } from "@/lib/contracts/payment-state";
import { collaborationPayments } from "@/lib/contracts/payments";
import { seedingForMember } from "@/lib/contracts/seeding";
import { currencyExponent, fromMinorUnits } from "@/lib/metrics";
import { formatDay } from "@/lib/time-zone";

import { money } from "./money";
import { PaymentList } from "./payment-list";
import { RecordPaymentForm } from "./record-payment-form";
import { ReversePaymentForm } from "./reverse-payment-form";
import { ShipmentForm } from "./shipment-form";

/** What the amount field starts with: the outstanding amount as typed, "90.00" (no symbol, no separators). */
const plain = (minor: number, currency: string) => fromMinorUnits(minor, currency).toFixed(currencyExponent(currency));

export async function CollaborationPayments(props: { workspaceId: string; slug: string; role: unknown; collaborationId: string }) {
  if (!can(props.role, "contracts.read")) return null;
  const ref = { workspaceId: props.workspaceId, collaborationId: props.collaborationId };
  const [{ today, payments, totals }, seeding, payouts] = await Promise.all([
    collaborationPayments(ref),
    seedingForMember({ ...ref, role: props.role }),
    collaborationPayouts(ref),
  ]);
  const canRecord = can(props.role, "contracts.write");
  const canShip = can(props.role, "campaigns.write");
  return (
    <>
      <Card data-testid="payments-section">
        <CardHeader>
          <CardTitle>Payments</CardTitle>
          <CardDescription>
            {payments.length
              ? totals.map((t) => `${money(t.paidMinor, t.currency)} of ${money(t.amountMinor, t.currency)} paid`).join(" · ")
              : "The schedule is made from the contract’s payment terms once both parties have signed."}
          </CardDescription>
        </CardHeader>
        {payments.length ? (
          <CardContent>
            <PaymentList
              payments={payments}
              progress={(p) => `${money(p.paidMinor, p.currency)} paid, ${money(p.outstandingMinor, p.currency)} to go`}
              extra={(p) => (
                <>
                  {p.records.length ? (
                    <ul className="grid gap-0.5 text-xs text-muted-foreground">
                      {p.records.map((r) => (
                        <li key={r.id} data-testid="payment-record" data-reversed={r.reversed || undefined}>
                          {r.reversal ? (
                            <>
                              Reversed {money(-r.amountMinor, p.currency)} on {formatDay(r.paidOn, true)}: {r.reason}
                            </>
                          ) : (
                            <span className={r.reversed ? "line-through" : undefined}>
                              Paid {money(r.amountMinor, p.currency)} on {formatDay(r.paidOn, true)}
                              {r.reference ? ` · ${r.reference}` : ""}
                            </span>
                          )}
                          {canRecord &&
                          !r.reversal &&
                          !r.reversed &&
                          isStripeTransferRecord(r.reference, payouts?.payments[p.id]?.transferId ?? null) ? (
                            <> · taken back only at Stripe (a transfer reversal)</>
                          ) : canRecord && !r.reversal && !r.reversed ? (
                            <>
                              {" · "}
                              <ReversePaymentForm
                                slug={props.slug}
                                recordId={r.id}
                                description={`${money(r.amountMinor, p.currency)} paid on ${formatDay(r.paidOn, true)}`}
                              />
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <PayoutLine
                    slug={props.slug}
                    paymentId={p.id}
                    payout={payouts?.payments[p.id]}
                    onboarding={payouts?.onboarding ?? "none"}
                    outstandingMinor={p.outstandingMinor}
                    amount={money(p.outstandingMinor, p.currency)}
                    canSend={can(props.role, "payments.send")}
                    canRecord={canRecord}
                  />
                  {canRecord && p.state !== "paid" ? (
                    <div>
                      <RecordPaymentForm
                        slug={props.slug}
                        paymentId={p.id}
                        currency={p.currency}
                        outstanding={plain(p.outstandingMinor, p.currency)}
                        today={today}
                        label={p.label}
                      />
                    </div>
                  ) : null}
                </>
              )}
            />
          </CardContent>
        ) : null}
      </Card>
      {seeding ? (
        <Card data-testid="seeding-section">
          <CardHeader>
            <CardTitle>Product</CardTitle>
            <CardDescription>
              {seeding.product}
              {seeding.valueMinor !== null
                ? ` · value ${money(seeding.valueMinor, seeding.currency)} (counted in this collaboration’s cost)`
                : ""}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4 text-sm">
            <div className="grid gap-1">
              <p className="font-medium">Shipping address</p>
              {seeding.addressPurged ? (
                <p className="text-muted-foreground">Erased 90 days after the collaboration completed.</p>
              ) : !seeding.addressOnFile ? (
                <p className="text-muted-foreground">Not given yet: the influencer enters it in their portal.</p>
              ) : seeding.address ? (
                <address className="not-italic" data-testid="shipping-address">
                  {seeding.address.recipientName}
                  <br />
                  {seeding.address.addressLine1}
                  {seeding.address.addressLine2 ? (
                    <>
                      <br />
                      {seeding.address.addressLine2}
                    </>
                  ) : null}
                  <br />
                  {[seeding.address.city, seeding.address.region, seeding.address.postcode].filter(Boolean).join(", ")}
                  <br />
                  {seeding.address.countryName}
                </address>
              ) : (
                <p className="text-muted-foreground">On file. Only owners and admins can see shipping addresses.</p>
              )}
            </div>
            <div className="grid gap-1">
              <p className="font-medium">Shipment</p>
              {seeding.shipment ? (
                <p>
                  {seeding.shipment.carrier} {seeding.shipment.trackingNumber}, shipped {formatDay(seeding.shipment.shippedOn, true)}
                  {seeding.receivedAt ? " · received by the influencer" : " · not confirmed received yet"}
                </p>
              ) : (
                <p className="text-muted-foreground">Not shipped yet.</p>
              )}
            </div>
            {canShip && !seeding.receivedAt ? (
              <ShipmentForm slug={props.slug} collaborationId={props.collaborationId} today={today} current={seeding.shipment} />
            ) : null}
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
