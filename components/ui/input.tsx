import type { ComponentProps } from "react";

import { cn } from "./cn";

/** The look of a text input and of a select; exported for markup written as HTML strings (components/influencers/filter-fields.ts). */
export const INPUT_CLASS = "input";
export const SELECT_CLASS = "select";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(INPUT_CLASS, className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn("textarea", className)} {...props} />;
}

export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(SELECT_CLASS, className)} {...props} />;
}

/** A NativeSelect of records by id, led by an empty option ("All campaigns" in a filter). */
export function RecordSelect({
  options,
  empty,
  ...props
}: ComponentProps<"select"> & { options: readonly { id: string; name: string }[]; empty: string }) {
  return (
    <NativeSelect {...props}>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </NativeSelect>
  );
}
