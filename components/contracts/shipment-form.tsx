"use client";

// The brand records the product's shipment: carrier, tracking number, date shipped.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { recordShipmentAction } from "@/app/(app)/actions/payments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export function ShipmentForm(props: {
  slug: string;
  collaborationId: string;
  today: string;
  current: { carrier: string; trackingNumber: string; shippedOn: string } | null;
}) {
  const router = useRouter();
  const [carrier, setCarrier] = useState(props.current?.carrier ?? "");
  const [trackingNumber, setTrackingNumber] = useState(props.current?.trackingNumber ?? "");
  const [shippedOn, setShippedOn] = useState(props.current?.shippedOn ?? props.today);
  const { run, pending, error, fieldErrors } = useAction(recordShipmentAction, {
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    shippedOn: "Date shipped",
  });
  return (
    <form
      method="post"
      noValidate
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        run([props.slug, { collaborationId: props.collaborationId, carrier, trackingNumber, shippedOn }], () => router.refresh());
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Carrier" error={fieldErrors.carrier}>
        <Input value={carrier} maxLength={100} onChange={(e) => setCarrier(e.target.value)} placeholder="UPS, DHL, Royal Mail…" />
      </Field>
      <Field label="Tracking number" error={fieldErrors.trackingNumber}>
        <Input value={trackingNumber} maxLength={100} onChange={(e) => setTrackingNumber(e.target.value)} />
      </Field>
      <Field label="Date shipped" error={fieldErrors.shippedOn}>
        <Input type="date" value={shippedOn} max={props.today} onChange={(e) => setShippedOn(e.target.value)} />
      </Field>
      <div>
        <Button type="submit" size="sm" variant="secondary" disabled={pending || !carrier.trim() || !trackingNumber.trim()}>
          {pending ? "Saving…" : props.current ? "Update shipment" : "Record shipment"}
        </Button>
      </div>
    </form>
  );
}
