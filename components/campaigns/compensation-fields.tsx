"use client";

// Compensation inputs shared by the add-influencer forms. A field the chosen type hides keeps its
// text (switching back restores it) but is neither submitted nor counted.
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { hasCommission, hasFee, hasProduct } from "@/lib/campaigns/compensation";
import { COMPENSATION_LABELS, COMPENSATION_TYPES, type CompensationType } from "@/lib/campaigns/labels";
import type { FieldErrors } from "@/lib/errors";

export type CompensationValue = { compensationType: CompensationType; fee: string; productDescription: string; commissionPct: string };

export const DEFAULT_COMPENSATION: CompensationValue = {
  compensationType: "product_plus_cash",
  fee: "",
  productDescription: "",
  commissionPct: "",
};

/** What the action receives: only the fields the chosen type uses. */
export function compensationInput(v: CompensationValue) {
  const t = v.compensationType;
  return {
    compensationType: t,
    fee: !hasFee(t) || v.fee.trim() === "" ? null : Number(v.fee),
    productDescription: hasProduct(t) ? v.productDescription : "",
    commissionPct: !hasCommission(t) || v.commissionPct.trim() === "" ? null : Number(v.commissionPct),
  };
}

export function CompensationFields({
  value,
  onChange,
  errors,
  currency,
}: {
  value: CompensationValue;
  onChange: (v: CompensationValue) => void;
  errors: FieldErrors;
  currency: string;
}) {
  const t = value.compensationType;
  return (
    <div className="grid gap-3 sm:grid-cols-3 sm:items-start">
      <Field label="Compensation" hint="Product + payment is the usual deal for micro-influencers." error={errors.compensationType}>
        <NativeSelect value={t} onChange={(e) => onChange({ ...value, compensationType: e.target.value as CompensationType })}>
          {COMPENSATION_TYPES.map((c) => (
            <option key={c} value={c}>
              {COMPENSATION_LABELS[c]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {hasFee(t) ? (
        <Field label={`Fee (${currency})`} error={errors.fee}>
          <Input inputMode="decimal" value={value.fee} onChange={(e) => onChange({ ...value, fee: e.target.value })} placeholder="300" />
        </Field>
      ) : null}
      {hasProduct(t) ? (
        <Field label="Product" error={errors.productDescription}>
          <Input
            value={value.productDescription}
            onChange={(e) => onChange({ ...value, productDescription: e.target.value })}
            placeholder="SPF serum 50 ml"
          />
        </Field>
      ) : null}
      {hasCommission(t) ? (
        <Field label="Commission %" error={errors.commissionPct}>
          <Input
            inputMode="decimal"
            value={value.commissionPct}
            onChange={(e) => onChange({ ...value, commissionPct: e.target.value })}
            placeholder="10"
          />
        </Field>
      ) : null}
    </div>
  );
}
