import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";

import { cn } from "./cn";

// "badge" is the shape every badge shares and "badge-<variant>" its colours (app/globals.css, `@layer
// components`): two short class names instead of ten, which a page with a badge or two per table row
// writes a hundred times, in its HTML and again in its flight data.
export const badgeVariants = cva("badge", {
  variants: {
    variant: {
      default: "badge-default",
      outline: "badge-outline",
      success: "badge-success",
      warning: "badge-warning",
      destructive: "badge-destructive",
    },
  },
  defaultVariants: { variant: "default" },
});

export function Badge({ className, variant, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}
