// The four UTM inputs of a tracking link, shared by the campaign's defaults (templates) and a new
// link (values from those templates, each editable).
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export type UtmValues = { utmSource: string; utmMedium: string; utmCampaign: string; utmContent: string };
export type UtmKey = keyof UtmValues;

const UTM: readonly (readonly [UtmKey, string])[] = [
  ["utmSource", "utm_source"],
  ["utmMedium", "utm_medium"],
  ["utmCampaign", "utm_campaign"],
  ["utmContent", "utm_content"],
];

export function UtmFields({
  values,
  onChange,
  errors,
  sourceHint,
}: {
  values: UtmValues;
  onChange: (key: UtmKey, value: string) => void;
  errors?: Partial<Record<UtmKey, string[] | string>>;
  sourceHint?: string;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {UTM.map(([k, label]) => (
        <Field key={k} label={label} hint={k === "utmSource" ? sourceHint : undefined} error={errors?.[k]}>
          <Input value={values[k]} onChange={(e) => onChange(k, e.target.value)} />
        </Field>
      ))}
    </div>
  );
}
