import type { ComponentProps } from "react";

import { cn } from "./cn";

/** Exported for markup written as HTML strings (components/influencers/filter-fields.ts). */
export const LABEL_CLASS = "label";

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn(LABEL_CLASS, className)} {...props} />;
}
