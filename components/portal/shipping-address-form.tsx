"use client";

// The creator's shipping address (editable until the product ships) and "I received it".
import { useRouter } from "next/navigation";
import { useState } from "react";

import { confirmReceiptAction, saveShippingAddressAction } from "@/app/(portal)/seeding/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

type Address = {
  recipientName: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  region: string;
  postcode: string;
  country: string;
};

const LABELS: Record<keyof Address, string> = {
  recipientName: "Full name",
  addressLine1: "Address line 1",
  addressLine2: "Address line 2",
  city: "City or town",
  region: "State, county or region",
  postcode: "Postcode or ZIP",
  country: "Country",
};

const EMPTY: Address = { recipientName: "", addressLine1: "", addressLine2: "", city: "", region: "", postcode: "", country: "" };

export function ShippingAddressForm(props: { token: string; current: Address | null; countries: { code: string; name: string }[] }) {
  const router = useRouter();
  const [a, setA] = useState<Address>(props.current ? { ...EMPTY, ...props.current } : EMPTY);
  const [saved, setSaved] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(saveShippingAddressAction, LABELS);
  const field = (key: keyof Address, extra: { autoComplete: string; required?: boolean }) => (
    <Field label={`${LABELS[key]}${extra.required ? "" : " (optional)"}`} error={fieldErrors[key]}>
      <Input
        value={a[key]}
        autoComplete={extra.autoComplete}
        maxLength={200}
        onChange={(e) => {
          setSaved(false);
          setA({ ...a, [key]: e.target.value });
        }}
      />
    </Field>
  );
  return (
    <form
      method="post"
      noValidate
      className="grid gap-3"
      aria-label="Shipping address"
      onSubmit={(e) => {
        e.preventDefault();
        run([props.token, a], () => {
          setSaved(true);
          router.refresh();
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">Address saved. You can change it until the product ships.</Alert> : null}
      {field("recipientName", { autoComplete: "name", required: true })}
      {field("addressLine1", { autoComplete: "address-line1", required: true })}
      {field("addressLine2", { autoComplete: "address-line2" })}
      <div className="grid gap-3 sm:grid-cols-2">
        {field("city", { autoComplete: "address-level2", required: true })}
        {field("region", { autoComplete: "address-level1" })}
        {field("postcode", { autoComplete: "postal-code", required: true })}
        <Field label={LABELS.country} error={fieldErrors.country}>
          <NativeSelect
            value={a.country}
            autoComplete="country"
            onChange={(e) => {
              setSaved(false);
              setA({ ...a, country: e.target.value });
            }}
          >
            <option value="">Choose…</option>
            {props.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : props.current ? "Update address" : "Save address"}
        </Button>
      </div>
    </form>
  );
}

export function ConfirmReceipt({ token }: { token: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction(confirmReceiptAction);
  return (
    <div className="grid gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run([token], () => router.refresh())}>
          {pending ? "Saving…" : "I received it"}
        </Button>
      </div>
    </div>
  );
}
